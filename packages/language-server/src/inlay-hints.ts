import { bytesCell, contains, type Bytes, type Position } from '@dflint/core';
import type { InlayHint, Range } from 'vscode-languageserver';
import type { LayerHint } from './analysis-types';

/** One hint after each layer-creating instruction in `range`: `+3.0 MiB · 2.0 MiB wasted`. */
export function inlayHints(layers: readonly LayerHint[], range: Range): InlayHint[] {
  return layers
    .filter((layer) => contains(range, layer.position))
    .map((layer) => {
      const hint: InlayHint = { position: layer.position, label: layer.label, paddingLeft: true };
      if (layer.tooltip !== undefined) hint.tooltip = layer.tooltip;
      return hint;
    });
}

/** A layer's hint, from its figures and notes (made in the analysis worker). */
export function layerHint(position: Position, added: Bytes, wasted: Bytes, notes: readonly string[]): LayerHint {
  const hint: LayerHint = { position, label: hintLabel(added, wasted) };
  if (notes.length > 0) hint.tooltip = notes.join('\n');
  return hint;
}

/** `+?` when the layer's size is unknown, `≥` for a lower bound; waste only when there is some. */
export function hintLabel(added: Bytes, wasted: Bytes): string {
  const parts = [`+${bytesCell(added)}`];
  if (wasted.estimate !== 'unknown' && wasted.value > 0) parts.push(`${bytesCell(wasted)} wasted`);
  return parts.join(' · ');
}
