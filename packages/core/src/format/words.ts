/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** `line 4`, `lines 4 and 6`. */
export function linesPhrase(lines: readonly number[]): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${joinWords(lines.map(String))}`;
}

/** The length of the longest text, for a column's width; a loop, as `Math.max(...lengths)` overflows the stack past ~100,000 rows. */
export function longest(texts: Iterable<string>): number {
  let width = 0;
  for (const text of texts) if (text.length > width) width = text.length;
  return width;
}

/** Cuts text to at most `max` characters, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
