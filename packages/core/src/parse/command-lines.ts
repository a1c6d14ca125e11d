import type { LineIndex } from './line-index';

/** One document line of an instruction's command (the part before any heredoc body). */
export interface CommandLine {
  line: number;
  /** document offsets of this line's share of the command, continuation escape excluded */
  start: number;
  end: number;
  /** offset of the escape char that continues this line onto the next, if any */
  escapeAt: number | null;
  /** a comment or blank line inside a continuation: Docker drops it from the command */
  skipped: boolean;
}

/**
 * The command text Docker reads for one instruction: the document pieces left once line
 * continuations and comment/blank lines inside them are removed, with a map back to offsets.
 */
export interface LogicalText {
  text: string;
  /** `offsets[i]` is the document offset of `text[i]` */
  offsets: number[];
}

/**
 * Reads the command lines starting at `from` (just after the keyword), the way BuildKit does:
 * a line continues when it ends with the escape char plus optional blanks; comment and blank
 * lines inside a continuation are skipped. Never reads past `lastAllowedLine`.
 */
export function readCommandLines(
  index: LineIndex,
  from: number,
  escapeChar: string,
  lastAllowedLine: number,
): CommandLine[] {
  const lines: CommandLine[] = [];
  let line = index.lineAt(from);
  let start = from;
  for (;;) {
    const lineEnd = index.lineEnd(line);
    const escapeAt = continuationEscape(index.text, start, lineEnd, escapeChar);
    lines.push({ line, start, end: escapeAt ?? lineEnd, escapeAt, skipped: false });
    if (escapeAt === null) return lines;
    const skipped = skippableLinesAfter(index, line, lastAllowedLine);
    const next = line + skipped.length + 1;
    // a continuation into the end of the instruction: trailing skipped lines are not part of it
    if (next > lastAllowedLine) return lines;
    lines.push(...skipped);
    line = next;
    start = index.lineStart(next);
  }
}

function continuationEscape(text: string, start: number, end: number, escapeChar: string): number | null {
  let i = end;
  while (i > start && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i > start && text[i - 1] === escapeChar ? i - 1 : null;
}

function skippableLinesAfter(index: LineIndex, line: number, lastAllowedLine: number): CommandLine[] {
  const skipped: CommandLine[] = [];
  for (let next = line + 1; next <= lastAllowedLine; next++) {
    const content = index.lineText(next).trimStart();
    if (content !== '' && !content.startsWith('#')) break;
    skipped.push({ line: next, start: index.lineStart(next), end: index.lineEnd(next), escapeAt: null, skipped: true });
  }
  return skipped;
}

export function logicalTextOf(text: string, lines: CommandLine[]): LogicalText {
  let logical = '';
  const offsets: number[] = [];
  for (const line of lines) {
    if (line.skipped) continue;
    logical += text.slice(line.start, line.end);
    for (let offset = line.start; offset < line.end; offset++) offsets.push(offset);
  }
  return { text: logical, offsets };
}

/** document offsets of the logical span [start, end) */
export function documentSpan(logical: LogicalText, start: number, end: number): { start: number; end: number } {
  const docStart = logical.offsets[start] ?? lastOffsetAfter(logical);
  const docEnd = end > start ? logical.offsets[end - 1] + 1 : docStart;
  return { start: docStart, end: docEnd };
}

function lastOffsetAfter(logical: LogicalText): number {
  const count = logical.offsets.length;
  return count === 0 ? 0 : logical.offsets[count - 1] + 1;
}
