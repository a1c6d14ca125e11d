import type { DockerfileModel, Instruction, Stage } from '@dflint/core';

export class TargetError extends Error {}

/**
 * The stages a build of `target` (a stage name or 0-based index) runs: the target and every
 * stage it needs through `FROM <stage>`, `COPY --from` and `RUN --mount=from=`, in document
 * order with the target last. Without a target, every stage, the last one being the target.
 */
export function stagesToBuild(document: DockerfileModel, target?: string): number[] {
  const stages = document.stages;
  if (target === undefined) return stages.map((stage) => stage.index);
  const root = findStage(stages, target);
  if (root === undefined) throw new TargetError(`--target ${target}: no such stage (${describeStages(stages)})`);

  const needed = new Set<number>([root]);
  const queue = [root];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const dependency of dependencies(stages, stages[next])) {
      if (needed.has(dependency)) continue;
      needed.add(dependency);
      queue.push(dependency);
    }
  }
  needed.delete(root);
  return [...[...needed].sort((a, b) => a - b), root];
}

/** A stage by name (compared lower-cased, as Docker does) or by 0-based index. */
function findStage(stages: readonly Stage[], reference: string): number | undefined {
  const byName = stages.find((stage) => stage.name === reference.toLowerCase());
  if (byName) return byName.index;
  if (/^\d+$/.test(reference) && Number(reference) < stages.length) return Number(reference);
  return undefined;
}

function dependencies(stages: readonly Stage[], stage: Stage): number[] {
  const references = stage.instructions.flatMap(stageReferences);
  const found = references.map((reference) => findStage(stages, reference)).filter((index) => index !== undefined);
  return [...(stage.baseStage === undefined ? [] : [stage.baseStage]), ...found.filter((index) => index !== stage.index)];
}

/** `COPY --from=<ref>` and `RUN --mount=…,from=<ref>`; a ref that names no stage is an image. */
function stageReferences(instruction: Instruction): string[] {
  return instruction.flags.flatMap((flag) => {
    if (flag.value === null) return [];
    if (flag.name === 'from' && instruction.keyword === 'COPY') return [flag.value];
    if (flag.name === 'mount' && instruction.keyword === 'RUN') {
      const from = flag.value.split(',').find((field) => field.startsWith('from='));
      return from ? [from.slice('from='.length)] : [];
    }
    return [];
  });
}

function describeStages(stages: readonly Stage[]): string {
  if (stages.length === 0) return 'the Dockerfile has no stages';
  return `stages: ${stages.map((stage) => (stage.name ? `${stage.index} "${stage.name}"` : String(stage.index))).join(', ')}`;
}
