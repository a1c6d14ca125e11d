import { bytesCell, contains, type Bytes } from '@dflint/core';
import type { InlayHint, Range } from 'vscode-languageserver';
import type { LayerFigures } from './analysis-types';

/** One hint after each layer-creating instruction in `range`: `+3.0 MiB · 2.0 MiB wasted`. */
export function inlayHints(layers: readonly LayerFigures[], range: Range): InlayHint[] {
  return layers
    .filter((layer) => contains(range, layer.position))
    .map((layer) => {
      const hint: InlayHint = { position: layer.position, label: hintLabel(layer.added, layer.wasted), paddingLeft: true };
      if (layer.notes.length > 0) hint.tooltip = layer.notes.join('\n');
      return hint;
    });
}

/** `+?` when the layer's size is unknown, `≥` for a lower bound; waste only when there is some. */
export function hintLabel(added: Bytes, wasted: Bytes): string {
  const parts = [`+${bytesCell(added)}`];
  if (wasted.estimate !== 'unknown' && wasted.value > 0) parts.push(`${bytesCell(wasted)} wasted`);
  return parts.join(' · ');
}
