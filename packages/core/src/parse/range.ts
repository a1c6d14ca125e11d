// Positions are LSP-style: 0-based lines, UTF-16 columns, `end` exclusive — the same as
// dockerfile-ast's ranges. Everything that compares or keys ranges lives here.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Negative when `a` comes first, 0 when equal. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** By start, then by end. */
export function compareRanges(a: Range, b: Range): number {
  return comparePositions(a.start, b.start) || comparePositions(a.end, b.end);
}

export function sameRange(a: Range, b: Range): boolean {
  return compareRanges(a, b) === 0;
}

/** A map key for a range. */
export function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Touching counts: a position at the end of a range is on it (a cursor right after a word). */
export function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** Touching counts, as for `contains`. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** The 1-based line a range starts on, as shown to people. */
export function lineOf(range: Range): number {
  return range.start.line + 1;
}

/** The 1-based line a range ends on. */
export function endLineOf(range: Range): number {
  return range.end.line + 1;
}
