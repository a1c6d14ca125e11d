import { formatImageReference, formatPlatform, type BaseImageStates, type DockerfileModel, type Stage } from '@dflint/core';
import type { BaseImageFigure } from './analysis-types';
import { imageKey } from './registry-options';

/** What each stage's FROM starts from, as the analysis saw it (in the worker: the indexes stay there). */
export function baseImageFigures(document: DockerfileModel, states: BaseImageStates | undefined): BaseImageFigure[] {
  return document.stages.map((stage) => figureOf(stage, document, states));
}

// objects written out, not spread from a common part: the spreads were most of this function's time
function figureOf(stage: Stage, document: DockerfileModel, states: BaseImageStates | undefined): BaseImageFigure {
  const range = stage.from.range;
  const written = stage.base;
  if (stage.baseStage !== undefined) {
    const base = document.stages[stage.baseStage];
    return { range, written, kind: 'stage', baseStage: { index: base.index, name: base.name, line: base.from.range.start.line } };
  }
  if (stage.base.toLowerCase() === 'scratch') return { range, written, kind: 'scratch' };
  const state = states?.get(stage.index);
  if (!state) return { range, written, kind: 'image', reason: 'not looked up' };
  const image = imageKey(state.base);
  if (state.status === 'unresolved') return { range, written, kind: 'image', image, reason: state.reason };
  const { image: resolved, storedBytes, fileBytes, compressedBytes } = state.index;
  return {
    range,
    written,
    kind: 'image',
    image,
    resolved: {
      reference: formatImageReference(resolved.reference),
      digest: resolved.digest,
      platform: formatPlatform(resolved.platform),
      storedBytes,
      fileBytes,
      compressedBytes,
      layerCount: resolved.layers.length,
    },
  };
}
