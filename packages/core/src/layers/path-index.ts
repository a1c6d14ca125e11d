/**
 * The keys filed at one path: one key alone as itself, a Set from the second on. Most paths and
 * directories hold a single key, and a Set for each of them was the model's largest allocation.
 */
type Keys = string | Set<string>;

/**
 * Keys filed by path, answering "which keys are at or below this directory" (as `isUnder` decides
 * it) without looking at every path. Each key is also filed under every prefix of its path that
 * ends just before a `/`: exactly the directories `d` with `path.startsWith(d + '/')`.
 * The maps are made on the first add: many indexes (a layer step's stores, a stage's unseen
 * directories) never get one.
 */
export class PathIndex {
  private pathOfKey: Map<string, string> | undefined;
  private atPath: Map<string, Keys> | undefined;
  private belowDir: Map<string, Keys> | undefined;

  get size(): number {
    return this.pathOfKey?.size ?? 0;
  }

  has(key: string): boolean {
    return this.pathOfKey?.has(key) ?? false;
  }

  add(key: string, path: string): void {
    const known = this.pathOfKey?.get(key);
    if (known === path) return;
    if (known !== undefined) this.delete(key);
    (this.pathOfKey ??= new Map()).set(key, path);
    file((this.atPath ??= new Map()), path, key);
    const belowDir = (this.belowDir ??= new Map());
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) file(belowDir, path.slice(0, at), key);
  }

  delete(key: string): void {
    const path = this.pathOfKey?.get(key);
    if (path === undefined) return;
    this.pathOfKey!.delete(key);
    unfile(this.atPath!, path, key);
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) unfile(this.belowDir!, path.slice(0, at), key);
  }

  /** Keys whose path is exactly `path`, in the order they were filed there. */
  keysAt(path: string): Iterable<string> {
    return listOf(this.atPath?.get(path));
  }

  /** Keys whose path is `dir` or lies below it; every key for `/`. */
  keysUnder(dir: string): string[] {
    if (dir === '/') return this.pathOfKey ? [...this.pathOfKey.keys()] : [];
    return [...listOf(this.atPath?.get(dir)), ...listOf(this.belowDir?.get(dir))];
  }

  /** True when some key's path lies below `dir` (not at it). */
  hasBelow(dir: string): boolean {
    if (dir === '/') return this.size > countOf(this.atPath?.get('/'));
    return countOf(this.belowDir?.get(dir)) > 0;
  }

  /** Keys whose path is a directory `path` lies below (`/` included), not `path` itself. */
  keysAbove(path: string): string[] {
    if (path === '/' || !this.atPath) return [];
    const keys: string[] = [];
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) keys.push(...listOf(this.atPath.get(at === 0 ? '/' : path.slice(0, at))));
    return keys;
  }

  /** True when some key's path is `path` or a directory `path` lies below. */
  hasAtOrAbove(path: string): boolean {
    const { atPath } = this;
    if (!atPath) return false;
    if (atPath.has('/') || atPath.has(path)) return true;
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) if (atPath.has(path.slice(0, at))) return true;
    return false;
  }
}

const NONE: readonly string[] = [];

function listOf(keys: Keys | undefined): Iterable<string> {
  return keys === undefined ? NONE : typeof keys === 'string' ? [keys] : keys;
}

function countOf(keys: Keys | undefined): number {
  return keys === undefined ? 0 : typeof keys === 'string' ? 1 : keys.size;
}

function file(map: Map<string, Keys>, path: string, key: string): void {
  const keys = map.get(path);
  if (keys === undefined) map.set(path, key);
  else if (typeof keys !== 'string') keys.add(key);
  else if (keys !== key) map.set(path, new Set([keys, key]));
}

function unfile(map: Map<string, Keys>, path: string, key: string): void {
  const keys = map.get(path);
  if (keys === undefined) return;
  if (typeof keys === 'string') {
    if (keys === key) map.delete(path);
    return;
  }
  keys.delete(key);
  if (keys.size === 0) map.delete(path);
}
