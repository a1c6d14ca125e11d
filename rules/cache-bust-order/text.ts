import { lineStarts, offsetAt, type Range } from '@dflint/core';

/** The document text a range covers. */
export function textOf(text: string, range: Range): string {
  const starts = lineStarts(text);
  return text.slice(offsetAt(starts, text, range.start), offsetAt(starts, text, range.end));
}

/** The whitespace before the first character of a line. */
export function indentOf(text: string, line: number): string {
  const starts = lineStarts(text);
  return /^[ \t]*/.exec(text.slice(starts[line] ?? text.length))![0];
}
