import { aptCommandOptions, defineStageRule, insertFlagEdit, isAptSimulation, refuse } from '@dflint/core/rule-kit';
import { editedLines } from '../wording';
import { checkedRuns, commandPhrase, packageCommandsOf, uneditableRun, type FoundPackageCommand } from '../pm-flags-shared';

export default defineStageRule({
  meta: {
    name: 'apt-install-recommends',
    description: 'apt-get install without --no-install-recommends: the recommended packages come too',
    category: 'layer-bloat',
    severity: 'info',
    fixable: 'unsafe',
    aliases: ['DL3015'],
  },
  checkStage({ document, instructions, report }) {
    for (const run of checkedRuns(document, instructions)) {
      // `-o APT::Install-Recommends=false` counts as the flag; an explicit `--install-recommends` (or `=true`) is a choice, left alone
      const found = packageCommandsOf(run).filter(
        ({ found }) => found.program === 'apt-get' && found.subcommand === 'install' && !isAptSimulation(found) && aptCommandOptions(found).installRecommends === undefined,
      );
      if (found.length === 0) continue;
      const [first] = found;
      const edits = found.map((each) => insertFlagEdit(each.found.subcommandWord!, '--no-install-recommends'));
      const count = found.length > 1 ? ` (${found.length} commands)` : '';
      report({
        range: rangeOf(first),
        message: `${commandPhrase(first.found)}${count} installs each package's Recommends too, packages the image may not need: add \`--no-install-recommends\` and name the ones it does`,
        fix: uneditableRun(run.run)
          ? refuse(uneditableRun(run.run)!)
          : { safety: 'unsafe', description: `add --no-install-recommends at ${editedLines(edits)}`, edits },
      });
    }
  },
});

function rangeOf({ found, programWord }: FoundPackageCommand) {
  return { start: (programWord ?? found.subcommandWord!).range.start, end: found.subcommandWord!.range.end };
}
