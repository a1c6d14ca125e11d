import { bytesJson, UNKNOWN } from '../layers/bytes';
import type { BaseImageSummary, StageLayers, StageTotals } from '../layers/types';
import { endLineOf, lineOf } from '../parse/range';
import { instructionSummary, stepWastedPaths, type LayersReport } from './layers-report';

function totals(figures: StageTotals) {
  return {
    addedBytes: bytesJson(figures.addedBytes),
    wastedBytes: bytesJson(figures.wastedBytes),
    imageBytes: bytesJson(figures.imageBytes ?? UNKNOWN),
    layerCount: figures.layerCount,
    historyCount: figures.historyCount,
  };
}

function layers(stage: StageLayers) {
  return stage.steps.map((step, index) => ({
    line: lineOf(step.instruction.range),
    endLine: endLineOf(step.instruction.range),
    instruction: instructionSummary(step.instruction),
    createsLayer: step.createsLayer,
    addedBytes: bytesJson(step.addedBytes),
    wastedBytes: bytesJson(step.wastedBytes),
    wastedPaths: stepWastedPaths(stage, index).map((wasted) => ({
      path: wasted.path,
      tree: wasted.tree,
      bytes: bytesJson(wasted.bytes),
      hiddenBy: wasted.hiddenBy,
      ...(wasted.package && { package: wasted.package }),
    })),
    notes: step.notes,
  }));
}

/** The registry image the stage starts from; null for `FROM scratch` and `FROM <stage>` (its base is that stage's). */
function baseImageJson(stage: StageLayers) {
  const base: BaseImageSummary | undefined = stage.baseImage;
  if (!base || stage.baseStage !== undefined) return null;
  return {
    reference: base.reference,
    digest: base.digest,
    platform: base.platform,
    compressedBytes: base.compressedBytes,
    layerCount: base.layerCount,
    bytes: bytesJson(base.bytes),
    resolved: base.resolved,
    note: base.note,
  };
}

function stageJson(stage: StageLayers) {
  return {
    index: stage.index,
    name: stage.name ?? null,
    base: stage.base,
    baseStage: stage.baseStage ?? null,
    baseImage: baseImageJson(stage),
    layers: layers(stage),
    totals: totals(stage.totals),
    shadowedBase: stage.shadowedBase.map((hidden) => ({
      path: hidden.path,
      line: lineOf(hidden.effect.range),
      command: hidden.effect.command,
      ...(hidden.bytes && { bytes: bytesJson(hidden.bytes) }),
    })),
  };
}

/**
 * The `dflint layers --format json` contract (DESIGN.md): `{file, stages:[{index, name, base,
 * baseImage, layers:[{line, endLine, instruction, createsLayer, addedBytes, wastedBytes}],
 * totals:{addedBytes, wastedBytes, imageBytes, layerCount, historyCount}}]}`, 1-based lines, the
 * last stage the built target; every byte figure `{value|null, estimate, reason?}`. Extra fields:
 * baseStage, baseImage.layerCount, shadowedBase, wastedPaths, notes.
 */
export function formatLayersJson(report: LayersReport): string {
  const json = { file: report.file, stages: report.stages.map(stageJson), notes: report.contextNotes ?? [] };
  return JSON.stringify(json, null, 2) + '\n';
}
