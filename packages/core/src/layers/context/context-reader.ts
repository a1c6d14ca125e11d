import { lstat, readdir, readlink } from 'node:fs/promises';
import * as path from 'node:path';
import * as posix from 'node:path/posix';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface ContextEntry {
  kind: EntryKind;
  /** regular files only; 0 otherwise */
  size: number;
}

export interface DirectoryListing {
  entries: Array<{ name: string } & ContextEntry>;
  /** the entry budget ran out while listing: some entries are missing */
  truncated: boolean;
}

export type Resolution =
  | { found: true; rel: string; entry: ContextEntry }
  | { found: false; outside?: string };

const MAX_SYMLINK_HOPS = 40;

/**
 * The context directory, read lazily and at most once per path, never outside the root. Paths
 * are relative to the root, POSIX, `''` for the root itself. Listing stops for good after
 * `maxEntries` entries so a huge context cannot hang the run.
 */
export class ContextReader {
  private readonly entries = new Map<string, ContextEntry | undefined>();
  private readonly listings = new Map<string, DirectoryListing | undefined>();
  private listed = 0;
  limitHit = false;

  constructor(
    readonly root: string,
    private readonly maxEntries: number,
  ) {}

  absolute(rel: string): string {
    return rel === '' ? this.root : path.join(this.root, ...rel.split('/'));
  }

  async entry(rel: string): Promise<ContextEntry | undefined> {
    if (!this.entries.has(rel)) {
      const stats = await lstat(this.absolute(rel)).catch(() => undefined);
      this.entries.set(rel, stats && entryOf(stats));
    }
    return this.entries.get(rel);
  }

  async list(dirRel: string): Promise<DirectoryListing | undefined> {
    if (!this.listings.has(dirRel)) this.listings.set(dirRel, await this.readListing(dirRel));
    return this.listings.get(dirRel);
  }

  /**
   * Follows symlinks in `rel` the way a COPY source is resolved, but only while they stay in
   * the context: an absolute target or one climbing above the root makes the source `outside`.
   */
  async resolve(rel: string): Promise<Resolution> {
    let pending = rel.split('/').filter((segment) => segment !== '' && segment !== '.');
    let current: string[] = [];
    let hops = 0;
    while (pending.length > 0) {
      const [segment, ...rest] = pending;
      pending = rest;
      if (segment === '..') {
        current.pop();
        continue;
      }
      const candidate = [...current, segment].join('/');
      const entry = await this.entry(candidate);
      if (!entry) return { found: false };
      if (entry.kind !== 'symlink') {
        current.push(segment);
        continue;
      }
      const target = await readlink(this.absolute(candidate)).catch(() => undefined);
      if (target === undefined || ++hops > MAX_SYMLINK_HOPS) return { found: false };
      const joined = posix.normalize(posix.join(current.join('/') || '.', target));
      if (posix.isAbsolute(target) || joined === '..' || joined.startsWith('../')) return { found: false, outside: candidate };
      pending = [...joined.split('/').filter((s) => s !== '' && s !== '.'), ...pending];
      current = [];
    }
    const resolved = current.join('/');
    const entry = await this.entry(resolved);
    return entry ? { found: true, rel: resolved, entry } : { found: false };
  }

  private async readListing(dirRel: string): Promise<DirectoryListing | undefined> {
    const dirents = await readdir(this.absolute(dirRel), { withFileTypes: true }).catch(() => undefined);
    if (!dirents) return undefined;
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const budget = Math.max(0, this.maxEntries - this.listed);
    const kept = dirents.slice(0, budget);
    this.listed += kept.length;
    const truncated = kept.length < dirents.length;
    if (truncated) this.limitHit = true;
    const entries = await Promise.all(
      kept.map(async (dirent) => {
        const rel = dirRel === '' ? dirent.name : `${dirRel}/${dirent.name}`;
        // sizes need an lstat; a filesystem that reports no type gets one too
        const kind = kindOf(dirent);
        const entry = kind === 'file' || kind === 'other' ? await this.entry(rel) : { kind, size: 0 };
        if (entry && !this.entries.has(rel)) this.entries.set(rel, entry);
        return entry && { name: dirent.name, ...entry };
      }),
    );
    return { entries: entries.filter((entry) => entry !== undefined), truncated };
  }
}

interface TypedEntry {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

function entryOf(stats: TypedEntry & { size: number }): ContextEntry {
  const kind = kindOf(stats);
  return { kind, size: kind === 'file' ? stats.size : 0 };
}

function kindOf(entry: TypedEntry): EntryKind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  return entry.isSymbolicLink() ? 'symlink' : 'other';
}
