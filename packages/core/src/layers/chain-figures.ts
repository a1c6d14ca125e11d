// The figures of a stage once its whole chain has run: each step's waste (what later steps hide),
// the base image's hidden files, and the stage's totals.
import { lineOf } from '../parse/range';
import type { Stage } from '../parse/types';
import { atLeastBytes, describeBytes, exact, isNothing, isWholeFigure, sumBytes, UNKNOWN, unknownBecause } from './bytes';
import type { ChainBase } from './chain-base';
import type { ImageFilesystem } from './filesystem';
import type { BaseTouch } from './base-touches';
import { PathIndex } from './path-index';
import type { Bytes, StageLayers, Step } from './types';

export interface StepRecord {
  stageIndex: number;
  step: Step;
  /** the step may have changed files the model cannot see (unknown commands, exec form, …) */
  opaque: boolean;
  baseTouches: BaseTouch[];
  /** a later step that copies up, moves or deletes files this step wrote unseen */
  unseenHiddenBy?: Step;
}

export interface ChainRun {
  filesystem: ImageFilesystem;
  records: StepRecord[];
}

/** A touch of a place an unresolved base image may hold files at: its size is not known. */
const isVague = (touch: BaseTouch) => touch.bytes === undefined;

/**
 * Wasted bytes per step, once the whole chain is known: what the step stored that a later step
 * hid. A later step the model cannot see into might hide more, so then it is a lower bound.
 * `unknownBase`: what a copied-up file of an unresolved base image amounts to.
 */
export function settleWaste(records: StepRecord[], unknownBase: Bytes): void {
  let opaqueLater: Step | undefined;
  // base-image paths later steps change or delete, keyed by record and touch
  const touchedLater = new PathIndex();
  for (let i = records.length - 1; i >= 0; i--) {
    const { step, baseTouches } = records[i];
    if (!step.createsLayer) continue;
    const wasted = step.stored.filter((entry) => entry.shadowedBy).map((entry) => entry.bytes);
    // a copied-up file of an unresolved base image (size unknown) that a later step hides again
    const baseCopyUps = baseTouches.filter((touch) => isVague(touch) && touch.effect.kind === 'copy-up').map(({ path }) => path);
    const hiddenBase = baseCopyUps.some(
      (path) => step.stored.some((entry) => entry.shadowedBy && entry.path === path) || touchedLater.hasAtOrAbove(path) || touchedLater.hasBelow(path),
    );
    if (hiddenBase) wasted.push(unknownBase);
    const { unseenHiddenBy } = records[i];
    if (unseenHiddenBy) {
      wasted.push(UNKNOWN);
      step.notes.push(`waste not exact: line ${lineOf(unseenHiddenBy.instruction.range)} stores again, moves or deletes files this layer wrote unseen`);
    }
    baseTouches.filter(isVague).forEach(({ path }, touch) => touchedLater.add(`${i}:${touch}`, path));
    const figure = wasted.length ? sumBytes(wasted) : exact(0);
    step.wastedBytes = opaqueLater ? boundedBy(figure, opaqueLater) : figure;
    if (opaqueLater && isWholeFigure(figure)) {
      step.notes.push(`waste not exact: line ${lineOf(opaqueLater.instruction.range)} writes files dflint cannot see, which may hide what this layer stores`);
    }
    if (records[i].opaque) opaqueLater = step;
  }
}

/** A layer's waste once a later step dflint cannot see into may hide more of it: a lower bound, saying why that step is unseen when the waste has no reason of its own. */
function boundedBy(figure: Bytes, opaqueLater: Step): Bytes {
  const bounded = atLeastBytes(figure);
  const why = opaqueLater.addedBytes.reason;
  return bounded.estimate !== 'exact' && bounded.reason === undefined && why !== undefined ? { ...bounded, reason: why } : bounded;
}

/**
 * The FROM row stands for the base image, which keeps storing the files later lines hide: their
 * exact size when it is resolved, else an unknown amount. A later step the model cannot see into
 * may hide base files too (apt-get install rewrites dpkg's status), as may a write dflint cannot
 * see into a place a resolved base holds files at (`find /usr/share/doc … -delete`): then it is a
 * lower bound.
 */
function baseWaste(from: Step | undefined, touches: BaseTouch[], base: ChainBase, opaque: Step | undefined): Bytes | undefined {
  const blind = base.summary !== undefined ? opaque : undefined;
  if (touches.length === 0 && !blind) return undefined;
  const resolved = base.summary?.resolved === true;
  // over a resolved base, a touch of no known size is such a write (layer-writer.ts)
  const vague = touches.find(isVague);
  const known = vague && !resolved ? base.unknown : sumBytes(touches.filter((touch) => !isVague(touch)).map((touch) => touch.bytes!));
  const unseen = blind ? lineOf(blind.instruction.range) : vague && resolved ? lineOf(vague.effect.range) : undefined;
  const why = unseen && `line ${unseen} writes files dflint cannot see, which may hide base-image files`;
  // an unresolved base is the first reason: its ENV may be what the step could not be read without
  const figure = !why ? known : !resolved ? base.unknown : isNothing(known) ? unknownBecause(why) : atLeastBytes(known);
  if (!from) return figure;
  from.wastedBytes = figure;
  if (touches.length === 0 || (resolved && known.value === 0)) {
    // nothing seen hidden: only the step that cannot be seen into is worth a note
  } else if (isWholeFigure(known)) from.notes.push(`the base image stores ${describeBytes(known)} of files that later lines hide`);
  else if (base.note) from.notes.push(`the base image stores files that later lines hide, of unknown size: ${base.note}`);
  else from.notes.push('the base image stores files that later lines hide, of a size dflint does not know yet');
  if (why) from.notes.push(`waste not exact: ${why}`);
  return figure;
}

export function describeStage(stage: Stage, run: ChainRun, base: ChainBase): StageLayers {
  const own = run.records.filter((record) => record.stageIndex === stage.index);
  const inChain = run.records.filter((record) => record.step.instruction.keyword !== 'FROM');
  const layers = inChain.filter((record) => record.step.createsLayer);
  // a place an unresolved base may hold files at: unknown, and why
  const shadowedBase = own.flatMap((record, step) => record.baseTouches.map((touch) => ({ path: touch.path, step, effect: touch.effect, bytes: touch.bytes ?? base.unknown })));
  const from = own.find((record) => record.step.instruction.keyword === 'FROM')?.step;
  const opaque = run.records.find((record) => record.opaque)?.step;
  const hiddenBase = baseWaste(from, run.records.flatMap((record) => record.baseTouches), base, opaque);
  const wasted: Bytes[] = layers.map((record) => record.step.wastedBytes);
  if (hiddenBase) wasted.push(hiddenBase);
  const added = layers.length ? sumBytes(layers.map((record) => record.step.addedBytes)) : exact(0);
  return {
    index: stage.index,
    name: stage.name,
    base: stage.base,
    baseStage: stage.baseStage,
    steps: own.map((record) => record.step),
    totals: {
      addedBytes: added,
      imageBytes: base.summary ? sumBytes([base.summary.bytes, added]) : added,
      wastedBytes: wasted.length ? sumBytes(wasted) : exact(0),
      layerCount: layers.length,
      historyCount: inChain.length - layers.length,
    },
    shadowedBase,
    ...(base.summary && { baseImage: base.summary }),
  };
}
