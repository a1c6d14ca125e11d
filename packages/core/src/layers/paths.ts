import * as posix from 'node:path/posix';

/** Resolves `path` against the absolute directory `cwd` into a normalised absolute path. */
export function resolveImagePath(cwd: string, path: string): string {
  // most paths are already normal (`/usr/local/bin`, `app` under `/srv`): joined as they are, no normalising needed
  const joined = path.startsWith('/') ? path : cwd.startsWith('/') ? (cwd === '/' ? `/${path}` : `${cwd}/${path}`) : undefined;
  if (joined !== undefined && !NOT_NORMAL.test(joined)) return joined;
  const resolved = posix.resolve(cwd, path);
  return resolved.length > 1 && resolved.endsWith('/') ? resolved.slice(0, -1) : resolved;
}

/** An empty, `.` or `..` segment, or a trailing slash: what posix.resolve would change. */
const NOT_NORMAL = /\/\.{0,2}(\/|$)/;

/** True when `path` is `dir` or lies below it. */
export function isUnder(path: string, dir: string): boolean {
  // no `${dir}/` string: this runs for every path against every mount, stored path and glob base
  return dir === '/' || path === dir || (path.charCodeAt(dir.length) === 47 && path.startsWith(dir));
}

export function parentOf(path: string): string {
  return posix.dirname(path);
}

export function baseName(path: string): string {
  return posix.basename(path);
}

/** The directory a glob's last segment is matched in: `/var/lib/apt/lists/*` → `/var/lib/apt/lists`. */
export function parentDirOf(pattern: string): string {
  const at = pattern.lastIndexOf('/');
  return at <= 0 ? '/' : pattern.slice(0, at);
}

/** Where `cp`/`mv` puts one source file. */
export function copyTarget(
  file: string,
  from: string,
  to: string,
  how: { into: boolean; sourceIsDir: boolean; glob: boolean },
): string {
  if (how.glob) return resolveImagePath(to, baseName(file));
  if (how.sourceIsDir) {
    const relative = file.slice(from.length + 1);
    const root = how.into ? resolveImagePath(to, baseName(from)) : to;
    return relative ? resolveImagePath(root, relative) : root;
  }
  return how.into ? resolveImagePath(to, baseName(from)) : to;
}

/** An archive member's path after `tar --strip-components=count`; undefined when no segment is left. */
export function stripLeading(memberPath: string, count: number): string | undefined {
  if (count === 0) return memberPath;
  const segments = memberPath.split('/').filter((segment) => segment !== '' && segment !== '.');
  return segments.length > count ? segments.slice(count).join('/') : undefined;
}
