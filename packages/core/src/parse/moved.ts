import type { Position } from './range';

/**
 * A deep copy of plain data (objects, arrays, primitives) with every {line, character} moved from
 * one origin to another: a position on the origin's line moves with its line and column, every
 * later position with its line only (as PositionMapper maps them).
 */
export function movedPositions<T>(value: T, from: Position, to: Position): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => movedPositions(item, from, to)) as T;
  const object = value as Record<string, unknown>;
  if (typeof object.line === 'number' && typeof object.character === 'number') {
    const { line, character } = object as unknown as Position;
    const position: Position = line === from.line ? { line: to.line, character: character - from.character + to.character } : { line: line - from.line + to.line, character };
    return position as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(object)) copy[key] = movedPositions(object[key], from, to);
  return copy as T;
}

/** A deep copy of plain data with every position `lines` lines further down (up when negative), columns kept. */
export function shiftedLines<T>(value: T, lines: number): T {
  return movedPositions(value, { line: 0, character: 0 }, { line: lines, character: 0 });
}
