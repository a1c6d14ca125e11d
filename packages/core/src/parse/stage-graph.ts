import type { Instruction, Stage } from './types';

// How stages refer to each other, the one place that resolves a stage reference. A reference is
// a stage name, compared lower-cased as Docker does, or, for COPY --from, RUN --mount from= and
// --target, a 0-based stage index; anything else names an image.

type StagesOf = { readonly stages: readonly Stage[] };

/** The stage called `name` among `stages` (those before `before`, all by default; FROM <stage> takes names only). */
export function stageWithName(stages: readonly Stage[], name: string, before = stages.length): Stage | undefined {
  const wanted = name.toLowerCase();
  // a loop over the stages, not a copy of those before `before`: asked for each stage reference of every edit
  for (let at = 0; at < Math.min(before, stages.length); at++) if (stages[at].name === wanted) return stages[at];
  return undefined;
}

/** The index of the stage a reference names among the stages before `before` (all by default); undefined for an image. */
export function stageNamed(document: StagesOf, reference: string, before = document.stages.length): number | undefined {
  const named = stageWithName(document.stages, reference, before);
  if (named) return named.index;
  if (/^\d+$/.test(reference) && Number(reference) < Math.min(before, document.stages.length)) return Number(reference);
  return undefined;
}

/** The stage references an instruction copies or mounts files from: `COPY --from=<ref>`, `RUN --mount=…,from=<ref>`. */
export function stageReferences(instruction: Instruction): readonly string[] {
  // asked of every instruction of every stage, most with no flag: no array made for them
  if (instruction.flags.length === 0 || (instruction.keyword !== 'COPY' && instruction.keyword !== 'RUN')) return NO_REFERENCES;
  const references: string[] = [];
  for (const flag of instruction.flags) {
    if (flag.value === null) continue;
    if (flag.name === 'from' && instruction.keyword === 'COPY') {
      references.push(flag.value);
    } else if (flag.name === 'mount' && instruction.keyword === 'RUN') {
      const from = flag.value.split(',').find((field) => field.split('=', 1)[0].trim().toLowerCase() === 'from');
      if (from) references.push(from.slice(from.indexOf('=') + 1).trim());
    }
  }
  return references;
}

const NO_REFERENCES: readonly string[] = Object.freeze([]);

/** The other stages a stage needs: its FROM <stage> first, then those it copies or mounts from. */
export function dependenciesOf(document: StagesOf, stage: Stage): number[] {
  const needed = stage.baseStage === undefined ? [] : [stage.baseStage];
  for (const instruction of stage.instructions) {
    for (const reference of stageReferences(instruction)) {
      const index = stageNamed(document, reference);
      if (index !== undefined && index !== stage.index && !needed.includes(index)) needed.push(index);
    }
  }
  return needed;
}

/** What stands before the first FROM: global ARGs, and instructions Docker rejects there (all of them without a FROM). */
export function instructionsBeforeFirstFrom(document: StagesOf & { readonly instructions: readonly Instruction[] }): readonly Instruction[] {
  const first = document.stages[0];
  return first ? document.instructions.slice(0, document.instructions.indexOf(first.from)) : document.instructions;
}

/** A stage's FROM <stage> ancestors, root first, then the stage itself. */
export function baseChain(document: StagesOf, index: number): number[] {
  const chain = [index];
  for (let base = document.stages[index]?.baseStage; base !== undefined && !chain.includes(base); base = document.stages[base].baseStage) {
    chain.unshift(base);
  }
  return chain;
}

/** The stages a build of `target` runs: the stages it needs, transitively, in document order, then the target. */
export function stagesNeededBy(document: StagesOf, target: number): number[] {
  const needed = new Set<number>([target]);
  const queue = [target];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const dependency of document.stages[next].dependsOn) {
      if (needed.has(dependency)) continue;
      needed.add(dependency);
      queue.push(dependency);
    }
  }
  needed.delete(target);
  return [...[...needed].sort((a, b) => a - b), target];
}

/**
 * The stages whose layers end up in the image of `target` (the last stage, the default target,
 * unless told): the target and the stages it is built on through FROM <stage>. A stage only
 * copied or mounted from ships none of its own layers.
 */
export function shippedStages(document: StagesOf, target = document.stages.length - 1): Set<number> {
  return new Set(target < 0 ? [] : baseChain(document, target));
}
