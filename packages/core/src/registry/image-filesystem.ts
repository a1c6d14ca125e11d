import type { IndexedEntry, LayerIndex } from './layer-index';

/**
 * The image's final filesystem from its layers' indexes, lowest first, as overlay applies them:
 * a layer's opaque directories and whiteouts remove lower paths, then its entries replace them.
 */
export function mergeLayers(layers: readonly LayerIndex[]): Map<string, IndexedEntry> {
  const files = new Map<string, IndexedEntry>();
  for (const layer of layers) {
    for (const dir of layer.opaqueDirs) removeUnder(files, dir, false);
    for (const path of layer.whiteouts) removeUnder(files, path, true);
    for (const entry of layer.entries) {
      // a directory entry over a directory keeps what is below it; anything else replaces the tree
      const lower = files.get(entry.path);
      if (lower && !(lower.type === 'dir' && entry.type === 'dir')) removeUnder(files, entry.path, false);
      files.set(entry.path, entry);
    }
  }
  return files;
}

/** The package databases the merged image holds: each from the highest layer that writes it and no layer above deletes. */
export function mergePackageDatabases(layers: readonly LayerIndex[]): Record<string, string> {
  const databases: Record<string, string> = {};
  for (const layer of layers) {
    for (const path of Object.keys(databases)) {
      const gone = layer.whiteouts.some((out) => path === out || path.startsWith(`${out}/`)) || layer.opaqueDirs.some((dir) => path.startsWith(dir === '' ? '' : `${dir}/`));
      if (gone) delete databases[path];
    }
    Object.assign(databases, layer.packageDatabases);
  }
  return databases;
}

/** Regular-file bytes of the merged filesystem: what `du --apparent-size` of the files would count. */
export function regularFileBytes(files: ReadonlyMap<string, IndexedEntry>): number {
  let total = 0;
  for (const entry of files.values()) if (entry.type === 'file') total += entry.size;
  return total;
}

function removeUnder(files: Map<string, IndexedEntry>, path: string, itself: boolean): void {
  if (itself) files.delete(path);
  const prefix = path === '' ? '' : `${path}/`;
  for (const key of files.keys()) if (key.startsWith(prefix) && key !== path) files.delete(key);
}
