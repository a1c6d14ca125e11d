import type { ContextLookup } from './context-reader';
import type { DockerIgnore } from './docker-ignore';

/** COPY/ADD sources match like Go's filepath.Match, one path segment at a time. */
export function hasWildcard(source: string): boolean {
  return /[*?[]/.test(source);
}

/**
 * Go filepath.Match for one segment: `*` any run of characters, `?` one, `[a-z]` / `[^a-z]`
 * classes, `\` escapes. A malformed pattern matches nothing, as Go returns ErrBadPattern.
 */
export function segmentPattern(pattern: string): RegExp | undefined {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else if (ch === '\\') {
      if (++i >= pattern.length) return undefined;
      source += escapeRegExp(pattern[i]);
    } else if (ch === '[') {
      const close = classEnd(pattern, i);
      if (close === -1) return undefined;
      source += classSource(pattern.slice(i + 1, close));
      i = close;
    } else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, 's');
}

/** Index of the `]` closing the class opened at `open`, or -1. */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '^') i++;
  // Go requires at least one range in a class: `[]` and `[^]` are malformed
  if (pattern[i] === ']') return -1;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}

function classSource(body: string): string {
  const negated = body.startsWith('^');
  let source = '';
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    const escaped = body[i] === '\\';
    const ch = escaped ? body[++i] : body[i];
    source += ch === '-' && !escaped && source !== '' ? '-' : escapeClassChar(ch);
  }
  return `[${negated ? '^' : ''}${source}]`;
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

function escapeClassChar(ch: string): string {
  return /[\]\\^-]/.test(ch) ? `\\${ch}` : ch;
}

export interface WildcardMatches {
  matches: string[];
  /** directories along the way that could not be followed or listed, and why */
  faults: string[];
}

/**
 * The context paths a wildcard source matches, in order, leaving out what `.dockerignore`
 * excludes. Directories along the way are followed through symlinks that stay in the context.
 */
export async function expandWildcards(reader: ContextLookup, ignore: DockerIgnore, source: string): Promise<WildcardMatches> {
  const faults: string[] = [];
  let candidates = [''];
  for (const segment of source.split('/').filter((s) => s !== '' && s !== '.')) {
    const next: string[] = [];
    const pattern = hasWildcard(segment) || segment.includes('\\') ? segmentPattern(segment) : undefined;
    for (const candidate of candidates) {
      if (!pattern) {
        next.push(join(candidate, segment));
        continue;
      }
      const dir = await reader.resolve(candidate);
      if (!dir.found && dir.fault !== undefined) faults.push(dir.fault);
      if (!dir.found || dir.entry.kind !== 'directory') continue;
      const listing = await reader.list(dir.rel);
      if (listing?.fault !== undefined) faults.push(`${dir.rel || '.'}: ${listing.fault}`);
      for (const entry of listing?.entries ?? []) {
        const rel = join(dir.rel, entry.name);
        if (pattern.test(entry.name) && !ignore.ignores(rel, entry.kind === 'directory')) next.push(rel);
      }
    }
    candidates = next;
  }
  return { matches: candidates, faults };
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}
