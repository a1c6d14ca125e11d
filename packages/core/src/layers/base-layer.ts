// The resolved base image under a stage's filesystem: its files are looked up in the base's index
// when asked for, never copied into the filesystem's own maps, so seeding a stage costs nothing.
import type { Range } from '../parse/types';
import type { IndexedEntry } from '../registry/layer-index';
import type { SortedFiles } from '../registry/sorted-files';
import { exact } from './bytes';
import type { BaseFiles, FileNode } from './filesystem';
import { PathIndex } from './path-index';
import { isUnder, resolveImagePath } from './paths';
import type { Effect } from './types';

/** symlinks followed in one path before giving up (Linux's limit) */
const MAX_SYMLINK_HOPS = 40;

/** One base file in the sorted listing, with its absolute path made once (so lookups by it hash once). */
interface ListedFile {
  path: string;
  entry: IndexedEntry;
}

/**
 * A base image's files (paths relative to the root, sorted as its index keeps them), shared by
 * every stage and analysis that uses the same index; a directory's contents are a range of them.
 */
class BaseListing {
  /** `listed[i]`, the record of the i-th path, made on first use (null: not a regular file) */
  private readonly listed: Array<ListedFile | null | undefined>;
  readonly hasSymlinks: boolean;

  constructor(private readonly files: SortedFiles) {
    this.listed = new Array<ListedFile | null | undefined>(files.size);
    let symlinks = false;
    for (const entry of files.values()) if (entry.type === 'symlink') { symlinks = true; break; }
    this.hasSymlinks = symlinks;
  }

  /** The entry at an absolute path; `/` is always a directory. */
  entry(path: string): IndexedEntry | undefined {
    return path === '/' ? ROOT : this.files.get(path.slice(1));
  }

  /** The regular files at or below `dir` (absolute). */
  filesUnder(dir: string): ListedFile[] {
    const found: ListedFile[] = [];
    const at = this.entry(dir);
    if (dir !== '/' && at?.type === 'file') found.push({ path: dir, entry: at });
    const [start, end] = this.rangeBelow(dir);
    for (let i = start; i < end; i++) {
      let file = this.listed[i];
      if (file === undefined) {
        const entry = this.files.entryAt(i);
        file = this.listed[i] = entry.type === 'file' ? { path: `/${entry.path}`, entry } : null;
      }
      if (file) found.push(file);
    }
    return found;
  }

  hasBelow(dir: string): boolean {
    const [start, end] = this.rangeBelow(dir);
    return end > start;
  }

  /** Where the keys below `dir` lie in the sorted keys: `dir/` ≤ key < `dir0` (`0` follows `/`). */
  private rangeBelow(dir: string): [number, number] {
    if (dir === '/') return [0, this.files.size];
    return [this.files.indexOf(`${dir.slice(1)}/`), this.files.indexOf(`${dir.slice(1)}0`)];
  }
}

const ROOT: IndexedEntry = { path: '', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0 };
const listings = new WeakMap<SortedFiles, BaseListing>();

/**
 * One stage chain's view of its base image: which base files its layers have hidden (deleted,
 * replaced or copied up) and which base directories they deleted. Base files are FileNodes with
 * `entry.reason` `base` and their exact size.
 */
export class BaseLayer implements BaseFiles {
  private readonly listing: BaseListing;
  private readonly hidden = new Set<string>();
  private readonly goneDirs = new PathIndex();
  private readonly nodes = new Map<IndexedEntry, FileNode>();
  private readonly origin: Effect;

  constructor(files: SortedFiles, from: Range) {
    let listing = listings.get(files);
    if (!listing) listings.set(files, (listing = new BaseListing(files)));
    this.listing = listing;
    this.origin = { kind: 'write', command: 'FROM', range: from, path: '/', bytes: exact(0) };
  }

  /** The base file at `path`, unless a layer above hid it. */
  fileAt(path: string): FileNode | undefined {
    if (this.hidden.has(path)) return undefined;
    const entry = this.listing.entry(path);
    return entry?.type === 'file' && !this.isGone(path) ? this.node({ path, entry }) : undefined;
  }

  /** The base files at or below `dir` that no layer above hid. */
  filesUnder(dir: string): FileNode[] {
    if (this.isGone(dir)) return [];
    const nodes: FileNode[] = [];
    // a deleted directory's files were each hidden as they were deleted: no need to ask isGone of each
    for (const file of this.listing.filesUnder(dir)) if (!this.hidden.has(file.path)) nodes.push(this.node(file));
    return nodes;
  }

  /** A layer above hides the base file at `path` (a whiteout, or a file of its own there). */
  hide(path: string): void {
    // any path may be named: only base files' paths are ever looked up here
    this.hidden.add(path);
  }

  /** A layer above deleted `path` as a whole: base directories and links at or below it are gone. */
  forget(path: string): void {
    this.goneDirs.add(path, path);
  }

  isDirectory(path: string): boolean {
    if (this.isGone(path)) return false;
    const entry = this.listing.entry(path);
    return entry?.type === 'dir' || (entry === undefined && this.listing.hasBelow(path));
  }

  /**
   * `path` with the base's directory symlinks resolved (`/bin/sh` → `/usr/bin/sh` on a
   * merged-/usr Debian); the last segment too when `followLast`. Links to files, links a layer
   * above deleted (or `deleted`, paths the current step deleted so far), and paths with too many
   * hops are left as they are.
   */
  realPath(path: string, followLast: boolean, deleted: readonly string[] = []): string {
    return this.listing.hasSymlinks ? this.resolve(path, followLast, { hops: 0, deleted }) : path;
  }

  private resolve(path: string, followLast: boolean, budget: { hops: number; deleted: readonly string[] }): string {
    let segments = path.split('/').filter(Boolean);
    let resolved = '';
    for (let i = 0; i < segments.length; i++) {
      const candidate = `${resolved}/${segments[i]}`;
      const entry = i < segments.length - 1 || followLast ? this.listing.entry(candidate) : undefined;
      const live = entry?.type === 'symlink' && !this.isGone(candidate) && !budget.deleted.some((dir) => isUnder(candidate, dir));
      if (live && entry.link && budget.hops < MAX_SYMLINK_HOPS) {
        budget.hops++;
        const target = this.resolve(resolveImagePath(resolved || '/', entry.link), true, budget);
        if (this.isDirectory(target)) {
          segments = [...target.split('/').filter(Boolean), ...segments.slice(i + 1)];
          resolved = '';
          i = -1;
          continue;
        }
      }
      resolved = candidate;
    }
    return resolved || '/';
  }

  private isGone(path: string): boolean {
    return this.goneDirs.size > 0 && this.goneDirs.hasAtOrAbove(path);
  }

  private node({ path, entry }: ListedFile): FileNode {
    let node = this.nodes.get(entry);
    if (!node) {
      node = { key: path, path, entry: { path, bytes: exact(entry.size), tree: false, reason: 'base', effect: this.origin } };
      this.nodes.set(entry, node);
    }
    return node;
  }
}
