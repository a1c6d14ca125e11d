import type { Instruction, Position } from '../parse/types';
import type { StageLayers } from './types';

// A stage's layers as built for the previous version of a document, moved to where its chain's
// instructions now stand (lines inserted or deleted above them): a copy in which every position
// and every instruction is the new one's, and every line a note names is the line it now has.

/** How a stage's chain moved: each instruction as built before, and what stands for it now. */
export interface ChainMove {
  /** the instructions (and ONBUILD triggers) of the chain as built before → now */
  instructions: ReadonlyMap<Instruction, Instruction>;
  /** 0-based line of an instruction of the chain as built before → its line now */
  lines: ReadonlyMap<number, number>;
}

/** Thrown where the layers hold what no shift is known for: the stage is built again. */
class NotShiftable extends Error {}

/** A stage's layers → those shiftedStage last moved them to (keyed by the earlier, so the later keep nothing alive). */
const movedTo = new WeakMap<StageLayers, StageLayers>();

/** Whether shiftedStage made `now` by moving `before`. */
export function layersMovedTo(before: StageLayers, now: StageLayers): boolean {
  return movedTo.get(before) === now;
}

/** `layers` moved as `move` says, or undefined when it holds something no shift is known for. */
export function shiftedStage(layers: StageLayers, move: ChainMove): StageLayers | undefined {
  try {
    const moved = new Shift(move).value(layers) as StageLayers;
    movedTo.set(layers, moved);
    return moved;
  } catch (error) {
    if (error instanceof NotShiftable) return undefined;
    throw error;
  }
}

// The notes that name a line (chain-figures.ts, unseen-writes.ts, copy-effects.ts), each as
// (text before)(1-based line)(text after). A note naming a line any other way is not shifted:
// the stage is built again.
const LINE_MENTIONS = [
  /^(waste not exact: line )(\d+)( stores again| writes files)/,
  /^(line )(\d+)( writes files dflint cannot see)/,
  /(`[^`]*` \(line )(\d+)(\))/,
  /(\(`[^`]*` at line )(\d+)(\))/,
];
const ANY_LINE_MENTION = /\bline \d/g;
/** LINE_MENTIONS in one pass, groups (before)(line)(after) of each in turn: notes took a third of a shift with a pass per pattern */
const KNOWN_LINE_MENTION = new RegExp(LINE_MENTIONS.map((pattern) => pattern.source).join('|'), 'g');

/**
 * The objects a shift found to hold nothing any shift moves (no position, instruction or line
 * mention): every later shift keeps them as they are without walking them again. A stage moved
 * by one edit and again by the next holds most of them still (byte figures, cleanups, totals).
 */
const inert = new WeakSet<object>();

/**
 * A structure-preserving copy: an object reached twice is copied once, and one holding nothing
 * that moved is kept as it is (so is what stages share, as base image figures).
 */
class Shift {
  /** each object met → its copy; an instruction of the chain → the one that stands for it now */
  private readonly copies: Map<object, unknown>;
  /** whether what was walked since the object being walked began holds something a shift moves */
  private moves = false;

  constructor(private readonly move: ChainMove) {
    this.copies = new Map<object, unknown>(move.instructions);
  }

  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null) return value;
    const object = value as Record<string, unknown>;
    if (typeof object.line === 'number' && typeof object.character === 'number') {
      this.moves = true;
      return this.position(object as unknown as Position);
    }
    if (inert.has(object)) return object;
    const done = this.copies.get(value);
    if (done !== undefined) {
      // an instruction of the chain, or an object met before that was not inert
      this.moves = true;
      return done;
    }
    const outer = this.moves;
    this.moves = false;
    const copy = this.copyOf(object);
    if (!this.moves) inert.add(object);
    this.moves ||= outer;
    this.copies.set(value, copy);
    return copy;
  }

  private copyOf(object: Record<string, unknown>): unknown {
    if (Array.isArray(object)) {
      let items: unknown[] | undefined;
      for (let at = 0; at < object.length; at++) {
        const item = this.value(object[at]);
        if (item !== object[at]) (items ??= object.slice())[at] = item;
      }
      return items ?? object;
    }
    // a Map, a class instance: what it holds is not known here
    if (Object.getPrototypeOf(object) !== Object.prototype) throw new NotShiftable();
    // an instruction outside the chain: where it moved is not known
    if ('keywordRange' in object) throw new NotShiftable();
    let copy: Record<string, unknown> | undefined;
    for (const key in object) {
      const item = this.value(object[key]);
      if (item !== object[key]) (copy ??= { ...object })[key] = item;
    }
    return copy ?? object;
  }

  private position(position: Position): Position {
    const line = this.line(position.line);
    return line === position.line ? position : { line, character: position.character };
  }

  private line(line: number): number {
    const moved = this.move.lines.get(line);
    if (moved === undefined) throw new NotShiftable();
    return moved;
  }

  private text(text: string): string {
    if (!text.includes('line ')) return text;
    const mentions = text.match(ANY_LINE_MENTION)?.length ?? 0;
    if (mentions === 0) return text;
    this.moves = true;
    let known = 0;
    const shifted = text.replace(KNOWN_LINE_MENTION, (all: string, ...groups: Array<string | undefined>) => {
      for (let at = 0; at < LINE_MENTIONS.length * 3; at += 3) {
        if (groups[at] === undefined) continue;
        known++;
        return `${groups[at]}${this.line(Number(groups[at + 1]) - 1) + 1}${groups[at + 2]}`;
      }
      return all;
    });
    if (known !== mentions) throw new NotShiftable();
    return shifted;
  }
}
