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

/**
 * The context paths a wildcard source matches, in order, leaving out what `.dockerignore`
 * excludes. Directories along the way are followed through symlinks that stay in the context.
 */
export async function expandWildcards(reader: ContextLookup, ignore: DockerIgnore, source: string): Promise<string[]> {
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
      if (!dir.found || dir.entry.kind !== 'directory') continue;
      const listing = await reader.list(dir.rel);
      for (const entry of listing?.entries ?? []) {
        const rel = join(dir.rel, entry.name);
        if (pattern.test(entry.name) && !ignore.ignores(rel, entry.kind === 'directory')) next.push(rel);
      }
    }
    candidates = next;
  }
  return candidates;
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}
