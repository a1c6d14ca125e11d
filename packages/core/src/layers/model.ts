import type { ParsedDocument } from '../parse/document';
import { baseChain } from '../parse/stage-graph';
import { lineOf } from '../parse/range';
import type { Instruction, Stage } from '../parse/types';
import { atLeastBytes, exact, sumBytes, UNKNOWN } from './bytes';
import { copyEffects } from './copy-effects';
import { ImageFilesystem } from './filesystem';
import { LayerWriter } from './layer-writer';
import { mountTargets } from './mounts';
import { PathIndex } from './path-index';
import { runEffects } from './run-effects';
import { stageEnvironments, type StepEnvironment } from './stage-env';
import { traceUnseenWrites } from './unseen-writes';
import type { BaseImageStates } from '../registry/base-image-state';
import type { BuildContext, Bytes, Effect, LayerModel, StageLayers, Step } from './types';

export interface LayerModelOptions {
  /** sizes of COPY/ADD sources; without it, context copies are unknown */
  context?: BuildContext;
  /** each stage's registry base image (resolved or why not); without it, base images are unknown */
  baseImages?: BaseImageStates;
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const DEFAULT_ENV: StepEnvironment = { workdir: '/', env: new Map(), user: 'root', home: '/root' };

/** Predicts, per stage, what each instruction stores and wastes. Pure: all I/O is in `context`. */
export function buildLayerModel(document: ParsedDocument, options: LayerModelOptions = {}): LayerModel {
  const environments = stageEnvironments(document);
  const finals: ImageFilesystem[] = [];
  const stages: StageLayers[] = [];
  for (const stage of document.stages) {
    const simulation = new StageSimulation(document, options.context, environments, finals);
    const run = simulation.runChain(baseChain(document, stage.index).map((index) => document.stages[index]));
    finals[stage.index] = run.filesystem;
    stages.push(describeStage(stage, run));
  }
  return { stages };
}

interface StepRecord {
  stageIndex: number;
  step: Step;
  /** the step may have changed files the model cannot see (unknown commands, exec form, …) */
  opaque: boolean;
  baseTouches: Array<{ path: string; effect: Effect }>;
  /** a later step that copies up, moves or deletes files this step wrote unseen */
  unseenHiddenBy?: Step;
}

interface ChainRun {
  filesystem: ImageFilesystem;
  records: StepRecord[];
}

class StageSimulation {
  constructor(
    private readonly document: ParsedDocument,
    private readonly context: BuildContext | undefined,
    private readonly environments: ReadonlyMap<Instruction, StepEnvironment>,
    private readonly finals: readonly ImageFilesystem[],
  ) {}

  /** the step record of each effect seen so far: whose unseen writes a later step hides */
  private readonly recordOfEffect = new Map<Effect, StepRecord>();

  runChain(chain: Stage[]): ChainRun {
    const filesystem = new ImageFilesystem();
    // FROM scratch has no base-image files: every path is known to be this Dockerfile's own
    if (chain[0]?.base.toLowerCase() === 'scratch') filesystem.markDirectory('/', true);
    const records: StepRecord[] = [];
    for (const stage of chain) {
      stage.instructions.forEach((instruction, position) => {
        records.push(this.runStep(stage, instruction, position, filesystem));
      });
    }
    settleWaste(records);
    return { filesystem, records };
  }

  private runStep(stage: Stage, instruction: Instruction, position: number, filesystem: ImageFilesystem): StepRecord {
    const environment = this.environments.get(instruction) ?? DEFAULT_ENV;
    const step: Step = {
      instruction,
      createsLayer: LAYER_KEYWORDS.has(instruction.keyword),
      addedBytes: exact(0),
      wastedBytes: exact(0),
      stored: [],
      effects: [],
      notes: [],
    };
    const record: StepRecord = { stageIndex: stage.index, step, opaque: false, baseTouches: [] };
    if (!step.createsLayer) return record;

    const mounted = instruction.keyword === 'RUN' ? mountTargets(instruction, environment.workdir) : [];
    const { effects, notes } =
      instruction.keyword === 'RUN'
        ? runEffects(this.document, instruction, environment)
        : copyEffects(instruction, environment, { context: this.context, stages: this.document.stages, escapeChar: this.document.escapeChar, finals: this.finals });
    step.effects = effects;
    step.notes.push(...notes);
    if (mounted.length) step.notes.push(`writes under ${mounted.join(', ')} go to mounts and are not stored`);

    const { reads, hidden: hiddenUnseen } = traceUnseenWrites(effects, filesystem, mounted);
    for (const effect of hiddenUnseen) {
      const writer = this.recordOfEffect.get(effect);
      if (writer) writer.unseenHiddenBy ??= step;
    }
    for (const effect of effects) this.recordOfEffect.set(effect, record);
    const writer = new LayerWriter(filesystem, mounted);
    for (const effect of effects) writer.apply(effect);
    for (const hidden of writer.hidden) {
      const { effect, how, sameBytes } = hidden;
      hidden.node.entry.shadowedBy ??= { step: position, instruction, effect, how, ...(sameBytes && { sameBytes }) };
    }
    step.stored = writer.stored();
    writer.commit();
    record.opaque = effects.some((effect) => effect.kind === 'unknown-write' && effect.path === undefined);
    record.baseTouches = writer.baseTouches;
    // a changed file the base image may hold is copied up whole, and its size is not known
    const baseCopyUps = writer.baseTouches.filter(({ effect }) => effect.kind === 'copy-up');
    for (const { path, effect } of baseCopyUps) step.notes.push(baseCopyUpNote(path, effect));
    step.notes.push(...reads.map((read) => read.note));
    const added = [...step.stored.map((entry) => entry.bytes), ...[...baseCopyUps, ...reads].map(() => UNKNOWN)];
    step.addedBytes = added.length ? sumBytes(added) : exact(0);
    return record;
  }
}

/**
 * Wasted bytes per step, once the whole chain is known: what the step stored that a later step
 * hid. A later step the model cannot see into might hide more, so then it is a lower bound.
 */
function settleWaste(records: StepRecord[]): void {
  let opaqueLater: Step | undefined;
  // base-image paths later steps change or delete, keyed by record and touch
  const touchedLater = new PathIndex();
  for (let i = records.length - 1; i >= 0; i--) {
    const { step, baseTouches } = records[i];
    if (!step.createsLayer) continue;
    const wasted = step.stored.filter((entry) => entry.shadowedBy).map((entry) => entry.bytes);
    // a copied-up base-image file (size unknown) that a later step hides again
    const baseCopyUps = baseTouches.filter(({ effect }) => effect.kind === 'copy-up').map(({ path }) => path);
    const hiddenBase = baseCopyUps.some(
      (path) => step.stored.some((entry) => entry.shadowedBy && entry.path === path) || touchedLater.hasAtOrAbove(path) || touchedLater.hasBelow(path),
    );
    if (hiddenBase) wasted.push(UNKNOWN);
    const { unseenHiddenBy } = records[i];
    if (unseenHiddenBy) {
      wasted.push(UNKNOWN);
      step.notes.push(`waste not exact: line ${lineOf(unseenHiddenBy.instruction.range)} stores again, moves or deletes files this layer wrote unseen`);
    }
    baseTouches.forEach(({ path }, touch) => touchedLater.add(`${i}:${touch}`, path));
    const figure = wasted.length ? sumBytes(wasted) : exact(0);
    step.wastedBytes = opaqueLater ? atLeastBytes(figure) : figure;
    if (opaqueLater && figure.estimate === 'exact') {
      step.notes.push(`waste not exact: line ${lineOf(opaqueLater.instruction.range)} writes files dflint cannot see, which may hide what this layer stores`);
    }
    if (records[i].opaque) opaqueLater = step;
  }
}

/** Why a change to a path the base image may hold has no exact size. */
function baseCopyUpNote(path: string, effect: Effect): string {
  const what = effect.kind === 'copy-up' && effect.recursive ? `the files under ${path}` : path;
  return `\`${effect.command}\` changes ${what}, which the base image may hold: stored again, of unknown size`;
}

/** The FROM row stands for the base image, which stores the files later lines hide: a waste of unknown size. */
function markBaseWaste(from: Step | undefined): void {
  if (!from || from.wastedBytes.estimate === 'unknown') return;
  from.wastedBytes = UNKNOWN;
  from.notes.push('the base image stores files that later lines hide (listed below), of a size dflint does not know yet');
}

function describeStage(stage: Stage, run: ChainRun): StageLayers {
  const own = run.records.filter((record) => record.stageIndex === stage.index);
  const inChain = run.records.filter((record) => record.step.instruction.keyword !== 'FROM');
  const layers = inChain.filter((record) => record.step.createsLayer);
  const shadowedBase = own.flatMap((record, step) => record.baseTouches.map((touch) => ({ path: touch.path, step, effect: touch.effect })));
  const anyBaseTouched = run.records.some((record) => record.baseTouches.length > 0);
  const wasted: Bytes[] = layers.map((record) => record.step.wastedBytes);
  // base-image files hidden by these layers count as wasted, but their size is never known
  if (anyBaseTouched) {
    wasted.push(UNKNOWN);
    markBaseWaste(own.find((record) => record.step.instruction.keyword === 'FROM')?.step);
  }
  return {
    index: stage.index,
    name: stage.name,
    base: stage.base,
    baseStage: stage.baseStage,
    steps: own.map((record) => record.step),
    totals: {
      addedBytes: layers.length ? sumBytes(layers.map((record) => record.step.addedBytes)) : exact(0),
      wastedBytes: wasted.length ? sumBytes(wasted) : exact(0),
      layerCount: layers.length,
      historyCount: inChain.length - layers.length,
    },
    shadowedBase,
  };
}
