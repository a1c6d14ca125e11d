import type { StoredEntry } from './types';

/**
 * The one glob-to-RegExp conversion, in the two syntaxes a Dockerfile meets. In both, `*` and
 * `?` never match `/`.
 * - 'shell': sh pattern matching over paths (`rm -rf /var/lib/apt/lists/*`): `[…]`, `[!…]` and
 *   `[^…]` classes; a backslash is an ordinary character (shell words arrive quote-removed); a
 *   `[` that opens no class, as in `[a,`, is a literal `[`. Always compiles.
 * - 'go': Go's filepath.Match, which BuildKit applies to COPY/ADD sources one segment at a time:
 *   `\` escapes, `[^…]` negates; a malformed pattern (Go's ErrBadPattern) gives undefined.
 * A range written backwards (`[z-a]`) matches nothing, as in Go, instead of throwing; so does
 * a pattern too long for a RegExp.
 */
export type GlobSyntax = 'shell' | 'go';

export function compileGlob(pattern: string, syntax: 'shell'): RegExp;
export function compileGlob(pattern: string, syntax: GlobSyntax): RegExp | undefined;
export function compileGlob(pattern: string, syntax: GlobSyntax): RegExp | undefined {
  let source = '';
  // no `]` after a `[`: it opens no class, found without scanning to the end from every `[`
  const lastClose = pattern.lastIndexOf(']');
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '\\' && syntax === 'go') {
      if (++i >= pattern.length) return undefined;
      source += escapeRegExp(pattern[i]);
    } else if (ch === '[') {
      const characterClass = lastClose > i ? readClass(pattern, i, syntax) : undefined;
      if (characterClass) {
        source += characterClass.source;
        i = characterClass.close;
      } else if (syntax === 'go') return undefined;
      else source += '\\[';
    } else source += escapeRegExp(ch);
  }
  try {
    const regex = new RegExp(`^${source}$`);
    // V8 compiles on first use, and only then says a pattern is too large
    regex.test('');
    return regex;
  } catch {
    // past V8's size limit ("Regular expression too large"): a pattern that long matches nothing
    return syntax === 'go' ? undefined : NOTHING;
  }
}

const NOTHING = /(?!)/;

/** A shell glob over absolute paths (see compileGlob); compiled once per pattern (a few, such as `/var/lib/apt/lists/*`, recur in most files). */
export function globToRegExp(pattern: string): RegExp {
  let regex = SHELL_GLOBS.get(pattern);
  if (!regex) {
    regex = compileGlob(pattern, 'shell');
    // bounded for a long-lived language server
    if (SHELL_GLOBS.size >= MAX_SHELL_GLOBS) SHELL_GLOBS.clear();
    SHELL_GLOBS.set(pattern, regex);
  }
  return regex;
}

// the RegExps have no g or y flag: test() keeps no state, so one can serve every caller
const SHELL_GLOBS = new Map<string, RegExp>();
const MAX_SHELL_GLOBS = 4096;

/** The class opened at `open`: its RegExp source and the index of its `]`; undefined when it is not well-formed. */
function readClass(pattern: string, open: number, syntax: GlobSyntax): { source: string; close: number } | undefined {
  let i = open + 1;
  const negated = pattern[i] === '^' || (syntax === 'shell' && pattern[i] === '!');
  if (negated) i++;
  // sh takes a `]` right after the opening as a member; Go rejects the empty class
  if (pattern[i] === ']' && syntax === 'go') return undefined;
  const members: string[] = [];
  for (let first = true; i < pattern.length; first = false) {
    if (pattern[i] === ']' && !first) return { source: `[${negated ? '^' : ''}${members.join('')}]`, close: i };
    const low = readMember(pattern, i, syntax);
    if (!low) return undefined;
    i = low.next;
    if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
      const high = readMember(pattern, i + 1, syntax);
      if (!high) return undefined;
      i = high.next;
      if (low.char <= high.char) members.push(`${escapeClassChar(low.char)}-${escapeClassChar(high.char)}`);
    } else members.push(escapeClassChar(low.char));
  }
  return undefined;
}

function readMember(pattern: string, at: number, syntax: GlobSyntax): { char: string; next: number } | undefined {
  if (pattern[at] !== '\\' || syntax === 'shell') return { char: pattern[at], next: at + 1 };
  return at + 1 < pattern.length ? { char: pattern[at + 1], next: at + 2 } : undefined;
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

function escapeClassChar(ch: string): string {
  return /[\]\\^[-]/.test(ch) ? `\\${ch}` : ch;
}

/** The directory part of a glob before its first wildcard segment: `/var/lib/apt/lists/*` → `/var/lib/apt/lists`. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const first = segments.findIndex((segment) => /[*?[]/.test(segment));
  const base = segments.slice(0, first < 0 ? segments.length : first).join('/');
  return base === '' ? '/' : base;
}

/**
 * What a glob is tested against: a regular file, a tree of unknown files, or a package cache
 * (a tree of unknown files of the manager's own kind: `.deb`s, list files, wheels, …).
 */
export type GlobTarget = 'file' | 'tree' | 'cache';

export function globTarget(entry: Pick<StoredEntry, 'tree' | 'reason'>): GlobTarget {
  return !entry.tree ? 'file' : entry.reason === 'cache' ? 'cache' : 'tree';
}

/**
 * Whether a glob (as `rm -rf pattern` would) reaches all of `path`: the path matches, or lies
 * inside a match. A tree of unknown files is reached as a whole only when the glob names every
 * file in it (`/home/gradle/*`); one that may match some of its files or none
 * (`/home/gradle/*.tgz`, `/*.tar.gz*` over `/etc/ssl/certs`) leaves it in place. A package cache
 * holds only the files its manager's cleanups name, so any glob directly in its directory
 * (`/var/cache/apt/archives/*.deb`) clears it.
 */
export function globReaches(pattern: string, path: string, target: GlobTarget, regex = globToRegExp(pattern)): boolean {
  if (regex.test(path)) return true;
  if (insideMatch(pattern, path, regex)) return true;
  if (target === 'file') return false;
  const inside = pattern.slice(path === '/' ? 1 : path.length + 1);
  if (!pattern.startsWith(path === '/' ? '/' : `${path}/`) || inside.includes('/')) return false;
  return target === 'cache' ? globBase(pattern) === path : /^\*+$/.test(inside);
}

/** Whether a directory `path` lies in matches `regex` (the glob `pattern`). */
function insideMatch(pattern: string, path: string, regex: RegExp): boolean {
  if (pattern.includes('[')) {
    // a class like `[!a]` may match a `/`: try every directory above the path
    const segments = path.split('/');
    for (let n = segments.length - 1; n > 1; n--) if (regex.test(segments.slice(0, n).join('/'))) return true;
    return false;
  }
  // `*` and `?` never match `/`: only the directory with as many `/` as the pattern can match
  let slashes = 0;
  for (let at = pattern.indexOf('/'); at !== -1; at = pattern.indexOf('/', at + 1)) slashes++;
  let end = -1;
  for (let seen = 0; seen <= slashes; seen++) {
    end = path.indexOf('/', end + 1);
    if (end === -1) return false;
  }
  return end > 0 && regex.test(path.slice(0, end));
}
