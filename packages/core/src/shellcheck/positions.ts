import type { Position, Range } from '../parse/range';
import type { ShellcheckJob } from './jobs';
import type { ShellcheckComment } from './runner';

/**
 * Where a ShellCheck comment stands in the Dockerfile: its 1-based line and column over the job's
 * text (preamble, then the body; code points, a tab counting one) → 0-based document line and
 * UTF-16 column, through the source's origin. Undefined for a comment on the preamble.
 */
export function commentRange(job: ShellcheckJob, comment: ShellcheckComment): Range | undefined {
  const lines = job.source.text.split('\n');
  const start = positionOf(job, lines, comment.line, comment.column);
  if (!start) return undefined;
  const end = positionOf(job, lines, comment.endLine, comment.endColumn) ?? start;
  return end.line < start.line || (end.line === start.line && end.character < start.character) ? { start, end: start } : { start, end };
}

function positionOf(job: ShellcheckJob, lines: readonly string[], line: number, column: number): Position | undefined {
  const row = line - 1 - job.preambleLines;
  if (row < 0) return undefined;
  // past the body's end (a comment about end of input): the end of its last line
  if (row >= lines.length) return positionOf(job, lines, lines.length + job.preambleLines, (lines[lines.length - 1]?.length ?? 0) + 1);
  const text = lines[row];
  const offset = utf16Offset(text, column - 1);
  const { origin } = job.source;
  return row === 0 ? { line: origin.line, character: origin.character + offset } : { line: origin.line + row, character: offset };
}

/** The UTF-16 offset of the `codePoints`-th code point of `text` (past its end: one per code point more). */
function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  let seen = 0;
  for (; seen < codePoints && offset < text.length; seen++) {
    const code = text.charCodeAt(offset);
    offset += code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length ? 2 : 1;
  }
  return offset + (codePoints - seen);
}
