import {
  defineRule,
  describeBytes,
  extractedArchives,
  fixRemovals,
  hiderOf,
  hidingGroups,
  isUnder,
  lineOf,
  managerOfProgram,
  moveIntoRunBefore,
  ok,
  refuse,
  resolveImagePath,
  sameRange,
  shippedLayers,
  stageEnvironments,
  type Fix,
  type FixOutcome,
  type HidingGroup,
  type ParsedDocument,
  type PlacedEntry,
  type ShadowingKind,
  type ShellCommand,
  type ShellWord,
  type StageLayers,
} from '@dflint/core/rule-kit';
import { describeEntry, listEntries, storedHere } from '../wording';
import { packageRemovalReport, removesPackages } from './packages';

const VERBS: Partial<Record<ShadowingKind, [one: string, many: string]>> = {
  delete: ['is deleted', 'are deleted'],
  move: ['is moved away', 'are moved away'],
  overwrite: ['is overwritten', 'are overwritten'],
};

export default defineRule({
  meta: {
    name: 'delete-after-add',
    description: 'a file one layer stores and a later layer deletes, moves or overwrites: its bytes stay in the image',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: 'safe',
    aliases: [],
  },
  check({ document, layers, report }) {
    for (const stage of shippedLayers(document, layers)) {
      // package caches and extracted archives have their own rules (one finding per wasted byte)
      const archives = new Set(extractedArchives(stage).map(({ archive }) => archive.entry));
      // the same context file copied again over itself is the manifest-first layout cache-bust-order asks for
      const mine = ({ entry }: PlacedEntry) => entry.reason !== 'cache' && !archives.has(entry) && !entry.shadowedBy?.sameBytes;
      for (const group of hidingGroups(stage, mine)) {
        if (removesPackages(group)) {
          report(packageRemovalReport(group));
          continue;
        }
        const verbs = VERBS[group.how];
        // a package manager rewriting its own state files (dpkg's status, apt's logs): consecutive-run says what a merge saves
        if (!verbs || (group.how === 'overwrite' && managerOfProgram(group.effect.command))) continue;
        const hiddenAt = lineOf(group.effect.range);
        const what =
          group.hidden.length === 1
            ? `${describeEntry(group.hidden[0].entry)} ${verbs[0]}`
            : `${listEntries(group.hidden)} ${verbs[1]}`;
        report({
          range: group.effect.range,
          message: `${what} at line ${hiddenAt}: ${describeBytes(group.bytes)} wasted`,
          wastedBytes: group.bytes,
          related: storedHere(group.hidden),
          fix: () =>
            group.how === 'delete'
              ? moveDeleteFix(document, stage, group)
              : refuse(`only an rm is moved into the RUN that stores the files; this ${group.how === 'move' ? 'mv' : 'overwrite'} is not`),
        });
      }
    }
  },
});

/**
 * A RUN that only deletes what the RUN just before it created: move the `rm` there. A file a
 * COPY brought in has no safe fix (a `RUN --mount=type=bind` instead of the COPY is the manual one).
 */
function moveDeleteFix(document: ParsedDocument, stage: StageLayers, group: HidingGroup): FixOutcome<Fix> {
  const adders = new Set(group.hidden.map(({ step }) => step));
  const adder = stage.steps[group.hidden[0].step].instruction;
  if (adders.size !== 1 || adder.keyword !== 'RUN') return refuse('the files were not all stored by one RUN');
  const run = hiderOf(group.hidden[0].entry)!.instruction;
  const environment = stageEnvironments(document).get(run);
  const [script] = document.shellScripts(run);
  const rm = script?.commands.find((command) => sameRange(command.range, group.effect.range));
  const operands = rm && rmPaths(rm);
  if (!environment || environment.workdirUnresolved || !operands) return refuse('not a plain `rm` of paths dflint can resolve');
  // exactly those paths: every path the rm names holds something the RUN before stored
  const named = operands.map((word) => resolveImagePath(environment.workdir, word.value));
  if (operands.some((word) => word.dynamic) || named.some((path) => !group.hidden.some(({ entry }) => isUnder(entry.path, path)))) {
    return refuse('the rm deletes more than what the RUN before stored');
  }
  const outcome = moveIntoRunBefore(document, run, rmPaths);
  if (!outcome.ok) return outcome;
  const move = outcome.value;
  if (move.into !== adder) return refuse(`the files were stored at line ${lineOf(adder.range)}, not by the RUN at line ${lineOf(move.into.range)} just before`);
  return ok({
    safety: 'safe',
    description: `move the rm at line ${lineOf(run.range)} into the RUN at line ${lineOf(adder.range)} that stores them`,
    edits: move.edits,
    removes: fixRemovals(document, { merged: [run] }),
  });
}

const RM_SHORT = /^-[rRfv]+$/;
const RM_LONG: ReadonlySet<string> = new Set(['--recursive', '--force', '--verbose']);

/** The paths of an `rm` with only -r/-f/-v; undefined for anything else. */
function rmPaths(command: ShellCommand): ShellWord[] | undefined {
  if (command.name !== 'rm' || command.argv[0].value !== 'rm') return undefined;
  const paths: ShellWord[] = [];
  let optionsEnd = false;
  for (const word of command.argv.slice(1)) {
    if (!optionsEnd && word.value === '--') optionsEnd = true;
    else if (!optionsEnd && (RM_SHORT.test(word.value) || RM_LONG.has(word.value))) continue;
    else if (!optionsEnd && word.value.startsWith('-')) return undefined;
    else paths.push(word);
  }
  return paths.length > 0 ? paths : undefined;
}
