import type { Knowledge, PackageIndexStates } from '../package-index/package-knowledge';
import { movedFrom, type ParsedDocument } from '../parse/document';
import { stageNamed } from '../parse/stage-graph';
import type { Instruction, Stage } from '../parse/types';
import type { BaseImageState, BaseImageStates } from '../registry/base-image-state';
import { contextCopyKey } from './context/copy-key';
import type { ImageFilesystem } from './filesystem';
import { shiftedStage, type ChainMove } from './stage-shift';
import type { BuildContext, Bytes, ContextCopy, LayerModel, StageLayers } from './types';

// Reusing a stage of the layer model built for the previous version of an edited document. A
// stage's result is a function of: the instructions of its FROM <stage> chain (the same objects
// mean the same text at the same lines: effects and notes hold ranges), the global ARGs, its
// chain root's base image, what its COPY/ADDs take from the context, the stages its COPY --from
// name (only stages before the copy, resolved by the names of their FROMs) and what the package
// indexes answered. When all of that is unchanged, the stage is the one built before. When the
// chain's instructions are the same but moved to other lines (an edit above them), it is the one
// built before moved to them (stage-shift.ts), unless a stage copies from it: its filesystem
// still holds the old lines.

/** One stage as built, with what it was built from. */
export interface BuiltStage {
  layers: StageLayers;
  /** its final filesystem, for the stages that copy from it */
  final: ImageFilesystem;
  /** the layers were moved from an earlier version's, and `final` was not: no stage may copy from it */
  finalMoved?: boolean;
  unknownBase: Bytes;
  inputs: StageInputs;
}

/** What a stage's result was worked out from (see the file's comment). */
export interface StageInputs {
  /** the instructions of each stage of its chain, root first */
  chain: ReadonlyArray<readonly Instruction[]>;
  rootBase: BaseImageState | undefined;
  /** each COPY/ADD's context copy, by contextCopyKey */
  copies: ReadonlyArray<readonly [number, ContextCopy | undefined]>;
  /** each COPY/ADD --from's stage, in chain order (undefined: an image) */
  copiedStages: ReadonlyArray<number | undefined>;
  packageAnswers: readonly PackageAnswer[];
}

type PackageQuestion = keyof PackageIndexStates;
interface PackageAnswer {
  question: PackageQuestion;
  key: string | number;
  answer: Knowledge<unknown>;
}

/** The previous model's stages, and the document and global ARGs they were built for. */
export interface BuiltModel {
  document: ParsedDocument;
  stages: ReadonlyArray<BuiltStage | undefined>;
}

const builtModels = new WeakMap<LayerModel, BuiltModel>();

export function keepBuiltModel(model: LayerModel, built: BuiltModel): void {
  builtModels.set(model, built);
}

export function builtModelOf(model: LayerModel | undefined): BuiltModel | undefined {
  return model && builtModels.get(model);
}

/** The inputs of a stage whose chain is `chain`, before it is run (its package answers are added as the run asks). */
export function stageInputsOf(document: ParsedDocument, chain: readonly Stage[], context: BuildContext | undefined, baseImages: BaseImageStates | undefined): StageInputs & { packageAnswers: PackageAnswer[] } {
  const copiedStages: Array<number | undefined> = [];
  const copies: Array<readonly [number, ContextCopy | undefined]> = [];
  for (const stage of chain) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
      const from = copiedFrom(instruction);
      if (from === undefined) {
        const key = contextCopyKey(instruction);
        copies.push([key, context?.copies.get(key)]);
      }
      else copiedStages.push(stageNamed(document, from, instruction.stageIndex));
    }
  }
  return {
    chain: chain.map((stage) => stage.instructions),
    rootBase: baseImages?.get(chain[0].index),
    copies,
    copiedStages,
    packageAnswers: [],
  };
}

/** `states`, noting each answer in `answers`. */
export function answersNoted(states: PackageIndexStates, answers: PackageAnswer[]): PackageIndexStates {
  const noted =
    <Key extends string | number>(question: PackageQuestion) =>
    (key: Key) => {
      const answer = (states[question] as (key: Key) => Knowledge<unknown>)(key);
      answers.push({ question, key, answer });
      return answer as never;
    };
  return { apt: noted('apt'), npm: noted('npm'), python: noted('python'), apk: noted('apk'), rpm: noted('rpm') };
}

/** What a stage's reuse depends on besides its own inputs. */
export interface ReuseContext {
  /** the document the stage is built for */
  document: ParsedDocument;
  packages: PackageIndexStates | undefined;
  /** the stages reused so far in this build */
  reused: ReadonlySet<number>;
  /** the stages some COPY --from of this document copies from (stagesCopiedFrom) */
  copySources: ReadonlySet<number>;
}

/**
 * The stage as built for the previous version (`before`) when it holds for `now`: the same
 * inputs, every stage it copies from reused in this build, and its chain's instructions the same
 * ones or moved (then moved with them); undefined when it must be built again.
 */
export function reusedStage(index: number, before: BuiltStage, now: StageInputs, { document, packages, reused, copySources }: ReuseContext): BuiltStage | undefined {
  const sameChain = before.inputs.chain.length === now.chain.length && before.inputs.chain.every((instructions, at) => sameList(instructions, now.chain[at]));
  const move = sameChain ? undefined : chainMove(document, before.inputs.chain, now.chain);
  if (!sameChain && !move) return undefined;
  const lineNow = (line: number) => (move ? move.lines.get(line) : line);
  const same =
    sameBaseState(before.inputs.rootBase, now.rootBase) &&
    sameList(before.inputs.copiedStages, now.copiedStages) &&
    now.copiedStages.every((stage) => stage === undefined || reused.has(stage)) &&
    before.inputs.copies.length === now.copies.length &&
    before.inputs.copies.every(([key, copy], at) => lineNow(key) === now.copies[at][0] && samePlainData(copy, now.copies[at][1])) &&
    before.inputs.packageAnswers.every(({ question, key, answer }) => packages !== undefined && sameKnowledge(answer, (packages[question] as (key: string | number) => Knowledge<unknown>)(key)));
  if (!same || ((move || before.finalMoved) && copySources.has(index))) return undefined;
  if (!move) return before;
  const layers = shiftedStage(before.layers, move);
  return layers && { layers, final: before.final, finalMoved: true, unknownBase: before.unknownBase, inputs: { ...now, packageAnswers: before.inputs.packageAnswers } };
}

/** The stages a COPY --from of the document copies from: their final filesystems are read. */
export function stagesCopiedFrom(document: ParsedDocument): Set<number> {
  const copied = new Set<number>();
  for (const instruction of document.instructions) {
    const from = (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && copiedFrom(instruction);
    const stage = from ? stageNamed(document, from, instruction.stageIndex) : undefined;
    if (stage !== undefined) copied.add(stage);
  }
  return copied;
}

/** How the chain as built before moved to `now`: each instruction the same or moved from the one before (movedFrom); undefined otherwise. */
function chainMove(document: ParsedDocument, before: StageInputs['chain'], now: StageInputs['chain']): ChainMove | undefined {
  if (before.length !== now.length) return undefined;
  const instructions = new Map<Instruction, Instruction>();
  const lines = new Map<number, number>();
  const add = (was: Instruction, is: Instruction, by: number): boolean => {
    instructions.set(was, is);
    for (let line = was.range.start.line; line <= was.range.end.line; line++) {
      // two instructions sharing a line and moved apart: no one shift for it
      if ((lines.get(line) ?? line + by) !== line + by) return false;
      lines.set(line, line + by);
    }
    return !was.trigger || !is.trigger || add(was.trigger, is.trigger, by);
  };
  for (let stage = 0; stage < before.length; stage++) {
    if (before[stage].length !== now[stage].length) return undefined;
    for (let at = 0; at < before[stage].length; at++) {
      const was = before[stage][at];
      const is = now[stage][at];
      const moved = was === is ? undefined : movedFrom(document, is);
      if (was !== is && moved?.from !== was) return undefined;
      if (!add(was, is, moved?.lines ?? 0)) return undefined;
    }
  }
  return { instructions, lines };
}

function copiedFrom(instruction: Instruction): string | undefined {
  // as copyEffects reads it: an empty --from= copies from the context
  return instruction.flags.find((flag) => flag.name === 'from')?.value || undefined;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, at) => item === b[at]);
}

function sameBaseState(a: BaseImageState | undefined, b: BaseImageState | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || !samePlainData(a.base, b.base)) return false;
  if (a.status === 'resolved') return b.status === 'resolved' && a.index === b.index;
  return b.status === 'unresolved' && a.reason === b.reason;
}

/**
 * Plain data (base images, context copies: each analysis may read them afresh) with the same keys
 * in the same order and the same values: what has the same JSON, but for keys whose value is
 * undefined (then not the same here: a stage built again, as for any other difference). No JSON
 * made on every edit.
 */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at];
    if (key !== otherKeys[at] || !samePlainData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}


/** Answers the model reads the same way: the same object, or unknown for the same reason. */
function sameKnowledge(a: Knowledge<unknown>, b: Knowledge<unknown>): boolean {
  if (a === b) return true;
  if (a.status === 'known') return b.status === 'known' && a.value === b.value;
  return b.status === 'unknown' && a.reason === b.reason;
}
