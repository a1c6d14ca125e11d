import type { IndexedEntry } from './layer-index';

/**
 * An image's files by path, held as one array sorted by path: built without hashing every path
 * (a Map of 50,000 paths costs more to build than the index takes to parse), looked up by binary
 * search, and listed in order, so the layer model finds a directory's contents as a range.
 */
export class SortedFiles implements ReadonlyMap<string, IndexedEntry> {
  /** the paths, sorted (UTF-16 code unit order, as `<` and Array#sort compare) */
  readonly paths: readonly string[];

  /** `sorted`: entries sorted by path, each path once */
  constructor(private readonly sorted: readonly IndexedEntry[]) {
    this.paths = sorted.map((entry) => entry.path);
  }

  get size(): number {
    return this.sorted.length;
  }

  get(path: string): IndexedEntry | undefined {
    const at = lowerBound(this.paths, path);
    return this.paths[at] === path ? this.sorted[at] : undefined;
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  /** Where the paths at and after `path` start (the paths.length when none). */
  indexOf(path: string): number {
    return lowerBound(this.paths, path);
  }

  entryAt(index: number): IndexedEntry {
    return this.sorted[index];
  }

  forEach(callback: (value: IndexedEntry, key: string, map: ReadonlyMap<string, IndexedEntry>) => void): void {
    for (const entry of this.sorted) callback(entry, entry.path, this);
  }

  *entries(): MapIterator<[string, IndexedEntry]> {
    for (const entry of this.sorted) yield [entry.path, entry];
  }

  *keys(): MapIterator<string> {
    yield* this.paths;
  }

  *values(): MapIterator<IndexedEntry> {
    yield* this.sorted;
  }

  [Symbol.iterator](): MapIterator<[string, IndexedEntry]> {
    return this.entries();
  }
}

/** The first position whose path is not below `value`. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
