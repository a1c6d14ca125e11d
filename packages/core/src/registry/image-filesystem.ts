import type { InstalledPackage } from './installed-packages';
import type { IndexedEntry, LayerIndex } from './layer-index';
import { lowerBound, SortedFiles } from './sorted-files';

/**
 * The image's final filesystem from its layers' indexes, lowest first, as overlay applies them:
 * a layer's opaque directories and whiteouts remove lower paths, then its entries replace them
 * (a directory over a directory keeps what is below it; anything else replaces the whole tree).
 * Each layer is merged into the sorted listing below it in one pass, so no path is hashed.
 */
export function mergeLayers(layers: readonly LayerIndex[]): SortedFiles {
  let files: readonly IndexedEntry[] = [];
  for (const layer of layers) files = mergeLayer(files, layer);
  return new SortedFiles(files);
}

function mergeLayer(lower: readonly IndexedEntry[], layer: LayerIndex): readonly IndexedEntry[] {
  const upper = distinctInPathOrder(layer.entries);
  if (lower.length === 0) return upper;
  const paths = lower.map((entry) => entry.path);
  const removed = new Uint8Array(lower.length);
  const removeBelow = (dir: string) => {
    const [start, end] = dir === '' ? [0, paths.length] : [lowerBound(paths, `${dir}/`), lowerBound(paths, `${dir}0`)];
    removed.fill(1, start, end);
  };
  for (const dir of layer.opaqueDirs) removeBelow(dir);
  for (const path of layer.whiteouts) {
    removeBelow(path);
    const at = lowerBound(paths, path);
    if (paths[at] === path) removed[at] = 1;
  }
  for (const entry of upper) {
    if (entry.type === 'dir') continue;
    const at = lowerBound(paths, entry.path);
    if (paths[at] === entry.path && lower[at].type === 'dir') removeBelow(entry.path);
  }
  const merged: IndexedEntry[] = [];
  let i = 0;
  for (const entry of upper) {
    for (; i < lower.length && paths[i] < entry.path; i++) if (!removed[i]) merged.push(lower[i]);
    if (i < lower.length && paths[i] === entry.path) i++;
    merged.push(entry);
  }
  for (; i < lower.length; i++) if (!removed[i]) merged.push(lower[i]);
  return merged;
}

/**
 * The entries in path order, each path once (indexLayer and the cache keep them so; hand-made
 * layers may not). A tar may hold a path twice: the later member wins, as a stable sort keeps
 * their order. One pass when they are in order already, which is nearly always.
 */
function distinctInPathOrder(entries: readonly IndexedEntry[]): readonly IndexedEntry[] {
  let inOrder = true;
  for (let i = 1; i < entries.length && inOrder; i++) inOrder = entries[i - 1].path < entries[i].path;
  if (inOrder) return entries;
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const distinct: IndexedEntry[] = [];
  for (const entry of sorted) {
    if (distinct.length > 0 && distinct[distinct.length - 1].path === entry.path) distinct[distinct.length - 1] = entry;
    else distinct.push(entry);
  }
  return distinct;
}

/**
 * The contents of the small files the layers kept (package databases, etc/passwd) that are in the
 * merged image: each from the layer whose entry the merge kept, so a file an upper layer deletes
 * or replaces (even with one too large to keep) is not reported with its lower content.
 */
export function keptFileContents(layers: readonly LayerIndex[], files: ReadonlyMap<string, IndexedEntry>): Record<string, string> {
  return keptInImage(layers, files, (layer) => layer.keptFiles);
}

/** The package lists read from binary databases (rpmdb.sqlite) that are in the merged image, by the same rule. */
export function keptPackageLists(layers: readonly LayerIndex[], files: ReadonlyMap<string, IndexedEntry>): Record<string, InstalledPackage[]> {
  return keptInImage(layers, files, (layer) => layer.keptPackages);
}

function keptInImage<T>(layers: readonly LayerIndex[], files: ReadonlyMap<string, IndexedEntry>, keptBy: (layer: LayerIndex) => Readonly<Record<string, T>>): Record<string, T> {
  const contents: Record<string, T> = {};
  for (const layer of layers) {
    for (const [path, content] of Object.entries(keptBy(layer))) {
      const final = files.get(path);
      if (final && layer.entries.includes(final)) contents[path] = content;
    }
  }
  return contents;
}

/**
 * Regular-file bytes of a merged filesystem (its map) or of one layer's entries: what
 * `du --apparent-size` of the files would count.
 */
export function regularFileBytes(files: ReadonlyMap<string, IndexedEntry> | readonly IndexedEntry[]): number {
  let total = 0;
  for (const entry of files.values()) if (entry.type === 'file') total += entry.size;
  return total;
}
