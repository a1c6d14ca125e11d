import diffSequence from '@jest/diff-sequences';

/** A run of lines both texts share, or that only the old or only the new text has. */
export interface LineRun {
  kind: 'same' | 'removed' | 'added';
  lines: string[];
}

/** The lines of a text, each with its line ending (`\n`, `\r\n`); the last one without, when the text has none. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * The line runs that turn `before` into `after`. Lines that occur once in each text, in the same
 * order in both, are matched first (patience anchors); Myers' diff (Jest's diff-sequences) then runs
 * only between two anchors. Myers alone takes time in the file's length times the number of changed
 * lines, minutes for a 50,000-line file with thousands of fixed lines; between anchors the pieces
 * are small.
 */
export function diffLines(before: string, after: string): LineRun[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const runs: LineRun[] = [];
  const push = (kind: LineRun['kind'], lines: string[]) => {
    if (lines.length === 0) return;
    const last = runs[runs.length - 1];
    if (last?.kind !== kind) runs.push({ kind, lines: [...lines] });
    else for (const line of lines) last.lines.push(line);
  };
  let aAt = 0;
  let bAt = 0;
  for (const [aAnchor, bAnchor] of [...uniqueAnchors(a, b), [a.length, b.length]]) {
    diffBetween(a, b, aAt, aAnchor, bAt, bAnchor, push);
    if (aAnchor < a.length) push('same', [a[aAnchor]]);
    aAt = aAnchor + 1;
    bAt = bAnchor + 1;
  }
  return runs;
}

/** Myers' diff of a[aStart, aEnd) and b[bStart, bEnd), removed lines before added ones in each gap. */
function diffBetween(a: string[], b: string[], aStart: number, aEnd: number, bStart: number, bEnd: number, push: (kind: LineRun['kind'], lines: string[]) => void): void {
  let aAt = aStart;
  let bAt = bStart;
  const common = (nCommon: number, aCommon: number, bCommon: number) => {
    push('removed', a.slice(aAt, aStart + aCommon));
    push('added', b.slice(bAt, bStart + bCommon));
    push('same', a.slice(aStart + aCommon, aStart + aCommon + nCommon));
    aAt = aStart + aCommon + nCommon;
    bAt = bStart + bCommon + nCommon;
  };
  diffSequence(aEnd - aStart, bEnd - bStart, (i, j) => a[aStart + i] === b[bStart + j], common);
  push('removed', a.slice(aAt, aEnd));
  push('added', b.slice(bAt, bEnd));
}

/**
 * Pairs [index in a, index in b] of lines that occur exactly once in each, the longest chain of them
 * that is in order in both (a longest increasing subsequence of the b indexes).
 */
function uniqueAnchors(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const seen = new Map<string, { inA: number; inB: number; aIndex: number; bIndex: number }>();
  a.forEach((line, index) => {
    const entry = seen.get(line);
    if (entry) entry.inA++;
    else seen.set(line, { inA: 1, inB: 0, aIndex: index, bIndex: -1 });
  });
  b.forEach((line, index) => {
    const entry = seen.get(line);
    if (entry) {
      entry.inB++;
      entry.bIndex = index;
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const entry of seen.values()) if (entry.inA === 1 && entry.inB === 1) pairs.push([entry.aIndex, entry.bIndex]);
  // in a's order already: the map keeps the order lines were first seen in a
  return longestIncreasing(pairs);
}

/** The longest subsequence of pairs whose second members increase (patience sorting, n log n). */
function longestIncreasing(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(pairs.length);
  pairs.forEach(([, value], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]][1] < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1] : -1;
    tails[low] = index;
  });
  const chain: Array<[number, number]> = [];
  for (let at = tails.length > 0 ? tails[tails.length - 1] : -1; at >= 0; at = previous[at]) chain.push(pairs[at]);
  return chain.reverse();
}
