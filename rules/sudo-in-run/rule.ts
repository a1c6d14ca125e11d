import { defineStageRule } from '@dflint/core/rule-kit';
import { runsWithCommands } from '../run-shell-shared';

export default defineStageRule({
  meta: {
    name: 'sudo-in-run',
    description: 'sudo in a RUN: switch users with USER instead',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3004'],
  },
  checkStage({ document, instructions, report }) {
    for (const { commands } of runsWithCommands(document, instructions, { onbuild: true })) {
      const found = commands.filter((command) => command.name === 'sudo');
      if (found.length === 0) continue;
      const times = found.length === 1 ? '' : ` (${found.length} times)`;
      report({
        range: found[0].argv[0].range,
        message: `RUN uses \`sudo\`${times}: its behaviour depends on the image's sudoers, terminal and environment handling; switch users with USER before the RUN (and use gosu, not sudo, to drop root at run time)`,
      });
    }
  },
});
