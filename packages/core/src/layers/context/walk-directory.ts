import type { ContextLookup } from './context-reader';
import type { DockerIgnore } from './docker-ignore';

export interface WalkedFile {
  /** path relative to the walked directory */
  rel: string;
  size: number;
}

export interface Walk {
  files: WalkedFile[];
  /** the entry budget ran out: some files were not seen */
  truncated: boolean;
  /** what could not be read, and why, relative to the context root: `locked: permission denied` */
  faults: string[];
}

/**
 * The regular files under a context directory that the build would copy: ignored paths left
 * out, symlinks not followed (they are copied as links, no regular bytes).
 */
export async function walkDirectory(reader: ContextLookup, ignore: DockerIgnore, dirRel: string): Promise<Walk> {
  const files: WalkedFile[] = [];
  const faults: string[] = [];
  let truncated = false;
  const pending = [''];
  while (pending.length > 0) {
    const sub = pending.pop() as string;
    const listing = await reader.list(join(dirRel, sub));
    if (!listing) continue;
    truncated ||= listing.truncated;
    if (listing.fault !== undefined) faults.push(`${join(dirRel, sub) || '.'}: ${listing.fault}`);
    for (const entry of listing.entries) {
      const rel = join(sub, entry.name);
      const contextRel = join(dirRel, rel);
      if (entry.fault !== undefined) {
        if (!ignore.ignores(contextRel, false)) faults.push(`${contextRel}: ${entry.fault}`);
      } else if (entry.kind === 'directory') {
        if (!ignore.ignores(contextRel, true) || ignore.mayReincludeBelow(contextRel)) pending.push(rel);
      } else if (entry.kind === 'file' && !ignore.ignores(contextRel, false)) {
        files.push({ rel, size: entry.size });
      }
    }
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, truncated, faults };
}

function join(dir: string, name: string): string {
  return dir === '' ? name : name === '' ? dir : `${dir}/${name}`;
}
