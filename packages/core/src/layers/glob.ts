import { isUnder } from './paths';

/** Shell/Go-style glob over absolute paths: `*` and `?` stay within one path segment. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The directory part of a glob before its first wildcard segment: `/var/lib/apt/lists/*` → `/var/lib/apt/lists`. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const first = segments.findIndex((segment) => /[*?[]/.test(segment));
  const base = segments.slice(0, first < 0 ? segments.length : first).join('/');
  return base === '' ? '/' : base;
}

/**
 * Whether a glob (as `rm -rf pattern` would) reaches `path`: the path matches, or lies inside a
 * match, or is a tree of unknown files inside the glob's base directory.
 */
export function globReaches(pattern: string, path: string, tree: boolean, regex = globToRegExp(pattern)): boolean {
  if (regex.test(path)) return true;
  const segments = path.split('/');
  for (let n = segments.length - 1; n > 1; n--) if (regex.test(segments.slice(0, n).join('/'))) return true;
  return tree && isUnder(path, globBase(pattern));
}
