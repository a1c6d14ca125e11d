import { defineRule } from '@dflint/core/rule-kit';
import { shippedInstructions } from '../instruction-shared';

/** `root`, `0`, `root:…`, `0:…`: hadolint's reading of a root USER. */
function isRoot(user: string): boolean {
  const name = user.split(':', 1)[0];
  return name === 'root' || name === '0';
}

export default defineRule({
  meta: {
    name: 'root-user',
    description: 'the image ships with USER root as its last USER',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3002'],
  },
  check({ document, report }) {
    // the stage that ships and those it is built on: the last USER among them is the image's
    const last = shippedInstructions(document)
      .filter((instruction) => instruction.keyword === 'USER')
      .pop();
    const user = last?.args[0];
    if (!last || !user || !isRoot(user.value)) return;
    report({
      range: user.range,
      message: `\`USER ${user.value}\` is the image's last USER, so its containers run as root: add a USER with an unprivileged user after the steps that need root`,
    });
  },
});
