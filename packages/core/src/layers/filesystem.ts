import { globReaches, globToRegExp } from './glob';
import { isUnder } from './paths';
import type { StoredEntry } from './types';

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

/**
 * The files a stage's image shows at some point of the build, as far as the model knows them.
 * Base-image content is not known: `freshDirs` are the directories known to hold nothing from it.
 */
export class ImageFilesystem {
  private readonly nodes = new Map<string, FileNode>();
  /** directories created by `mkdir` without -p (or COPY from scratch): no base-image files below */
  private readonly freshDirs = new Set<string>();
  private readonly knownDirs = new Set<string>();

  clone(): ImageFilesystem {
    const copy = new ImageFilesystem();
    for (const [key, node] of this.nodes) copy.nodes.set(key, node);
    for (const dir of this.freshDirs) copy.freshDirs.add(dir);
    for (const dir of this.knownDirs) copy.knownDirs.add(dir);
    return copy;
  }

  /** The regular file at `path` (trees are found with `under` and `matching`). */
  get(path: string): FileNode | undefined {
    return this.nodes.get(path);
  }

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  set(node: FileNode): void {
    this.nodes.set(node.key, node);
  }

  remove(key: string): void {
    this.nodes.delete(key);
  }

  all(): IterableIterator<FileNode> {
    return this.nodes.values();
  }

  /** Nodes at `path` or below it. */
  under(path: string): FileNode[] {
    return [...this.nodes.values()].filter((node) => isUnder(node.path, path));
  }

  /** Nodes a glob names: matching paths, their contents, and trees inside the glob's base directory. */
  matching(pattern: string): FileNode[] {
    const regex = globToRegExp(pattern);
    return [...this.nodes.values()].filter((node) => globReaches(pattern, node.path, node.entry.tree, regex));
  }

  markDirectory(path: string, fresh: boolean): void {
    this.knownDirs.add(path);
    if (fresh) this.freshDirs.add(path);
  }

  forgetDirectory(path: string): void {
    for (const dir of [...this.knownDirs]) if (isUnder(dir, path)) this.knownDirs.delete(dir);
    for (const dir of [...this.freshDirs]) if (isUnder(dir, path)) this.freshDirs.delete(dir);
  }

  /** True when the model knows no base-image file can be at or below `path`. */
  isFresh(path: string): boolean {
    for (const dir of this.freshDirs) if (isUnder(path, dir)) return true;
    return false;
  }

  isDirectory(path: string): boolean {
    if (this.knownDirs.has(path)) return true;
    for (const node of this.nodes.values()) if (node.path !== path && isUnder(node.path, path)) return true;
    return false;
  }
}
