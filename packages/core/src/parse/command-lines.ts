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
  /**
   * one per document piece, in order: `text[at + k]` is at document offset `offset + k` until
   * the next piece's `at` (a map per piece, not per char, keeps a 5 MB line cheap)
   */
  pieces: Array<{ at: number; offset: number }>;
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

const NO_LINES: readonly CommandLine[] = [];

// runs after every continued line: no array unless a line is skipped, no slice of each line
function skippableLinesAfter(index: LineIndex, line: number, lastAllowedLine: number): readonly CommandLine[] {
  let skipped: CommandLine[] | undefined;
  for (let next = line + 1; next <= lastAllowedLine; next++) {
    if (!isBlankOrComment(index.text, index.lineStart(next), index.lineEnd(next))) break;
    (skipped ??= []).push({ line: next, start: index.lineStart(next), end: index.lineEnd(next), escapeAt: null, skipped: true });
  }
  return skipped ?? NO_LINES;
}

/** Whether text[start, end), once String#trimStart has dropped its leading white space, is empty or starts with `#`. */
function isBlankOrComment(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128) return code === 35;
    // past ASCII: the white space trimStart drops is what `\s` matches
    if (!/\s/.test(text[i])) return false;
  }
  return true;
}

export function logicalTextOf(text: string, lines: CommandLine[]): LogicalText {
  // most instructions are one line: its slice, with no parts to join
  if (lines.length === 1) return oneLineText(text, lines[0]);
  const parts: string[] = [];
  const pieces: LogicalText['pieces'] = [];
  let at = 0;
  for (const line of lines) {
    if (line.skipped || line.end <= line.start) continue;
    parts.push(text.slice(line.start, line.end));
    pieces.push({ at, offset: line.start });
    at += line.end - line.start;
  }
  return { text: parts.join(''), pieces };
}

function oneLineText(text: string, line: CommandLine): LogicalText {
  if (line.skipped || line.end <= line.start) return { text: '', pieces: [] };
  return { text: text.slice(line.start, line.end), pieces: [{ at: 0, offset: line.start }] };
}

/** document offsets of the logical span [start, end) */
export function documentSpan(logical: LogicalText, start: number, end: number): { start: number; end: number } {
  const docStart = documentStart(logical, start);
  return { start: docStart, end: documentEnd(logical, start, end, docStart) };
}

/** documentSpan's start, for callers that need no span object */
export function documentStart(logical: LogicalText, start: number): number {
  return start < logical.text.length ? documentOffset(logical, start) : lastOffsetAfter(logical);
}

/** documentSpan's end, given its start */
export function documentEnd(logical: LogicalText, start: number, end: number, docStart: number): number {
  return end > start ? documentOffset(logical, end - 1) + 1 : docStart;
}

/** the document offset of `logical.text[index]` (index inside the text) */
function documentOffset(logical: LogicalText, index: number): number {
  const { pieces } = logical;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[mid].at <= index) low = mid;
    else high = mid - 1;
  }
  return pieces[low].offset + (index - pieces[low].at);
}

function lastOffsetAfter(logical: LogicalText): number {
  const last = logical.pieces[logical.pieces.length - 1];
  return last === undefined ? 0 : documentOffset(logical, logical.text.length - 1) + 1;
}
