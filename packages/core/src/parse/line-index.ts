import type { Position, Range } from './range';

/**
 * Offsets ↔ positions over the original text. Line breaks are `\r\n`, `\n` or a lone `\r`,
 * exactly as vscode-languageserver-textdocument (and so dockerfile-ast) splits lines, so our
 * positions and dockerfile-ast's always agree. The parser makes one per document
 * (`document.lines`); whatever turns positions into offsets, fixes included, goes through it.
 */
export class LineIndex {
  /** offset of the first character of each line */
  private readonly lineStarts: number[] = [0];
  /** offset where each line's content ends (its line break excluded) */
  private readonly lineEnds: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 13 && ch !== 10) continue;
      this.lineEnds.push(i);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      this.lineStarts.push(i + 1);
    }
    this.lineEnds.push(text.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[line];
  }

  lineEnd(line: number): number {
    return this.lineEnds[line];
  }

  /** the line's content without its line break; '' for a line past either end */
  lineText(line: number): string {
    if (line < 0 || line >= this.lineStarts.length) return '';
    return this.text.slice(this.lineStarts[line], this.lineEnds[line]);
  }

  /** the line lineAt found last: the parser asks about offsets in order, mostly on the same line */
  private lastLine = 0;

  /** the 0-based line holding `offset` */
  lineAt(offset: number): number {
    const last = this.lastLine;
    if (this.lineStarts[last] <= offset && (last + 1 === this.lineStarts.length || offset < this.lineStarts[last + 1])) return last;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return low;
  }

  // no Math.* here: global lookups are slow inside jest's vm context, and this is hot
  positionAt(offset: number): Position {
    const clamped = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    const line = this.lineAt(clamped);
    const end = this.lineEnds[line];
    return { line, character: (clamped < end ? clamped : end) - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const line = position.line < 0 ? 0 : position.line;
    const offset = this.lineStarts[line] + (position.character < 0 ? 0 : position.character);
    return offset < this.lineEnds[line] ? offset : this.lineEnds[line];
  }

  /** the text a range covers */
  textIn(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** the first line break's style; `\n` when there is none */
  eol(): '\n' | '\r\n' {
    const first = this.lineEnds[0];
    return this.text.startsWith('\r\n', first) ? '\r\n' : '\n';
  }
}

let lastIndex: LineIndex | undefined;

/**
 * The line index of a text for callers that hold only the text, not its parsed document;
 * the last one is kept, as such callers ask about the same text many times in a row.
 */
export function lineIndexOf(text: string): LineIndex {
  if (lastIndex?.text !== text) lastIndex = new LineIndex(text);
  return lastIndex;
}
