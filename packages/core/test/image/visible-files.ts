/** A regular file visible in the union filesystem, and the layer that stores it. */
export interface VisibleFile {
  size: number;
  layer: number;
}

interface Node {
  file?: VisibleFile;
  children?: Map<string, Node>;
}

/**
 * The regular files visible after stacking layers, as a path tree so that hiding a directory
 * costs the size of that directory, not of the whole image. Every change returns the files it hid.
 */
export class VisibleFiles {
  private readonly root: Node = {};

  /** A regular file at `path` replaces whatever was there (file or directory tree). */
  addFile(path: string, file: VisibleFile): VisibleFile[] {
    const hidden: VisibleFile[] = [];
    const node = this.descend(path, hidden);
    takeSubtree(node, hidden);
    node.file = file;
    return hidden;
  }

  /** A directory merges with a lower directory, but hides a lower file of the same name. */
  addDirectory(path: string): VisibleFile[] {
    const hidden: VisibleFile[] = [];
    const node = this.descend(path, hidden);
    if (node.file) hidden.push(node.file);
    node.file = undefined;
    return hidden;
  }

  /** A symlink, hard link, device or fifo replaces whatever was there and holds no file bytes. */
  addOther(path: string): VisibleFile[] {
    const hidden: VisibleFile[] = [];
    takeSubtree(this.descend(path, hidden), hidden);
    return hidden;
  }

  /** A whiteout: hides `path` and everything under it. */
  hide(path: string): VisibleFile[] {
    const hidden: VisibleFile[] = [];
    const node = this.find(path);
    if (node) takeSubtree(node, hidden);
    return hidden;
  }

  /** An opaque whiteout: hides everything under `dir` ('' is the root), not `dir` itself. */
  hideChildren(dir: string): VisibleFile[] {
    const hidden: VisibleFile[] = [];
    const node = this.find(dir);
    for (const child of node?.children?.values() ?? []) takeSubtree(child, hidden);
    if (node) node.children = undefined;
    return hidden;
  }

  *files(): Generator<VisibleFile> {
    const stack: Node[] = [this.root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.file) yield node.file;
      if (node.children) stack.push(...node.children.values());
    }
  }

  private find(path: string): Node | undefined {
    let node: Node | undefined = this.root;
    for (const part of splitPath(path)) node = node?.children?.get(part);
    return node;
  }

  /** Walks to `path`, creating directories; a file standing where a directory must be is hidden. */
  private descend(path: string, hidden: VisibleFile[]): Node {
    let node = this.root;
    for (const part of splitPath(path)) {
      if (node.file) hidden.push(node.file);
      node.file = undefined;
      node.children ??= new Map();
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = {}));
      node = child;
    }
    return node;
  }
}

function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('/');
}

/** Moves every file at or under `node` into `out` and empties the node. */
function takeSubtree(node: Node, out: VisibleFile[]): void {
  if (node.file) out.push(node.file);
  for (const child of node.children?.values() ?? []) takeSubtree(child, out);
  node.file = undefined;
  node.children = undefined;
}
