import {
  defineStageRule,
  describeBytes,
  fixRemovals,
  hiddenWithin,
  installsFromIndexOf,
  isNothing,
  linesPhrase,
  mapOutcome,
  mergeRunsEdit,
  METADATA_ONLY,
  packageCommand,
  runFlagsKey,
  stepIndexByInstruction,
  sumBytes,
  type Bytes,
  type Instruction,
  type PackageCommand,
  type ParsedDocument,
  type StageLayers,
} from '@dflint/core/rule-kit';

export default defineStageRule<{ reportWithoutGain: boolean }>({
  meta: {
    name: 'consecutive-run',
    description: 'consecutive RUNs that could be one RUN (one layer and one cache step each)',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['DL3059'],
    aliasesPerFinding: true,
    options: {
      reportWithoutGain: {
        type: 'boolean',
        default: false,
        strict: true,
        description: 'Also report RUNs whose merge saves no bytes: layers only, or only a fresh package index (which apt-update-alone reports).',
      },
    },
  },
  checkStage(context) {
    const { document, stage, options, report, mentionLine } = context;
    if (!stage) return;
    const groups = mergeableGroups(stage.instructions);
    if (groups.length === 0) return;
    const layers = context.stageLayers;
    const stepIndex = stepIndexByInstruction(layers);
    for (const group of groups) {
      const bytes = bytesSaved(layers, stepIndex, group);
      const stale = staleIndex(document, group);
      // a stale index is apt-update-alone's finding, whose fix is this merge: not said twice
      const trivial = !stale && singleCommandPair(document, stage.instructions, group);
      // a merge that only saves layers is noise to most: reported on request (the strict preset),
      // or at style when two RUNs in a row are one command each (hadolint's DL3059, kept for parity without failing CI).
      // A stale index alone is apt-update-alone's finding (its fix is this merge): not said twice.
      if (!bytes && !options.reportWithoutGain && !trivial) continue;
      const [first, ...rest] = group;
      const lines = group.map((run) => run.range.start.line + 1);
      const saved = rest.length;
      report({
        aliases: trivial ? ['DL3059'] : [],
        ...(!bytes && !options.reportWithoutGain && { severity: 'style' as const }),
        range: { start: first.range.start, end: group[group.length - 1].range.end },
        message:
          `${group.length} consecutive RUNs (${linesPhrase(group.map((run) => mentionLine(run.range)))}) can be one RUN: ` +
          `${saved} ${saved === 1 ? 'layer' : 'layers'} fewer` +
          (bytes ? `, saves ${describeBytes(bytes)}` : '') +
          (stale ? `, and the install at line ${mentionLine(stale.install.range)} gets the package index the refresh at line ${mentionLine(stale.refresh.range)} fetches, not a cached one` : ''),
        ...(bytes ? { wastedBytes: bytes } : {}),
        fix: () =>
          mapOutcome(mergeRunsEdit(document, group), (edit) => ({
            safety: 'safe' as const,
            description: `merge the RUNs at ${linesPhrase(lines)}`,
            edits: [edit],
            removes: fixRemovals(document, { merged: rest }),
          })),
        related: rest.map((run) => ({
          range: run.keywordRange,
          message: `can be merged into the RUN at line ${mentionLine(first.range)}`,
        })),
      });
    }
  },
});

/**
 * What merging the group stops storing: entries one RUN of the group stores and a later RUN of the
 * same group deletes, moves, overwrites or copies up (in one RUN only the final state is stored).
 * Undefined when the merge saves no bytes.
 */
function bytesSaved(stage: StageLayers | undefined, stepIndex: ReadonlyMap<Instruction, number>, group: readonly Instruction[]): Bytes | undefined {
  if (!stage) return undefined;
  const hidden = hiddenWithin(stage, new Set(group.flatMap((run) => stepIndex.get(run) ?? [])));
  const bytes = sumBytes(hidden.map((entry) => entry.bytes));
  return hidden.length === 0 || isNothing(bytes) ? undefined : bytes;
}

/**
 * A RUN of the group that refreshes a package index (`apt-get update`) and installs nothing from
 * it, and a later one that installs from it without refreshing it again: apart, a rebuild reuses
 * the cached refresh layer and installs from stale lists. A RUN that installs or refreshes itself
 * (`apt-get update; apt-get install …; rm -rf /var/lib/apt/lists/*`) needs no earlier refresh.
 */
function staleIndex(document: ParsedDocument, group: readonly Instruction[]): { refresh: Instruction; install: Instruction } | undefined {
  // most groups refresh nothing: their commands are not listed
  if (!group.some((run) => document.shellScripts(run).some((script) => script.commands.some((command) => packageCommand(command)?.action === 'refresh')))) return undefined;
  const commands = group.map((run) => document.shellScripts(run).flatMap((script) => script.commands.flatMap((command) => packageCommand(command) ?? [])));
  const refreshesFor = (runCommands: readonly PackageCommand[], install: PackageCommand) =>
    runCommands.some((refresh) => installsFromIndexOf(refresh, install));
  for (let from = 0; from < group.length; from++) {
    for (const refresh of commands[from].filter((command) => command.action === 'refresh')) {
      if (commands[from].some((command) => installsFromIndexOf(refresh, command))) continue;
      const later = commands.findIndex(
        (runCommands, at) => at > from && runCommands.some((install) => installsFromIndexOf(refresh, install) && !refreshesFor(runCommands, install)),
      );
      if (later >= 0) return { refresh: group[from], install: group[later] };
    }
  }
  return undefined;
}

/**
 * Two RUNs of the group one right after the other (comments between them only) that are one shell
 * command each: what hadolint's DL3059 reports, and merging them costs nothing in readability.
 */
function singleCommandPair(document: ParsedDocument, stageInstructions: readonly Instruction[], group: readonly Instruction[]): boolean {
  const single = (run: Instruction) => document.shellScripts(run).reduce((count, script) => count + script.commands.length, 0) === 1;
  // the group's RUNs are the stage's, in its order: a pair is next to each other when nothing stands between them there
  return group.some((run, at) => at > 0 && stageInstructions[stageInstructions.indexOf(group[at - 1]) + 1] === run && single(run) && single(group[at - 1]));
}

/** Runs of RUNs with equal flags and only metadata instructions between them. */
function mergeableGroups(instructions: readonly Instruction[]): Instruction[][] {
  const groups: Instruction[][] = [];
  let current: Instruction[] = [];
  const close = () => {
    if (current.length > 1) groups.push(current);
    current = [];
  };
  for (const instruction of instructions) {
    if (instruction.keyword !== 'RUN') {
      if (!METADATA_ONLY.has(instruction.keyword)) close();
      continue;
    }
    if (!canMerge(instruction)) {
      close();
      continue;
    }
    if (current.length > 0 && runFlagsKey(current[0]) !== runFlagsKey(instruction)) close();
    current.push(instruction);
  }
  close();
  return groups;
}

/** Shell-form RUNs under a POSIX shell; exec form and heredoc bodies are not merged. */
function canMerge(run: Instruction): boolean {
  return run.form === 'shell' && run.heredocs.length === 0 && run.shell?.kind === 'posix';
}
