import { defineRule, stageEnvironments } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'non-numeric-user',
    description: 'USER names a user instead of a numeric id',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['DL3066'],
  },
  check({ document, report }) {
    const environments = stageEnvironments(document);
    for (const instruction of document.instructions) {
      const user = instruction.keyword === 'USER' ? instruction.args[0] : undefined;
      if (!user) continue;
      const uid = user.value.split(':', 1)[0];
      if (/^\d*$/.test(uid)) continue;
      // a variable: judged by its value when dflint knows it (an ARG's default, an ENV), else left alone
      let value = uid;
      if (uid.includes('$')) {
        const env = environments.get(instruction)?.env;
        const known = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(uid);
        value = (known && env?.get(known[1])) ?? '';
        if (/^\d*$/.test(value)) continue;
      }
      report({
        range: user.range,
        message: `USER \`${user.value}\` names a user${value === uid ? '' : ` (\`${uid}\` is \`${value}\`)`}, not a numeric id: the host cannot resolve it, and Kubernetes' runAsNonRoot cannot verify it is not root; use the numeric id`,
      });
    }
  },
});
