import { defineRule } from '@dflint/core/rule-kit';
import { checkedRuns, wgetArgs } from '../pm-flags-shared';

/** Options after which wget writes no progress to the build log: its own style, quiet, terse, or a log file. */
const QUIET_OPTIONS = ['--progress', '-q', '--quiet', '--no-verbose', '-o', '--output-file', '-a', '--append-output'];

export default defineRule({
  meta: {
    name: 'wget-without-progress',
    description: 'wget without --progress, -q or -nv: its progress display floods the build log',
    category: 'correctness',
    severity: 'info',
    fixable: false,
    aliases: ['DL3047'],
  },
  check({ document, report }) {
    for (const run of checkedRuns(document)) {
      const noisy = run.commands.filter(
        (command) => command.name === 'wget' && !wgetArgs(command).has(...QUIET_OPTIONS) && !command.argv.some((word) => word.value === '-nv'),
      );
      if (noisy.length === 0) continue;
      const count = noisy.length > 1 ? ` (${noisy.length} commands)` : '';
      report({
        range: noisy[0].argv[0].range,
        message: `\`wget\`${count} without \`--progress\` writes a line of progress dots for every 50 KiB it downloads to the build log: use \`wget --progress=dot:giga\`, or \`-nv\` (\`-q\` hides errors too)`,
      });
    }
  },
});
