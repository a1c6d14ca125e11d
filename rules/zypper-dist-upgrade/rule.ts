import { defineStageRule } from '@dflint/core/rule-kit';
import { checkedRuns, commandPhrase, packageCommandsOf } from '../pm-flags-shared';

export default defineStageRule({
  meta: {
    name: 'zypper-dist-upgrade',
    description: 'zypper dist-upgrade (dup) in a build: a distribution upgrade belongs in the base image',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3035'],
  },
  checkStage({ document, instructions, report }) {
    for (const run of checkedRuns(document, instructions)) {
      const found = packageCommandsOf(run).filter(({ found }) => found.program === 'zypper' && (found.subcommand === 'dist-upgrade' || found.subcommand === 'dup'));
      if (found.length === 0) continue;
      const [{ found: first, programWord }] = found;
      report({
        range: { start: (programWord ?? first.subcommandWord!).range.start, end: first.subcommandWord!.range.end },
        message: `${commandPhrase(first)} upgrades the whole distribution inside the build, to whatever the repositories hold that day: use a newer base image, or \`zypper update\`/\`zypper patch\` for updates`,
      });
    }
  },
});
