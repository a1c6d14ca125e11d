import type { Position } from './range';

/**
 * A deep copy of plain data (objects, arrays, primitives) with every {line, character} moved from
 * one origin to another: a position on the origin's line moves with its line and column, every
 * later position with its line only (as PositionMapper maps them).
 */
export function movedPositions<T>(value: T, from: Position, to: Position): T {
  return copyMoved(value, from.line, from.character, to.line - from.line, to.character - from.character) as T;
}

// loops, not map/Object.keys closures: an editor's edit moves every script below it, each a deep copy
function copyMoved(value: unknown, fromLine: number, fromCharacter: number, lines: number, characters: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = value.slice();
    for (let at = 0; at < copy.length; at++) copy[at] = copyMoved(copy[at], fromLine, fromCharacter, lines, characters);
    return copy;
  }
  const object = value as Record<string, unknown>;
  const { line, character } = object;
  if (typeof line === 'number' && typeof character === 'number') {
    const position: Position = line === fromLine ? { line: line + lines, character: character + characters } : { line: line + lines, character };
    return position;
  }
  const copy: Record<string, unknown> = {};
  for (const key in object) copy[key] = copyMoved(object[key], fromLine, fromCharacter, lines, characters);
  return copy;
}

/** A deep copy of plain data with every position `lines` lines further down (up when negative), columns kept. */
export function shiftedLines<T>(value: T, lines: number): T {
  return movedPositions(value, { line: 0, character: 0 }, { line: lines, character: 0 });
}
