import {
  defineRule,
  describeBytes,
  fixRemovals,
  hiddenWithin,
  linesPhrase,
  mapOutcome,
  mergeRunsEdit,
  METADATA_ONLY,
  runFlagsKey,
  stepIndexByInstruction,
  sumBytes,
  type Bytes,
  type Instruction,
  type StageLayers,
} from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'consecutive-run',
    description: 'consecutive RUNs that could be one RUN (one layer and one cache step each)',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: 'safe',
    aliases: ['DL3059'],
  },
  check({ document, layers, report }) {
    for (const stage of document.stages) {
      const groups = mergeableGroups(stage.instructions);
      const stepIndex = groups.length ? stepIndexByInstruction(layers.stages[stage.index]) : new Map<Instruction, number>();
      for (const group of groups) {
        const [first, ...rest] = group;
        const lines = group.map((run) => run.range.start.line + 1);
        const saved = rest.length;
        const bytes = bytesSaved(layers.stages[stage.index], stepIndex, group);
        report({
          range: { start: first.range.start, end: group[group.length - 1].range.end },
          message:
            `${group.length} consecutive RUNs (${linesPhrase(lines)}) can be one RUN: ` +
            `${saved} ${saved === 1 ? 'layer' : 'layers'} fewer` +
            (bytes ? `, saves ${describeBytes(bytes)}` : ''),
          // a merge that only saves layers is worth less than one that saves bytes
          severity: bytes ? 'warning' : 'info',
          ...(bytes ? { wastedBytes: bytes } : {}),
          fix: mapOutcome(mergeRunsEdit(document, group), (edit) => ({
            safety: 'safe' as const,
            description: `merge the RUNs at ${linesPhrase(lines)}`,
            edits: [edit],
            removes: fixRemovals(document, { merged: rest }),
          })),
          related: rest.map((run) => ({
            range: run.keywordRange,
            message: `can be merged into the RUN at line ${first.range.start.line + 1}`,
          })),
        });
      }
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
  return hidden.length === 0 || (bytes.estimate === 'exact' && bytes.value === 0) ? undefined : bytes;
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
