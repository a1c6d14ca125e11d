/**
 * Keys filed by path, answering "which keys are at or below this directory" (as `isUnder` decides
 * it) without looking at every path. Each key is also filed under every prefix of its path that
 * ends just before a `/`: exactly the directories `d` with `path.startsWith(d + '/')`.
 */
export class PathIndex {
  private readonly pathOfKey = new Map<string, string>();
  private readonly atPath = new Map<string, Set<string>>();
  private readonly belowDir = new Map<string, Set<string>>();

  get size(): number {
    return this.pathOfKey.size;
  }

  has(key: string): boolean {
    return this.pathOfKey.has(key);
  }

  add(key: string, path: string): void {
    const known = this.pathOfKey.get(key);
    if (known === path) return;
    if (known !== undefined) this.delete(key);
    this.pathOfKey.set(key, path);
    file(this.atPath, path, key);
    for (const dir of dirsAbove(path)) file(this.belowDir, dir, key);
  }

  delete(key: string): void {
    const path = this.pathOfKey.get(key);
    if (path === undefined) return;
    this.pathOfKey.delete(key);
    unfile(this.atPath, path, key);
    for (const dir of dirsAbove(path)) unfile(this.belowDir, dir, key);
  }

  /** Keys whose path is exactly `path`. */
  keysAt(path: string): ReadonlySet<string> {
    return this.atPath.get(path) ?? EMPTY;
  }

  /** Keys whose path is `dir` or lies below it; every key for `/`. */
  keysUnder(dir: string): string[] {
    if (dir === '/') return [...this.pathOfKey.keys()];
    return [...this.keysAt(dir), ...(this.belowDir.get(dir) ?? EMPTY)];
  }

  /** True when some key's path lies below `dir` (not at it). */
  hasBelow(dir: string): boolean {
    if (dir === '/') return this.pathOfKey.size > this.keysAt('/').size;
    return (this.belowDir.get(dir)?.size ?? 0) > 0;
  }

  /** Keys whose path is a directory `path` lies below (`/` included), not `path` itself. */
  keysAbove(path: string): string[] {
    if (path === '/') return [];
    return dirsAbove(path).flatMap((dir) => [...this.keysAt(dir || '/')]);
  }

  /** True when some key's path is `path` or a directory `path` lies below. */
  hasAtOrAbove(path: string): boolean {
    if (this.atPath.has('/') || this.atPath.has(path)) return true;
    for (const dir of dirsAbove(path)) if (this.atPath.has(dir)) return true;
    return false;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** The prefixes of `path` that end just before one of its `/`s, shortest first. */
function dirsAbove(path: string): string[] {
  const dirs: string[] = [];
  for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) dirs.push(path.slice(0, at));
  return dirs;
}

function file(map: Map<string, Set<string>>, path: string, key: string): void {
  const keys = map.get(path);
  if (keys) keys.add(key);
  else map.set(path, new Set([key]));
}

function unfile(map: Map<string, Set<string>>, path: string, key: string): void {
  const keys = map.get(path);
  if (!keys) return;
  keys.delete(key);
  if (keys.size === 0) map.delete(path);
}
