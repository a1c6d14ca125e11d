// Questions rules ask of a finished layer model: what each stage stores, what a later step hides,
// which stages ship. Answers only; how they are worded in findings is the rules' business.
import { comparePositions, rangeKey } from '../parse/range';
import { shippedStages } from '../parse/stage-graph';
import type { DockerfileModel, Instruction } from '../parse/types';
import { isNothing, sumBytes } from './bytes';
import type { Bytes, Effect, LayerModel, Shadowing, ShadowingKind, StageLayers, StoredEntry } from './types';

/** A stored entry and the position of the step that stored it in its stage. */
export interface PlacedEntry {
  entry: StoredEntry;
  step: number;
}

/** Entries that one later command hides. */
export interface HidingGroup {
  effect: Effect;
  how: ShadowingKind;
  hidden: PlacedEntry[];
  bytes: Bytes;
}

/** The modelled stages that ship, in order (see shippedStages). */
export function shippedLayers(document: Pick<DockerfileModel, 'stages'>, layers: LayerModel): StageLayers[] {
  const shipped = shippedStages(document);
  return layers.stages.filter((stage) => shipped.has(stage.index));
}

/**
 * `answer` worked out once per stage: several rules ask the same of every stage, a finished stage's
 * steps do not change, and a stage the editor's next analysis reuses keeps its answers. Callers
 * share one answer, so they must not change it.
 */
function perStage<T>(answer: (stage: StageLayers) => T): (stage: StageLayers) => T {
  const answers = new WeakMap<StageLayers, T>();
  return (stage) => {
    let found = answers.get(stage);
    if (found === undefined) answers.set(stage, (found = answer(stage)));
    return found;
  };
}

const NO_STEPS: ReadonlyMap<Instruction, number> = new Map();
const stepIndexes = perStage((stage) => new Map(stage.steps.map((step, index) => [step.instruction, index])) as ReadonlyMap<Instruction, number>);

/** Each step's position in the stage, by its instruction. */
export function stepIndexByInstruction(stage: StageLayers | undefined): ReadonlyMap<Instruction, number> {
  return stage ? stepIndexes(stage) : NO_STEPS;
}

/** Every entry the stage's own steps store, with the step that stored it; frozen, as every caller shares the one list. */
export const storedEntries = perStage((stage): PlacedEntry[] => Object.freeze(stage.steps.flatMap((step, index) => step.stored.map((entry) => ({ entry, step: index })))) as PlacedEntry[]);

/** Entries of the stage that a later step hid: the wasted ones, largest first. */
export function wastedEntries(stage: StageLayers): StoredEntry[] {
  return stage.steps
    .flatMap((step) => step.stored.filter((entry) => entry.shadowedBy))
    .sort((a, b) => b.bytes.value - a.bytes.value);
}

/**
 * The step that hides the entry, when it really does: a later write into a directory of unknown
 * content (an install, a COPY without a context) does not replace what was there.
 */
export function hiderOf(entry: StoredEntry): Shadowing | undefined {
  const hider = entry.shadowedBy;
  return hider && !(entry.tree && hider.how === 'overwrite') ? hider : undefined;
}

/** Entries one of `steps` stores and a later one of `steps` really hides, in step order. */
export function hiddenWithin(stage: StageLayers, steps: ReadonlySet<number>): StoredEntry[] {
  // only the given steps are read: a rule asks this for many small groups of a long stage
  const hidden: StoredEntry[] = [];
  for (const step of [...steps].sort((a, b) => a - b)) {
    for (const entry of stage.steps[step]?.stored ?? []) {
      const hider = hiderOf(entry);
      if (hider !== undefined && hider.step > step && steps.has(hider.step)) hidden.push(entry);
    }
  }
  return hidden;
}

/**
 * Entries a later step of the same stage hides, grouped by the command that hides them, in
 * document order. Entries without a real path (writes the model could not place) are left out,
 * and so are groups that hide only empty files.
 */
export function hidingGroups(stage: StageLayers, accept: (placed: PlacedEntry) => boolean): HidingGroup[] {
  const groups = new Map<string, HidingGroup>();
  for (const placed of storedEntries(stage)) {
    const hider = hiderOf(placed.entry);
    if (!hider || hider.step <= placed.step || !placed.entry.path.startsWith('/') || !accept(placed)) continue;
    const key = `${hider.step}:${rangeKey(hider.effect.range)}:${hider.effect.command}:${hider.how}`;
    const group = groups.get(key) ?? { effect: hider.effect, how: hider.how, hidden: [], bytes: sumBytes([]) };
    group.hidden.push(placed);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => comparePositions(a.effect.range.start, b.effect.range.start));
  for (const group of sorted) group.bytes = sumBytes(group.hidden.map(({ entry }) => entry.bytes));
  // hiding empty files wastes nothing
  return sorted.filter(({ bytes }) => !isNothing(bytes));
}
