// Phrases several rules' messages share, so the same thing reads the same in every finding.
import { describeBytes, joinWords, lineOf, linesPhrase, rangeKey, sumBytes, type Bytes, type PlacedEntry, type Range, type RelatedLocation, type StoredEntry, type TextEdit, type Fix } from '@dflint/core/rule-kit';

/** `3.0 MiB`, `at least 3.0 MiB`, `size unknown`: a size in parentheses after a path. */
export function sizeLabel(bytes: Bytes): string {
  return bytes.estimate === 'unknown' ? 'size unknown' : describeBytes(bytes);
}

/** `a, b and c`, or `a, b, c and 4 more` when there are more than `shown` items. */
export function listFirst(items: readonly string[], shown: number): string {
  if (items.length <= shown) return joinWords(items);
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

/** `/a (1.0 MiB, line 2), /b (…, line 3) and 4 more`: the largest first, at most `shown` of them. */
export function listEntries(hidden: readonly PlacedEntry[], shown = 3): string {
  const items = [...hidden]
    .sort((a, b) => b.entry.bytes.value - a.entry.bytes.value || a.entry.path.localeCompare(b.entry.path))
    .map(({ entry }) => `${entry.path} (${sizeLabel(entry.bytes)}, line ${lineOf(entry.effect.range)})`);
  return listFirst(items, shown);
}

/** `/big.bin (3.0 MiB) added at line 2`, or `… copied up by chmod at line 4` for a copy-up. */
export function describeEntry(entry: StoredEntry): string {
  const where = entry.reason === 'copy-up' ? `copied up by ${commandName(entry.effect.command)} at line` : 'added at line';
  return `${entry.path} (${sizeLabel(entry.bytes)}) ${where} ${lineOf(entry.effect.range)}`;
}

/** `chmod`, or `` `>>` `` for a command that is not a word. */
export function commandName(command: string): string {
  return /^[\w.+-]+$/.test(command) ? command : `\`${command}\``;
}

/** One related location per distinct command that stored a hidden entry. */
export function storedHere(hidden: readonly PlacedEntry[]): RelatedLocation[] {
  const byRange = new Map<string, { range: Range; bytes: Bytes[]; paths: string[] }>();
  for (const { entry } of hidden) {
    const key = rangeKey(entry.effect.range);
    const place = byRange.get(key) ?? { range: entry.effect.range, bytes: [], paths: [] };
    place.bytes.push(entry.bytes);
    place.paths.push(entry.path);
    byRange.set(key, place);
  }
  return [...byRange.values()].map(({ range, bytes, paths }) => {
    const what = paths.length === 1 ? paths[0] : `${paths.length} of these files`;
    return { range, message: `stores ${what} (${sizeLabel(sumBytes(bytes))})` };
  });
}

/** `line 3`, or `lines 3-5` for a range over several lines: where an instruction or an edit is. */
export function lineSpan(range: Range): string {
  const first = range.start.line + 1;
  // an exclusive end at column 0 ends on the line before
  const last = range.end.line + (range.end.character === 0 && range.end.line > range.start.line ? 0 : 1);
  return last > first ? `lines ${first}-${last}` : `line ${first}`;
}

/** `line 7`, or `lines 7 and 9`: where a fix's edits start, for its description to name the lines it changes. */
export function editedLines(edits: readonly TextEdit[]): string {
  return linesPhrase([...new Set(edits.map((edit) => edit.range.start.line + 1))].sort((a, b) => a - b));
}

/**
 * The lines a fix's description names (`line 8`, `lines 3, 4 and 6`, `lines 3-5`) that none of
 * its edits touches: a fix points at the lines it changes, so this is empty for a good one.
 */
export function linesNotEdited(fix: Pick<Fix, 'description' | 'edits'>): number[] {
  return namedLines(fix.description).filter((line) => !fix.edits.some(({ range }) => range.start.line + 1 <= line && line <= range.end.line + 1));
}

/** The lines a message names (`at line 3`, `lines 6, 7 and 8`, `lines 3-5`). */
export function namedLines(text: string): number[] {
  return [...text.matchAll(/\blines? ((?:\d+(?:, | and |-))*\d+)/g)].flatMap((match) => match[1].match(/\d+/g)!.map(Number));
}
