import { compileGlob } from '../glob';
import type { ContextLookup } from './context-reader';
import type { DockerIgnore } from './docker-ignore';

/** COPY/ADD sources match like Go's filepath.Match, one path segment at a time. */
export function hasWildcard(source: string): boolean {
  return /[*?[]/.test(source);
}

/** Go filepath.Match for one segment; a malformed pattern (Go's ErrBadPattern) is undefined. */
export function segmentPattern(pattern: string): RegExp | undefined {
  return compileGlob(pattern, 'go');
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
