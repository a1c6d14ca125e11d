import { parseWhiteout } from './archive-paths';
import type { DockerArchive, MeasuredWaste } from './docker-archive';
import { VisibleFiles, type VisibleFile } from './visible-files';

/**
 * Wasted bytes as DESIGN.md defines them ("Wasted bytes, defined"); the first `baseLayers` layers
 * belong to the base image. Only regular-file bytes count. Within a layer its whiteouts apply first
 * (they refer to lower layers), then its entries in tar order.
 */
export function measureWaste(archive: DockerArchive, baseLayers: number): MeasuredWaste {
  const layerHistory = archive.history.filter((step) => !step.emptyLayer);
  const union = new VisibleFiles();
  let shadowedBase = 0;
  const hid = (files: VisibleFile[]): void => {
    for (const file of files) if (file.layer < baseLayers) shadowedBase += file.size;
  };

  const layers = archive.layers.map((layer, index) => {
    const entries = layer.entries.filter((entry) => entry.path !== '');
    for (const { path } of entries) {
      const whiteout = parseWhiteout(path);
      if (whiteout?.kind === 'opaque') hid(union.hideChildren(whiteout.dir));
      else if (whiteout) hid(union.hide(whiteout.target));
    }
    let fileBytes = 0;
    for (const entry of entries) {
      if (parseWhiteout(entry.path)) continue;
      if (entry.type === 'file') {
        hid(union.addFile(entry.path, { size: entry.size, layer: index }));
        fileBytes += entry.size;
      } else if (entry.type === 'dir') {
        hid(union.addDirectory(entry.path));
      } else {
        hid(union.addOther(entry.path));
      }
    }
    return { layer: index, createdBy: layerHistory[index]?.createdBy ?? '', fileBytes };
  });

  const stored = sum(layers.filter((row) => row.layer >= baseLayers).map((row) => row.fileBytes));
  const visible = sum([...union.files()].filter((file) => file.layer >= baseLayers).map((file) => file.size));
  return { layers, stored, visible, shadowedBase, wasted: stored - visible + shadowedBase };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
