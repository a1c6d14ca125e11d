import type { TextEdit } from '../engine/rule';
import type { Position } from '../parse/types';

let lastText: string | undefined;
let lastStarts: number[] = [];

/**
 * Start offset of every line (`\n` ends a line; a `\r` before it stays part of the line).
 * Rules ask for many ranges of the same document in a row, so the last answer is kept.
 */
export function lineStarts(text: string): readonly number[] {
  if (text === lastText) return lastStarts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  lastText = text;
  lastStarts = starts;
  return starts;
}

/** String offset of an LSP position (0-based line, UTF-16 column), clamped to the text. */
export function offsetAt(starts: readonly number[], text: string, position: Position): number {
  if (position.line >= starts.length) return text.length;
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  return Math.min(starts[position.line] + position.character, lineEnd);
}

/** One line's text without its line break. */
export function lineText(text: string, line: number): string {
  const starts = lineStarts(text);
  if (line < 0 || line >= starts.length) return '';
  return text.slice(starts[line], line + 1 < starts.length ? starts[line + 1] : text.length).replace(/\r?\n$/, '');
}

/** `# dflint-ignore …`, `# hadolint ignore=…`: comments that steer linters and apply to the next instruction. */
export const LINT_DIRECTIVE = /^#\s*(dflint-ignore|hadolint\s+(global\s+)?ignore)/;

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function toOffsetEdits(text: string, edits: readonly TextEdit[]): OffsetEdit[] {
  const starts = lineStarts(text);
  return edits.map((edit) => ({
    start: offsetAt(starts, text, edit.range.start),
    end: offsetAt(starts, text, edit.range.end),
    newText: edit.newText,
  }));
}

/** Two edits conflict when their ranges overlap, or both insert at the same point. */
export function editsConflict(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === b.start && (a.start === a.end || b.start === b.end)) return true;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies non-conflicting edits (all positions refer to `text`); `\n` in new text becomes the
 * document's line ending so a CRLF file stays CRLF.
 */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[], eol: '\n' | '\r\n' = '\n'): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  const converted = (edit: OffsetEdit) => (eol === '\n' ? edit.newText : edit.newText.replace(/\r?\n/g, eol));
  const disjoint = sorted.every((edit, i) => edit.start >= 0 && edit.start <= edit.end && edit.end <= (i === 0 ? text.length : sorted[i - 1].start));
  if (!disjoint) {
    // overlapping edits: each one applies to the text the edits after it left
    let result = text;
    for (const edit of sorted) result = result.slice(0, edit.start) + converted(edit) + result.slice(edit.end);
    return result;
  }
  // the same result in one pass: pieces of the original text between the edits, last first
  const pieces: string[] = [];
  let kept = text.length;
  for (const edit of sorted) {
    pieces.push(text.slice(edit.end, kept), converted(edit));
    kept = edit.start;
  }
  pieces.push(text.slice(0, kept));
  return pieces.reverse().join('');
}
