import type { Position, Range } from './types';

/**
 * Maps indices into a ScriptSource's text to document positions: source line r is document
 * line `origin.line + r`; only on the first line are columns shifted by `origin.character`.
 * Indices and columns are UTF-16 code units, as web-tree-sitter reports them for JS strings.
 */
export class PositionMapper {
  private readonly lineStarts: number[] = [0];

  constructor(
    text: string,
    private readonly origin: Position,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  position(index: number): Position {
    const row = this.rowOf(index);
    const column = index - this.lineStarts[row];
    return row === 0
      ? { line: this.origin.line, character: this.origin.character + column }
      : { line: this.origin.line + row, character: column };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  private rowOf(index: number): number {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
