/**
 * What an edit left as it was of a text: its first `before` chars, and its chars from `afterFrom`
 * on (an offset in the new text). The two never overlap, in either version.
 */
export interface UnchangedText {
  before: number;
  afterFrom: number;
  /** the chars the edit added (negative: removed) */
  added: number;
}

const BLOCK = 256;

export function unchangedText(previous: string, text: string): UnchangedText {
  const shorter = Math.min(previous.length, text.length);
  let before = 0;
  // whole blocks first: two slices compare as memory, chars one by one in a loop
  while (before + BLOCK <= shorter && previous.slice(before, before + BLOCK) === text.slice(before, before + BLOCK)) before += BLOCK;
  while (before < shorter && previous.charCodeAt(before) === text.charCodeAt(before)) before++;
  const most = shorter - before;
  let after = 0;
  while (after + BLOCK <= most && previous.slice(previous.length - after - BLOCK, previous.length - after) === text.slice(text.length - after - BLOCK, text.length - after)) after += BLOCK;
  while (after < most && previous.charCodeAt(previous.length - 1 - after) === text.charCodeAt(text.length - 1 - after)) after++;
  return { before, afterFrom: text.length - after, added: text.length - previous.length };
}

/** For the new text's [from, to), when the edit left it as it was: how far its offsets moved (0 before the edit); undefined when the edit touched it. */
export function movedOffsetBy(unchanged: UnchangedText, from: number, to: number): number | undefined {
  if (to <= unchanged.before) return 0;
  if (from >= unchanged.afterFrom) return unchanged.added;
  return undefined;
}

/** Whether the previous text's [from, to) is in what the edit changed (neither before it nor after it). */
export function touchedByEdit(unchanged: UnchangedText, previousFrom: number, previousTo: number): boolean {
  return previousTo > unchanged.before && previousFrom < unchanged.afterFrom - unchanged.added;
}
