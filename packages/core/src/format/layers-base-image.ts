import { sourcesOf } from '../layers/bytes';
import type { BaseImageSummary, Bytes, StageLayers } from '../layers/types';

/** The registry image the stage itself starts from; undefined for `FROM scratch` and `FROM <stage>` (that stage's base). */
export function ownBaseImage(stage: StageLayers): BaseImageSummary | undefined {
  return stage.baseStage === undefined ? stage.baseImage : undefined;
}

/** hex digits shown, as `docker images` shows image IDs */
const DIGEST_HEX_SHOWN = 12;

/** `sha256:3f2a1b2c3d4e…`: enough of a digest to tell images apart */
export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.includes(':') ? digest.split(':', 2) : ['', digest];
  const shown = hex.length > DIGEST_HEX_SHOWN ? `${hex.slice(0, DIGEST_HEX_SHOWN)}…` : hex;
  return algorithm ? `${algorithm}:${shown}` : shown;
}

/** What the FROM row adds to its instruction for a resolved base: `· 1 layer, sha256:3f2a1b2c3d4e…`. */
export function baseImageLabel(base: BaseImageSummary): string | undefined {
  if (!base.resolved) return undefined;
  const parts: string[] = [];
  if (base.layerCount !== undefined) parts.push(`${base.layerCount} ${base.layerCount === 1 ? 'layer' : 'layers'}`);
  if (base.digest) parts.push(shortDigest(base.digest));
  return parts.length > 0 ? `· ${parts.join(', ')}` : undefined;
}

const BASE_FILES_UNKNOWN = 'figures on base files are unknown';

/** the mark a note on why figures are not exact starts with: the kind of the weakest figure it is about */
const NOTE_MARKS = { estimated: '≈', 'lower-bound': '≥', unknown: '?' } as const;
type NotedEstimate = keyof typeof NOTE_MARKS;
const WEAKNESS: Record<NotedEstimate, number> = { estimated: 0, 'lower-bound': 1, unknown: 2 };

/**
 * Why the stage's figures are unknown (`?`), only a bound (`≥`) or estimated (`≈`), once per reason
 * however many figures share it (`? base image not resolved (offline): figures on base files are
 * unknown`), then once per package index estimated figures come from (`≈ estimated from Debian
 * bookworm main amd64 Packages, 2026-12-05`).
 */
export function reasonNotes(stage: StageLayers): string[] {
  const kindFor = new Map<string, NotedEstimate>();
  const sources = new Set<string>();
  const note = (figure: Bytes | undefined) => {
    if (!figure || figure.estimate === 'exact') return;
    for (const source of sourcesOf(figure)) sources.add(source);
    if (figure.reason === undefined) return;
    const known = kindFor.get(figure.reason);
    if (known === undefined || WEAKNESS[figure.estimate] > WEAKNESS[known]) kindFor.set(figure.reason, figure.estimate);
  };
  note(stage.baseImage?.bytes);
  note(stage.totals.addedBytes);
  note(stage.totals.wastedBytes);
  note(stage.totals.imageBytes);
  for (const step of stage.steps) {
    note(step.addedBytes);
    note(step.wastedBytes);
    for (const entry of step.stored) note(entry.bytes);
  }
  for (const hidden of stage.shadowedBase) note(hidden.bytes);
  const base = stage.baseImage;
  const baseReason = base && !base.resolved ? base.bytes.reason : undefined;
  return [
    ...[...kindFor].map(([reason, kind]) => `${NOTE_MARKS[kind]} ${reason}${reason === baseReason ? `: ${BASE_FILES_UNKNOWN}` : ''}`),
    ...[...sources].map((source) => `${NOTE_MARKS.estimated} estimated from ${source}`),
  ];
}
