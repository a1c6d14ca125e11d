import type { PackageIndexStates, RunPackages } from '../package-index/package-knowledge';
import { movedFrom, type ParsedDocument } from '../parse/document';
import { baseChain } from '../parse/stage-graph';
import type { Instruction, Stage } from '../parse/types';
import type { BaseImageStates } from '../registry/base-image-state';
import { exact, sumBytes, UNKNOWN } from './bytes';
import { baseEnvironments, chainBaseOf, type ChainBase } from './chain-base';
import { describeStage, settleWaste, type ChainRun, type StepRecord } from './chain-figures';
import { copyEffects } from './copy-effects';
import { ImageFilesystem } from './filesystem';
import { LayerWriter } from './layer-writer';
import { mountTargets } from './mounts';
import { withRealPathsAll } from './real-paths';
import { runEffects, runPackages } from './run-effects';
import { answersNoted, builtModelOf, keepBuiltModel, reusedStage, stageInputsOf, stagesCopiedFrom, type BuiltStage } from './stage-reuse';
import { stageEnvironmentsOver, type StageEnvironments, type StepEnvironment } from './stage-env';
import { traceUnseenWrites } from './unseen-writes';
import type { BuildContext, Bytes, Effect, LayerModel, StageLayers, Step } from './types';

export interface LayerModelOptions {
  /** sizes of COPY/ADD sources; without it, context copies are unknown */
  context?: BuildContext;
  /** each stage's registry base image (resolved or why not); without it, base images are unknown */
  baseImages?: BaseImageStates;
  /** what package indexes say (apt, npm, pip); without it package installs are unsized */
  packages?: PackageIndexStates;
  /**
   * The model of an edited document: keep what the next version's model may reuse, and reuse
   * the stages of `previous` (the model of the version before, built with `incremental`) that
   * nothing the edit changed can have changed.
   */
  incremental?: { previous?: LayerModel };
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const DEFAULT_ENV: StepEnvironment = { workdir: '/', env: new Map(), user: 'root', home: '/root' };

/**
 * Predicts, per stage, what each instruction stores and wastes. Pure: all I/O is in `context` and
 * `baseImages`. A resolved base image seeds its stages' files and environment.
 */
export function buildLayerModel(document: ParsedDocument, options: LayerModelOptions = {}): LayerModel {
  const environments = stageEnvironmentsOver(document, baseEnvironments(options.baseImages));
  const finals: ImageFilesystem[] = [];
  const unknownBases: Bytes[] = [];
  const stages: StageLayers[] = [];
  const previous = reusableModel(document, options);
  const built: BuiltStage[] = [];
  const reused = new Set<number>();
  const copySources = previous && stagesCopiedFrom(document);
  for (const stage of document.stages) {
    const chain = baseChain(document, stage.index).map((index) => document.stages[index]);
    const inputs = options.incremental && stageInputsOf(document, chain, options.context, options.baseImages);
    const before = previous?.stages[stage.index];
    const kept = inputs && before && copySources && reusedStage(stage.index, before, inputs, { document, packages: options.packages, reused, copySources });
    if (kept) {
      reused.add(stage.index);
      built[stage.index] = kept;
      finals[stage.index] = kept.final;
      unknownBases[stage.index] = kept.unknownBase;
      stages.push(kept.layers);
      continue;
    }
    const base = chainBaseOf(chain[0], options.baseImages);
    const packages = inputs && options.packages ? answersNoted(options.packages, inputs.packageAnswers) : options.packages;
    const simulation = new StageSimulation(document, options.context, environments, { finals, unknownBases }, base, packages);
    const run = simulation.runChain(chain);
    finals[stage.index] = run.filesystem;
    unknownBases[stage.index] = base.unknown;
    stages.push(describeStage(stage, run, base));
    if (inputs) built[stage.index] = { layers: stages[stages.length - 1], final: run.filesystem, unknownBase: base.unknown, inputs };
  }
  const model = { stages };
  if (options.incremental) keepBuiltModel(model, { document, stages: built });
  return model;
}

/** The previous model's stages, when they were built for the same global ARGs, in place or moved (every stage's environment starts from them). */
function reusableModel(document: ParsedDocument, options: LayerModelOptions) {
  const previous = builtModelOf(options.incremental?.previous);
  const sameGlobals =
    previous &&
    previous.document.globalArgs.length === document.globalArgs.length &&
    previous.document.globalArgs.every((arg, at) => arg === document.globalArgs[at] || movedFrom(document, document.globalArgs[at])?.from === arg);
  return sameGlobals ? previous : undefined;
}

class StageSimulation {
  constructor(
    private readonly document: ParsedDocument,
    private readonly context: BuildContext | undefined,
    private readonly environments: StageEnvironments,
    /** the stages built so far, for COPY --from */
    private readonly built: { finals: readonly ImageFilesystem[]; unknownBases: readonly Bytes[] },
    private readonly base: ChainBase,
    private readonly packages: PackageIndexStates | undefined,
  ) {}

  /** the step record of each effect seen so far: whose unseen writes a later step hides */
  private readonly recordOfEffect = new Map<Effect, StepRecord>();

  runChain(chain: Stage[]): ChainRun {
    const filesystem = new ImageFilesystem(this.base.layer?.());
    // FROM scratch has no base-image files: every path is known to be this Dockerfile's own
    if (chain[0]?.base.toLowerCase() === 'scratch') filesystem.markDirectory('/', true);
    const records: StepRecord[] = [];
    const packages = runPackages(this.packages, chain[0], filesystem, this.base);
    for (const stage of chain) {
      const { instructions } = stage;
      for (let position = 0; position < instructions.length; position++) records.push(this.runStep(stage, instructions[position], position, filesystem, packages));
    }
    settleWaste(records, this.base.unknown);
    return { filesystem, records };
  }

  private runStep(stage: Stage, instruction: Instruction, position: number, filesystem: ImageFilesystem, packages: RunPackages | undefined): StepRecord {
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
    const environment = this.environments.get(instruction) ?? DEFAULT_ENV;

    const mounted = instruction.keyword === 'RUN' ? mountTargets(instruction, environment.workdir) : [];
    const read =
      instruction.keyword === 'RUN'
        ? runEffects(this.document, instruction, environment, packages)
        : copyEffects(instruction, environment, { context: this.context, stages: this.document.stages, escapeChar: this.document.escapeChar, ...this.built });
    // paths through the base image's directory symlinks act on their targets
    const effects = this.base.layer ? withRealPathsAll(read.effects, (path, followLast, deleted) => filesystem.realPath(path, followLast, deleted)) : read.effects;
    step.effects = effects;
    step.notes.push(...read.notes);
    if (mounted.length) step.notes.push(`writes under ${mounted.join(', ')} go to mounts and are not stored`);

    const { reads, hidden: hiddenUnseen, notes: trimmed } = traceUnseenWrites(effects, filesystem, mounted);
    step.notes.push(...trimmed);
    for (const effect of hiddenUnseen) {
      const writer = this.recordOfEffect.get(effect);
      if (writer) writer.unseenHiddenBy ??= step;
    }
    for (const effect of effects) this.recordOfEffect.set(effect, record);
    const writer = new LayerWriter(filesystem, mounted, this.base.unknown);
    for (const effect of effects) writer.apply(effect);
    for (const hidden of writer.hidden) {
      const { effect, how, sameBytes } = hidden;
      hidden.node.entry.shadowedBy ??= { step: position, instruction, effect, how, ...(sameBytes && { sameBytes }) };
    }
    step.stored = writer.stored();
    writer.commit();
    record.opaque = effects.some((effect) => effect.kind === 'unknown-write' && effect.path === undefined);
    record.baseTouches = writer.baseTouches;
    // a changed file an unresolved base image may hold is copied up whole, and its size is not known
    const baseCopyUps = writer.baseTouches.filter(({ effect, bytes }) => effect.kind === 'copy-up' && bytes === undefined);
    for (const { path, effect } of baseCopyUps) step.notes.push(baseCopyUpNote(path, effect, this.base.note));
    step.notes.push(...reads.map((read) => read.note));
    const added = [...step.stored.map((entry) => entry.bytes), ...baseCopyUps.map(() => this.base.unknown), ...reads.map(() => UNKNOWN)];
    step.addedBytes = added.length ? sumBytes(added) : exact(0);
    return record;
  }
}

/** Why a change to a path the base image may hold has no exact size (and why the base is not known, when it was looked up). */
function baseCopyUpNote(path: string, effect: Effect, why: string | undefined): string {
  const what = effect.kind === 'copy-up' && effect.recursive ? `the files under ${path}` : path;
  const note = `\`${effect.command}\` changes ${what}, which the base image may hold: stored again, of unknown size`;
  return why ? `${note}: ${why}` : note;
}
