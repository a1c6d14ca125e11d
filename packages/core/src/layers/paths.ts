import * as posix from 'node:path/posix';

/** Resolves `path` against the absolute directory `cwd` into a normalised absolute path. */
export function resolveImagePath(cwd: string, path: string): string {
  const resolved = posix.resolve(cwd, path);
  return resolved.length > 1 && resolved.endsWith('/') ? resolved.slice(0, -1) : resolved;
}

/** True when `path` is `dir` or lies below it. */
export function isUnder(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}

export function parentOf(path: string): string {
  return posix.dirname(path);
}

export function baseName(path: string): string {
  return posix.basename(path);
}
