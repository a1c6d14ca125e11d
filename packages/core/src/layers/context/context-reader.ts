import type { Dirent } from 'node:fs';
import { asyncFs } from '../../async-fs';
import * as path from 'node:path';
import * as posix from 'node:path/posix';

/** `unreadable`: it exists but cannot be looked at (`fault` says why); `other`: a FIFO, socket or device */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other' | 'unreadable';

export interface ContextEntry {
  kind: EntryKind;
  /** regular files only; 0 otherwise */
  size: number;
  /** why an `unreadable` entry could not be read: `permission denied`, … */
  fault?: string;
}

export interface DirectoryListing {
  entries: Array<{ name: string } & ContextEntry>;
  /** the entry budget ran out while listing: some entries are missing */
  truncated: boolean;
  /** the directory exists but could not be listed: why (no entries then) */
  fault?: string;
}

/** Not found: `outside` names a symlink leaving the context; `fault` says why a path that exists could not be followed. */
export type Resolution =
  | { found: true; rel: string; entry: ContextEntry }
  | { found: false; outside?: string; fault?: string };

/** What an fs error says about a path: undefined when it is simply not there. */
export function faultOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symlink loop';
  return `cannot be read (${code ?? String(error)})`;
}

const MAX_SYMLINK_HOPS = 40;

/** What walking, wildcard matching and symlink resolution need from the context directory. */
export interface ContextLookup {
  absolute(rel: string): string;
  entry(rel: string): Promise<ContextEntry | undefined>;
  list(dirRel: string): Promise<DirectoryListing | undefined>;
  resolve(rel: string): Promise<Resolution>;
}

/**
 * The context directory, read lazily and at most once per path, never outside the root. Paths
 * are relative to the root, POSIX, `''` for the root itself. Listing stops for good after
 * `maxEntries` entries so a huge context cannot hang the run. Kept for as long as the context
 * is taken to be unchanged: every document analysed against it shares what was read.
 */
export class ContextReader implements ContextLookup {
  private readonly entries = new Map<string, Promise<ContextEntry | undefined>>();
  private readonly listings = new Map<string, Promise<DirectoryListing | undefined>>();
  private readonly links = new Map<string, Promise<string | undefined>>();
  private listed = 0;
  private reads = 0;

  constructor(
    readonly root: string,
    private readonly maxEntries: number,
  ) {}

  /** lstat, readdir and readlink calls made so far */
  get diskReads(): number {
    return this.reads;
  }

  absolute(rel: string): string {
    return rel === '' ? this.root : path.join(this.root, ...rel.split('/'));
  }

  entry(rel: string): Promise<ContextEntry | undefined> {
    return memo(this.entries, rel, async () => {
      this.reads++;
      try {
        return entryOf(await asyncFs.lstat(this.absolute(rel)));
      } catch (error) {
        const fault = faultOf(error);
        return fault === undefined ? undefined : { kind: 'unreadable', size: 0, fault };
      }
    });
  }

  list(dirRel: string): Promise<DirectoryListing | undefined> {
    return memo(this.listings, dirRel, () => this.readListing(dirRel));
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
      if (entry.fault !== undefined) return { found: false, fault: `${candidate}: ${entry.fault}` };
      if (entry.kind !== 'symlink') {
        current.push(segment);
        continue;
      }
      if (++hops > MAX_SYMLINK_HOPS) return { found: false, fault: `${rel}: symlink loop` };
      const target = await this.linkTarget(candidate);
      if (target === undefined) return { found: false, fault: `${candidate}: the symlink cannot be read` };
      const joined = posix.normalize(posix.join(current.join('/') || '.', target));
      if (posix.isAbsolute(target) || joined === '..' || joined.startsWith('../')) return { found: false, outside: candidate };
      pending = [...joined.split('/').filter((s) => s !== '' && s !== '.'), ...pending];
      current = [];
    }
    const resolved = current.join('/');
    const entry = await this.entry(resolved);
    if (entry?.fault !== undefined) return { found: false, fault: `${resolved}: ${entry.fault}` };
    return entry ? { found: true, rel: resolved, entry } : { found: false };
  }

  private linkTarget(rel: string): Promise<string | undefined> {
    return memo(this.links, rel, () => {
      this.reads++;
      return asyncFs.readlink(this.absolute(rel)).catch(() => undefined);
    });
  }

  private async readListing(dirRel: string): Promise<DirectoryListing | undefined> {
    this.reads++;
    let dirents: Dirent[];
    try {
      dirents = await asyncFs.readdir(this.absolute(dirRel), { withFileTypes: true });
    } catch (error) {
      const fault = faultOf(error);
      return fault === undefined ? undefined : { entries: [], truncated: false, fault };
    }
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const budget = Math.max(0, this.maxEntries - this.listed);
    const kept = dirents.slice(0, budget);
    this.listed += kept.length;
    const truncated = kept.length < dirents.length;
    const entries = await Promise.all(
      kept.map(async (dirent) => {
        const rel = dirRel === '' ? dirent.name : `${dirRel}/${dirent.name}`;
        // sizes need an lstat; a filesystem that reports no type gets one too
        const kind = kindOf(dirent);
        if (kind === 'file' || kind === 'other') return this.entry(rel).then((entry) => entry && { name: dirent.name, ...entry });
        const entry: ContextEntry = { kind, size: 0 };
        if (!this.entries.has(rel)) this.entries.set(rel, Promise.resolve(entry));
        return { name: dirent.name, ...entry };
      }),
    );
    return { entries: entries.filter((entry) => entry !== undefined), truncated };
  }
}

/** `read(key)` once per key; later calls (also while the first is still reading) share its answer. */
export function memo<Value>(answers: Map<string, Promise<Value>>, key: string, read: () => Promise<Value>): Promise<Value> {
  let answer = answers.get(key);
  if (!answer) {
    answer = read();
    answers.set(key, answer);
  }
  return answer;
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
