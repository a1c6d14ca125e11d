import type { Knowledge, PackageIndexStates } from '../package-index/package-knowledge';
import type { ParsedDocument } from '../parse/document';
import { stageNamed } from '../parse/stage-graph';
import type { Instruction, Stage } from '../parse/types';
import type { BaseImageState, BaseImageStates } from '../registry/base-image-state';
import { contextCopyKey } from './context/copy-key';
import type { ImageFilesystem } from './filesystem';
import type { BuildContext, Bytes, ContextCopy, LayerModel, StageLayers } from './types';

// Reusing a stage of the layer model built for the previous version of an edited document. A
// stage's result is a function of: the instructions of its FROM <stage> chain (the same objects
// mean the same text at the same lines: effects and notes hold ranges), the global ARGs, its
// chain root's base image, what its COPY/ADDs take from the context, the stages its COPY --from
// name (only stages before the copy, resolved by the names of their FROMs) and what the package
// indexes answered. When all of that is unchanged, the stage is the one built before.

/** One stage as built, with what it was built from. */
export interface BuiltStage {
  layers: StageLayers;
  /** its final filesystem, for the stages that copy from it */
  final: ImageFilesystem;
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
  const copying = chain.flatMap((stage) => stage.instructions).filter((instruction) => instruction.keyword === 'COPY' || instruction.keyword === 'ADD');
  const copiedStages: Array<number | undefined> = [];
  const copies: Array<readonly [number, ContextCopy | undefined]> = [];
  for (const instruction of copying) {
    const from = copiedFrom(instruction);
    if (from === undefined) {
      const key = contextCopyKey(instruction);
      copies.push([key, context?.copies.get(key)]);
    }
    else copiedStages.push(stageNamed(document, from, instruction.stageIndex));
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

/**
 * Whether `before` (the stage as built for the previous version) holds for `now`: the same
 * inputs, and every stage it copies from reused in this build (`reused`).
 */
export function sameInputs(before: StageInputs, now: StageInputs, packages: PackageIndexStates | undefined, reused: ReadonlySet<number>): boolean {
  return (
    before.chain.length === now.chain.length &&
    before.chain.every((instructions, at) => sameList(instructions, now.chain[at])) &&
    sameBaseState(before.rootBase, now.rootBase) &&
    sameList(before.copiedStages, now.copiedStages) &&
    now.copiedStages.every((stage) => stage === undefined || reused.has(stage)) &&
    before.copies.length === now.copies.length &&
    before.copies.every(([key, copy], at) => key === now.copies[at][0] && sameCopy(copy, now.copies[at][1])) &&
    before.packageAnswers.every(({ question, key, answer }) => packages !== undefined && sameKnowledge(answer, (packages[question] as (key: string | number) => Knowledge<unknown>)(key)))
  );
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
  if (!a || !b || JSON.stringify(a.base) !== JSON.stringify(b.base)) return false;
  if (a.status === 'resolved') return b.status === 'resolved' && a.index === b.index;
  return b.status === 'unresolved' && a.reason === b.reason;
}

function sameCopy(a: ContextCopy | undefined, b: ContextCopy | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/** Answers the model reads the same way: the same object, or unknown for the same reason. */
function sameKnowledge(a: Knowledge<unknown>, b: Knowledge<unknown>): boolean {
  if (a === b) return true;
  if (a.status === 'known') return b.status === 'known' && a.value === b.value;
  return b.status === 'unknown' && a.reason === b.reason;
}
