import { LineIndex } from './line-index';
import type { Position, Range } from './range';

/**
 * Maps indices into a ScriptSource's text to document positions: source line r is document
 * line `origin.line + r`; only on the first line are columns shifted by `origin.character`.
 * Indices and columns are UTF-16 code units, as web-tree-sitter reports them for JS strings;
 * source lines break where document lines do (CR, LF, CRLF).
 */
export class PositionMapper {
  private readonly lines: LineIndex;

  constructor(
    text: string,
    private readonly origin: Position,
  ) {
    this.lines = new LineIndex(text);
  }

  position(index: number): Position {
    const { line: row, character: column } = this.lines.positionAt(index);
    return row === 0
      ? { line: this.origin.line, character: this.origin.character + column }
      : { line: this.origin.line + row, character: column };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
