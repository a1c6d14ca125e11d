import type { TextEdit } from '../engine/rule';
import type { LineIndex } from '../parse/line-index';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The edits as offsets into the text `lines` indexes (the document's own line index). */
export function toOffsetEdits(lines: LineIndex, edits: readonly TextEdit[]): OffsetEdit[] {
  return edits.map((edit) => ({
    start: lines.offsetAt(edit.range.start),
    end: lines.offsetAt(edit.range.end),
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
