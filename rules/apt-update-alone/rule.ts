import {
  commandInstallsFromIndexOf,
  defineStageRule,
  describeBytes,
  fixRemovals,
  mapOutcome,
  mergeRunsEdit,
  refuse,
  sameRange,
  stepIndexByInstruction,
  METADATA_ONLY,
  packageCommand,
  type Bytes,
  type Instruction,
  type PackageCommand,
  type ParsedDocument,
  type ShellCommand,
  type Step,
} from '@dflint/core/rule-kit';
import { lineSpan } from '../wording';

export default defineStageRule({
  meta: {
    name: 'apt-update-alone',
    description: 'a package index refresh (apt-get update, apk update, …) in a RUN that installs nothing',
    category: 'build-cache',
    severity: 'warning',
    fixable: 'safe',
    aliases: [],
  },
  checkStage(context) {
    const { document, stage, report, mentionLine } = context;
    if (!stage) return;
    let stepIndex: ReadonlyMap<Instruction, number> | undefined;
    const stepOf = (run: Instruction) => {
      stepIndex ??= stepIndexByInstruction(context.stageLayers);
      const at = stepIndex.get(run);
      return at === undefined ? undefined : context.stageLayers?.steps[at];
    };
    stage.instructions.forEach((run, index) => {
      if (run.keyword !== 'RUN') return;
      const commands = document.shellScripts(run).flatMap((script) => script.commands);
      const refresh = commands.find((command) => packageCommand(command)?.action === 'refresh');
      if (!refresh) return;
      const refreshed = packageCommand(refresh)!;
      if (commands.some((command) => commandInstallsFromIndexOf(refreshed, command))) return;
      if (!keepsIndex(stepOf(run), refresh)) return;
      const install = nextInstall(document, stage.instructions, index + 1, refreshed);
      const name = `${refreshed.program} ${refreshed.subcommand}`;
      const then = install ? ` to the install at line ${mentionLine(install.range)}` : ' to later installs';
      const lists = storedLists(stepOf(run), refresh);
      const size = lists && lists.estimate !== 'unknown' ? ` (${describeBytes(lists)})` : '';
      report({
        range: refresh.range,
        message:
          `\`${name}\` at line ${mentionLine(refresh.range)} installs nothing in its RUN: its cached layer serves stale package lists${then}, ` +
          `and the lists${size} stay stored in the image; refresh and install in one RUN`,
        fix: () =>
          install
            ? mapOutcome(mergeRunsEdit(document, [run, install]), (merge) => ({
                safety: 'safe' as const,
                description: `merge the RUN at ${lineSpan(run.range)} into the install RUN at ${lineSpan(install.range)}`,
                edits: [merge],
                removes: fixRemovals(document, { merged: [install] }),
              }))
            : refuse('no RUN that installs packages follows with only metadata (LABEL, EXPOSE, …) between'),
      });
    });
  },
});

/**
 * The RUN's layer keeps the index the refresh fetched. Not when the same RUN deletes it
 * (`rm -rf /var/lib/apt/lists/*`, `apt-get dist-clean`) or a cache mount holds it
 * (`--mount=type=cache,target=/var/lib/apt`): then no later RUN installs from a stale copy of it.
 */
function keepsIndex(step: Step | undefined, refresh: ShellCommand): boolean {
  if (!step) return true;
  const writes = step.effects.some((effect) => effect.kind === 'cache-write' && sameRange(effect.range, refresh.range));
  if (!writes) return true;
  return step.stored.some((entry) => entry.reason === 'cache' && sameRange(entry.effect.range, refresh.range));
}

/** What the refresh's lists amount to in the RUN's layer, when it stores them. */
function storedLists(step: Step | undefined, refresh: ShellCommand): Bytes | undefined {
  return step?.stored.find((entry) => entry.reason === 'cache' && sameRange(entry.effect.range, refresh.range))?.bytes;
}

/** The next RUN from `from` on, past metadata-only instructions, if it installs from the refreshed index. */
function nextInstall(document: ParsedDocument, instructions: readonly Instruction[], from: number, refreshed: PackageCommand): Instruction | undefined {
  let at = from;
  while (at < instructions.length && METADATA_ONLY.has(instructions[at].keyword)) at++;
  const next = instructions[at];
  if (next?.keyword !== 'RUN') return undefined;
  const commands = document.shellScripts(next).flatMap((script) => script.commands);
  return commands.some((command) => commandInstallsFromIndexOf(refreshed, command)) ? next : undefined;
}
