/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** `line 4`, `lines 4 and 6`. */
export function linesPhrase(lines: ReadonlyArray<number | string>): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${joinWords(lines.map(String))}`;
}

/** The length of the longest text, for a column's width; a loop, as `Math.max(...lengths)` overflows the stack past ~100,000 rows. */
export function longest(texts: Iterable<string>): number {
  let width = 0;
  for (const text of texts) if (text.length > width) width = text.length;
  return width;
}

/**
 * Greedy word wrap to `width` columns (one column per UTF-16 unit: messages are plain text, no
 * ANSI codes). A word longer than the width is cut where it reads best (see breakAfter).
 */
export function wrapWords(text: string, width: number): string[] {
  return wrapPieces(text.split(/ +/), width);
}

/** wrapWords for pieces that may hold spaces of their own (`package-cache 4,`): lines break only between pieces. */
export function wrapPieces(pieces: readonly string[], width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (let word of pieces) {
    if (line && line.length + 1 + word.length <= room) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    while (word.length > room) {
      const cut = breakAfter(word, room);
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Where to cut a word longer than `room`: after its last `/` that keeps at least half the line
 * (paths), else after its last other punctuation (`org.opencontainers.image.authors=`), else at `room`.
 */
function breakAfter(word: string, room: number): number {
  const head = word.slice(0, room);
  for (const marks of [/\/[^/]*$/, /[.=:,;-][^.=:,;-]*$/]) {
    const at = head.search(marks);
    if (at >= 0 && at + 1 >= room / 2) return at + 1;
  }
  // not between the two halves of a surrogate pair (an emoji)
  return room > 1 && /[\uD800-\uDBFF]/.test(word[room - 1]) ? room - 1 : room;
}

/** Cuts text to at most `max` characters, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
