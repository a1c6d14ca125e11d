import { defineStageRule } from '@dflint/core/rule-kit';
import { checkedRuns, wgetArgs } from '../pm-flags-shared';

/** Options after which wget writes no progress to the build log: its own style, quiet, terse, or a log file. */
const QUIET_OPTIONS = ['--progress', '-q', '--quiet', '--no-verbose', '-o', '--output-file', '-a', '--append-output'];

export default defineStageRule({
  meta: {
    name: 'wget-without-progress',
    description: 'wget without --progress, -q or -nv: its progress display floods the build log',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['DL3047'],
  },
  checkStage({ document, instructions, report }) {
    for (const run of checkedRuns(document, instructions)) {
      const noisy = run.commands.filter(
        (command) => command.name === 'wget' && !wgetArgs(command).has(...QUIET_OPTIONS) && !command.argv.some((word) => word.value === '-nv'),
      );
      if (noisy.length === 0) continue;
      const count = noisy.length > 1 ? ` (${noisy.length} commands)` : '';
      report({
        range: noisy[0].argv[0].range,
        message: `\`wget\`${count} without \`--progress\`, \`-nv\` or \`-q\` writes its progress display into the build log (GNU wget: a line of dots per 50 KiB): use \`wget --progress=dot:giga\`, or \`-nv\` (\`-q\` hides errors too)`,
      });
    }
  },
});
