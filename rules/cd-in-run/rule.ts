import { defineStageRule } from '@dflint/core/rule-kit';
import { commandText, quotedNames, runsWithCommands } from '../run-shell-shared';
import { cdFix } from './cd-fix';

export default defineStageRule({
  meta: {
    name: 'cd-in-run',
    description: 'cd in a RUN: use WORKDIR to switch to a directory',
    category: 'correctness',
    severity: 'warning',
    fixable: 'unsafe',
    aliases: ['DL3003'],
  },
  checkStage({ document, instructions, report }) {
    // as hadolint: not inside ONBUILD
    for (const { run, commands } of runsWithCommands(document, instructions, { onbuild: false })) {
      const cds = commands.filter((command) => command.name === 'cd');
      if (cds.length === 0) continue;
      report({
        range: cds[0].range,
        message: `RUN changes directory with ${quotedNames(cds.map((cd) => commandText(cd)))}: use WORKDIR to switch to a directory`,
        fix: () => cdFix(document, run, commands),
      });
    }
  },
});
