import { globBase, globReaches, globTarget, globToRegExp } from './glob';
import { PathIndex } from './path-index';
import type { Effect, StoredEntry } from './types';

/**
 * A regular file, or a tree of unknown files, visible in the image and the layer entry storing it.
 * A file's key is its path; each tree has a key of its own, because a later unknown write under
 * the same directory adds to it rather than replacing it.
 */
export interface FileNode {
  key: string;
  path: string;
  entry: StoredEntry;
}

let treeCount = 0;

/** The key for a node: its path for a file, a fresh one for a tree. */
export function nodeKey(path: string, tree: boolean): string {
  return tree ? `${path}\u0000tree${++treeCount}` : path;
}

/** A directory commands wrote files into that the model cannot see (make, uv sync). */
export interface UnseenDir {
  dir: string;
  /** the last command that wrote there, for notes */
  latest: Effect;
  /** the writers whose layers still hold the only copy: a later copy-up, move or delete hides them */
  unhidden: Effect[];
}

/** A resolved base image under the filesystem, as base-layer.ts keeps it. */
export interface BaseFiles {
  /** the base file at `path`, unless a layer above hid it */
  fileAt(path: string): FileNode | undefined;
  /** the base files at or below `dir` no layer above hid */
  filesUnder(dir: string): FileNode[];
  /** a layer above hides the base file at `path` */
  hide(path: string): void;
  /** a layer above deleted `path` as a whole */
  forget(path: string): void;
  isDirectory(path: string): boolean;
  realPath(path: string, followLast: boolean, deleted?: readonly string[]): string;
}

/**
 * The files a stage's image shows at some point of the build, as far as the model knows them.
 * Over a resolved base image (`base`), its files show through where no layer hid them, and every
 * path is known. Otherwise base-image content is not known: `freshDirs` are the directories known
 * to hold nothing from it. Lookups by directory go through path indexes; what they return keeps
 * the order the nodes were first set in, base files first.
 */
export class ImageFilesystem {
  constructor(private readonly base?: BaseFiles) {}

  private readonly nodes = new Map<string, FileNode>();
  private readonly nodePaths = new PathIndex();
  /** each key's place in `nodes`' iteration order */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  /** directories created by `mkdir` without -p (or COPY from scratch): no base-image files below */
  private readonly freshDirs = new PathIndex();
  private readonly knownDirs = new PathIndex();
  /** directories commands wrote files into that the model cannot see (make, uv sync), keyed by themselves */
  private readonly unseenDirs = new PathIndex();
  private readonly unseenAt = new Map<string, UnseenDir>();

  /** The regular file at `path` (trees are found with `under` and `matching`). */
  get(path: string): FileNode | undefined {
    return this.nodes.get(path) ?? this.base?.fileAt(path);
  }

  has(key: string): boolean {
    return this.nodes.has(key) || this.base?.fileAt(key) !== undefined;
  }

  set(node: FileNode): void {
    if (!this.order.has(node.key)) this.order.set(node.key, this.nextOrder++);
    this.nodes.set(node.key, node);
    this.nodePaths.add(node.key, node.path);
    // a file of its own over a base file hides it for good (a tree of unknown files hides nothing)
    if (node.key === node.path) this.base?.hide(node.path);
  }

  remove(key: string): void {
    this.nodes.delete(key);
    this.order.delete(key);
    this.nodePaths.delete(key);
    this.base?.hide(key);
  }

  /** Nodes at exactly `path`: the file there and trees rooted there. */
  at(path: string): FileNode[] {
    const own = this.inOrder([...this.nodePaths.keysAt(path)]);
    const base = this.nodes.has(path) ? undefined : this.base?.fileAt(path);
    return base ? [base, ...own] : own;
  }

  /** Nodes at `path` or below it. */
  under(path: string): FileNode[] {
    const own = this.inOrder(this.nodePaths.keysUnder(path));
    if (!this.base) return own;
    // a base file with a node of its own at its path was hidden when the node was set
    return [...this.base.filesUnder(path), ...own];
  }

  /** Nodes a glob names: matching paths, their contents, and trees inside the glob's base directory. */
  matching(pattern: string): FileNode[] {
    const regex = globToRegExp(pattern);
    // everything a glob reaches lies under its base directory
    const candidates = this.under(pattern.startsWith('/') ? globBase(pattern) : '/');
    return candidates.filter((node) => globReaches(pattern, node.path, globTarget(node.entry), regex));
  }

  /** `path` with the base image's directory symlinks resolved (see BaseFiles.realPath); as it is without a resolved base. */
  realPath(path: string, followLast: boolean, deleted?: readonly string[]): string {
    return this.base ? this.base.realPath(path, followLast, deleted) : path;
  }

  markDirectory(path: string, fresh: boolean): void {
    this.knownDirs.add(path, path);
    if (fresh) this.freshDirs.add(path, path);
  }

  forgetDirectory(path: string): void {
    this.base?.forget(path);
    for (const dir of this.knownDirs.keysUnder(path)) this.knownDirs.delete(dir);
    for (const dir of this.freshDirs.keysUnder(path)) this.freshDirs.delete(dir);
    this.forgetUnseenWrites(path);
  }

  /** `path` was deleted: the unseen files at or under it are gone. */
  forgetUnseenWrites(path: string): void {
    for (const dir of this.unseenDirs.keysUnder(path)) {
      this.unseenDirs.delete(dir);
      this.unseenAt.delete(dir);
    }
  }

  markUnseenWrite(dir: string, writer: Effect): void {
    const known = this.unseenAt.get(dir);
    if (known) {
      known.latest = writer;
      known.unhidden.push(writer);
      return;
    }
    this.unseenAt.set(dir, { dir, latest: writer, unhidden: [writer] });
    this.unseenDirs.add(dir, dir);
  }

  /**
   * The directories unseen writes may have put files at or under `path` from: `path`, those below
   * it, and those above it — but not `/`, where most installs run, which would taint every path.
   */
  unseenDirsAt(path: string): UnseenDir[] {
    const dirs = [...this.unseenDirs.keysUnder(path), ...this.unseenDirs.keysAbove(path).filter((dir) => dir !== '/')];
    return dirs.map((dir) => this.unseenAt.get(dir)!);
  }

  /** True when the model knows no base-image file can be at or below `path`. */
  isFresh(path: string): boolean {
    // a resolved base image is known file by file: nothing unknown lies anywhere
    return this.base !== undefined || this.freshDirs.hasAtOrAbove(path);
  }

  isDirectory(path: string): boolean {
    return this.knownDirs.has(path) || this.nodePaths.hasBelow(path) || (this.base?.isDirectory(path) ?? false);
  }

  private inOrder(keys: string[]): FileNode[] {
    // past a quarter of the nodes, one pass in order beats sorting
    if (keys.length > this.nodes.size / 4) {
      const wanted = new Set(keys);
      return [...this.nodes.values()].filter((node) => wanted.has(node.key));
    }
    return keys.sort((a, b) => this.order.get(a)! - this.order.get(b)!).map((key) => this.nodes.get(key)!);
  }
}
