import { stageNamed, stagesNeededBy, type DockerfileModel, type Stage } from '@dflint/core';

export class TargetError extends Error {}

/**
 * The stages a build of `target` (a stage name or 0-based index) runs: the target and every
 * stage it needs (core's stage graph), in document order with the target last. Without a
 * target, every stage, the last one being the target.
 */
export function stagesToBuild(document: DockerfileModel, target?: string): number[] {
  if (target === undefined) return document.stages.map((stage) => stage.index);
  const root = stageNamed(document, target);
  if (root === undefined) throw new TargetError(`--target ${target}: no such stage (${describeStages(document.stages)})`);
  return stagesNeededBy(document, root);
}

function describeStages(stages: readonly Stage[]): string {
  if (stages.length === 0) return 'the Dockerfile has no stages';
  return `stages: ${stages.map((stage) => (stage.name ? `${stage.index} "${stage.name}"` : String(stage.index))).join(', ')}`;
}
