import { bytesJson } from '../layers/bytes';
import type { StageLayers, StageTotals } from '../layers/types';
import { endLineOf, lineOf } from '../parse/range';
import { instructionSummary, stepWastedPaths, type LayersReport } from './layers-report';

function totals(figures: StageTotals) {
  return {
    addedBytes: bytesJson(figures.addedBytes),
    wastedBytes: bytesJson(figures.wastedBytes),
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
    })),
    notes: step.notes,
  }));
}

function stageJson(stage: StageLayers) {
  return {
    index: stage.index,
    name: stage.name ?? null,
    base: stage.base,
    baseStage: stage.baseStage ?? null,
    layers: layers(stage),
    totals: totals(stage.totals),
    shadowedBase: stage.shadowedBase.map((hidden) => ({
      path: hidden.path,
      line: lineOf(hidden.effect.range),
      command: hidden.effect.command,
    })),
  };
}

/**
 * The `dflint layers --format json` contract (DESIGN.md): `{file, stages:[{index, name, base,
 * layers:[{line, endLine, instruction, createsLayer, addedBytes, wastedBytes}], totals}]}`, 1-based
 * lines, the last stage the built target. Extra fields: baseStage, shadowedBase, wastedPaths, notes.
 */
export function formatLayersJson(report: LayersReport): string {
  const json = { file: report.file, stages: report.stages.map(stageJson), notes: report.contextNotes ?? [] };
  return JSON.stringify(json, null, 2) + '\n';
}
