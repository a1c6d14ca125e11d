import type { IndexedEntry, LayerIndex } from './layer-index';

/**
 * The image's final filesystem from its layers' indexes, lowest first, as overlay applies them:
 * a layer's opaque directories and whiteouts remove lower paths, then its entries replace them.
 */
export function mergeLayers(layers: readonly LayerIndex[]): Map<string, IndexedEntry> {
  const tree = new PathTree();
  for (const layer of layers) {
    for (const dir of layer.opaqueDirs) tree.removeBelow(dir);
    for (const path of layer.whiteouts) {
      tree.removeBelow(path);
      tree.remove(path);
    }
    for (const entry of layer.entries) {
      // a directory entry over a directory keeps what is below it; anything else replaces the tree
      if (tree.files.get(entry.path)?.type === 'dir' && entry.type !== 'dir') tree.removeBelow(entry.path);
      tree.set(entry);
    }
  }
  return tree.files;
}

/**
 * The contents of the small files the layers kept (package databases, etc/passwd) that are in the
 * merged image: each from the layer whose entry the merge kept, so a file an upper layer deletes
 * or replaces (even with one too large to keep) is not reported with its lower content.
 */
export function keptFileContents(layers: readonly LayerIndex[], files: ReadonlyMap<string, IndexedEntry>): Record<string, string> {
  const contents: Record<string, string> = {};
  for (const layer of layers) {
    for (const [path, content] of Object.entries(layer.keptFiles)) {
      const final = files.get(path);
      if (final && layer.entries.includes(final)) contents[path] = content;
    }
  }
  return contents;
}

/** Regular-file bytes of the merged filesystem: what `du --apparent-size` of the files would count. */
export function regularFileBytes(files: ReadonlyMap<string, IndexedEntry>): number {
  let total = 0;
  for (const entry of files.values()) if (entry.type === 'file') total += entry.size;
  return total;
}

/**
 * The merged paths with each directory's children, so removing a tree costs its size, not the
 * image's. The children are indexed on the first removal: a one-layer base never needs them.
 */
class PathTree {
  readonly files = new Map<string, IndexedEntry>();
  /** directory path ('' is the root) → the paths directly below it, entries or not */
  private children?: Map<string, Set<string>>;

  set(entry: IndexedEntry): void {
    this.files.set(entry.path, entry);
    if (this.children) addChild(this.children, entry.path);
  }

  remove(path: string): void {
    this.files.delete(path);
    this.children?.get(parentOf(path))?.delete(path);
  }

  /** Everything below `path`, not `path` itself. */
  removeBelow(path: string): void {
    if (!this.children) {
      this.children = new Map();
      for (const key of this.files.keys()) addChild(this.children, key);
    }
    const pending = [path];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      for (const child of this.children.get(next) ?? []) {
        this.files.delete(child);
        pending.push(child);
      }
      this.children.delete(next);
    }
  }
}

/** Records `path` under its parent, and each missing ancestor under its own. */
function addChild(children: Map<string, Set<string>>, path: string): void {
  for (let child = path; child !== ''; ) {
    const parent = parentOf(child);
    let siblings = children.get(parent);
    if (!siblings) children.set(parent, (siblings = new Set()));
    if (siblings.has(child)) return;
    siblings.add(child);
    child = parent;
  }
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
