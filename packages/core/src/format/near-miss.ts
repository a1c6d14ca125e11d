/** Levenshtein distance: the fewest one-char inserts, deletes or substitutions turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * The candidate `value` was most likely meant as: the nearest one at most `maxDistance` edits
 * away, compared without case unless `caseSensitive`; undefined when none is that near, or when
 * `value` is itself a candidate.
 */
export function nearestName(value: string, candidates: readonly string[], options: { maxDistance?: number; caseSensitive?: boolean } = {}): string | undefined {
  const fold = (text: string) => (options.caseSensitive ? text : text.toLowerCase());
  const wanted = fold(value);
  let best: string | undefined;
  let bestDistance = (options.maxDistance ?? 2) + 1;
  for (const candidate of candidates) {
    // the lengths' difference is a lower bound of the distance
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, fold(candidate));
    if (distance === 0) return undefined;
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
