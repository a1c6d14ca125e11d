import type { Position, Range } from './range';
import type { UnchangedText } from './unchanged-text';

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

  /** `scanFrom`: the lines before it are given (afterEdit), and the text is scanned from there */
  constructor(
    readonly text: string,
    given?: { lineStarts: number[]; lineEnds: number[]; scanFrom: number; scanTo: number },
  ) {
    if (!given) {
      this.scan(0, text.length);
      this.lineEnds.push(text.length);
      return;
    }
    this.lineStarts = given.lineStarts;
    this.lineEnds = given.lineEnds;
    this.scan(given.scanFrom, given.scanTo);
  }

  /**
   * The index of `text`, an edit of `previous`'s text that left `unchanged` as it was: the lines
   * before the edit are the previous ones, those after it the previous ones moved by the chars it
   * added, and only the lines between are looked for. An editor's edit changes a line or two of a
   * long text: this copies offsets where the constructor would read every char.
   */
  static afterEdit(previous: LineIndex, text: string, unchanged: UnchangedText): LineIndex {
    const { before, afterFrom, added } = unchanged;
    // from the start of the line holding the char before the edit: a \r there may pair with a \n the edit added or removed
    const firstLine = previous.lineAt(before > 0 ? before - 1 : 0);
    const scanFrom = previous.lineStarts[firstLine];
    // up to the first line that starts after the edit's end in the previous text: its line break (and the char after it) are unchanged, so it starts a line in both
    const keptFrom = previous.lineAt(afterFrom - added) + 1;
    const tail = keptFrom < previous.lineStarts.length;
    const index = new LineIndex(text, {
      lineStarts: previous.lineStarts.slice(0, firstLine + 1),
      lineEnds: previous.lineEnds.slice(0, firstLine),
      scanFrom,
      scanTo: tail ? previous.lineStarts[keptFrom] + added : text.length,
    });
    if (!tail) {
      index.lineEnds.push(text.length);
      return index;
    }
    // the scan ended with the kept line's start (and the end of the line before it)
    index.lineEnds.push(previous.lineEnds[keptFrom] + added);
    for (let line = keptFrom + 1; line < previous.lineStarts.length; line++) {
      index.lineStarts.push(previous.lineStarts[line] + added);
      index.lineEnds.push(previous.lineEnds[line] + added);
    }
    return index;
  }

  /** Adds the line breaks in [from, to) (a \r\n pair counts once): the end of the line each closes, the start of the next. */
  private scan(from: number, to: number): void {
    const { text } = this;
    for (let i = from; i < to; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 13 && ch !== 10) continue;
      this.lineEnds.push(i);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      this.lineStarts.push(i + 1);
    }
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
