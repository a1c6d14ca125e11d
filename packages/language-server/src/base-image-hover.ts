import { formatByteCount } from '@dflint/core';
import type { BaseImageFigure } from './analysis-types';

const SHORT_DIGEST = 'sha256:'.length + 12;

/**
 * What a FROM starts from, in Markdown: `**FROM debian:bookworm** — 74.8 MiB in 1 layer (29.0 MiB
 * compressed) · linux/amd64 · sha256:3f2a…`, the size as `dflint layers` gives it (what its layers store).
 */
export function describeBaseImage(figure: BaseImageFigure): string {
  const title = `**FROM ${figure.written}**`;
  if (figure.kind === 'scratch') return `${title} — an empty filesystem; nothing to download`;
  if (figure.kind === 'stage') {
    const stage = figure.baseStage!;
    return `${title} — builds on stage ${stage.index}${stage.name ? ` (${stage.name})` : ''} at line ${stage.line + 1}: its files and environment; nothing to download`;
  }
  const image = figure.resolved;
  if (!image) return `${title} — base image not resolved (${figure.reason})`;
  const layers = `${image.layerCount} layer${image.layerCount === 1 ? '' : 's'}`;
  const digest = image.digest.length > SHORT_DIGEST ? `${image.digest.slice(0, SHORT_DIGEST)}…` : image.digest;
  const summary = `${formatByteCount(image.storedBytes)} in ${layers} (${formatByteCount(image.compressedBytes)} compressed) · ${image.platform} · ${digest}`;
  const hidden = image.fileBytes < image.storedBytes ? `\n\n${formatByteCount(image.fileBytes)} of it in its final filesystem: upper layers hide the rest` : '';
  return `${title} — ${summary}${hidden}\n\n\`${image.reference.replace(/@sha256:[0-9a-f]+$/, '')}@${image.digest}\``;
}
