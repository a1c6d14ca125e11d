import {
  comparePositions,
  describeBytes,
  joinWords,
  lineOf,
  rangeKey,
  resolveImagePath,
  shippedStages,
  sumBytes,
  UNKNOWN,
  type Bytes,
  type DockerfileModel,
  type Effect,
  type ExtractEffect,
  type LayerModel,
  type Range,
  type RelatedLocation,
  type StageLayers,
  type StoredEntry,
} from '@dflint/core';
import { posix } from 'node:path';

// What the layer-bloat rules share: reading hidden entries off the model, and wording them.

export type HideHow = NonNullable<StoredEntry['shadowedBy']>['how'];

/** A stored entry and the position of the step that stored it in its stage. */
export interface PlacedEntry {
  entry: StoredEntry;
  step: number;
}

/** Entries that one later command hides. */
export interface HidingGroup {
  effect: Effect;
  how: HideHow;
  hidden: PlacedEntry[];
  bytes: Bytes;
}

/**
 * The step that hides the entry, when it really does: a later write into a directory of unknown
 * content (an install, a COPY without a context) does not replace what was there.
 */
export function hiderOf(entry: StoredEntry): StoredEntry['shadowedBy'] {
  const hider = entry.shadowedBy;
  return hider && !(entry.tree && hider.how === 'overwrite') ? hider : undefined;
}

/** Every entry the stage's own steps store, with the step that stored it. */
export function storedEntries(stage: StageLayers): PlacedEntry[] {
  return stage.steps.flatMap((step, index) => step.stored.map((entry) => ({ entry, step: index })));
}

/**
 * Entries a later step of the same stage hides, grouped by the command that hides them, in
 * document order. Entries without a real path (writes the model could not place) are left out,
 * and so are groups that hide only empty files.
 */
export function hidingGroups(stage: StageLayers, accept: (placed: PlacedEntry) => boolean): HidingGroup[] {
  const groups = new Map<string, HidingGroup>();
  for (const placed of storedEntries(stage)) {
    const hider = hiderOf(placed.entry);
    if (!hider || hider.step <= placed.step || !placed.entry.path.startsWith('/') || !accept(placed)) continue;
    const key = `${hider.step}:${rangeKey(hider.effect.range)}:${hider.effect.command}:${hider.how}`;
    const group = groups.get(key) ?? { effect: hider.effect, how: hider.how, hidden: [], bytes: sumBytes([]) };
    group.hidden.push(placed);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => comparePositions(a.effect.range.start, b.effect.range.start));
  for (const group of sorted) group.bytes = sumBytes(group.hidden.map(({ entry }) => entry.bytes));
  // hiding empty files wastes nothing
  return sorted.filter(({ bytes }) => bytes.estimate !== 'exact' || bytes.value > 0);
}

/** `3.0 MiB`, `at least 3.0 MiB`, `size unknown`: a size in parentheses after a path. */
export function sizeLabel(bytes: Bytes): string {
  return bytes.estimate === 'unknown' ? 'size unknown' : describeBytes(bytes);
}

/** `/a (1.0 MiB, line 2), /b (…, line 3) and 4 more`: the largest first, at most `shown` of them. */
export function listEntries(hidden: readonly PlacedEntry[], shown = 3): string {
  const items = [...hidden]
    .sort((a, b) => b.entry.bytes.value - a.entry.bytes.value || a.entry.path.localeCompare(b.entry.path))
    .map(({ entry }) => `${entry.path} (${sizeLabel(entry.bytes)}, line ${lineOf(entry.effect.range)})`);
  if (items.length <= shown) return joinWords(items);
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

/** `/big.bin (3.0 MiB) added at line 2`, or `… copied up by chmod at line 4` for a copy-up. */
export function describeEntry(entry: StoredEntry): string {
  const where = entry.reason === 'copy-up' ? `copied up by ${commandName(entry.effect.command)} at line` : 'added at line';
  return `${entry.path} (${sizeLabel(entry.bytes)}) ${where} ${lineOf(entry.effect.range)}`;
}

/** `chmod`, or `` `>>` `` for a command that is not a word. */
export function commandName(command: string): string {
  return /^[\w.+-]+$/.test(command) ? command : `\`${command}\``;
}


/** One related location per distinct command that stored a hidden entry. */
export function storedHere(hidden: readonly PlacedEntry[]): RelatedLocation[] {
  const byRange = new Map<string, { range: Range; bytes: Bytes[]; paths: string[] }>();
  for (const { entry } of hidden) {
    const key = rangeKey(entry.effect.range);
    const place = byRange.get(key) ?? { range: entry.effect.range, bytes: [], paths: [] };
    place.bytes.push(entry.bytes);
    place.paths.push(entry.path);
    byRange.set(key, place);
  }
  return [...byRange.values()].map(({ range, bytes, paths }) => {
    const what = paths.length === 1 ? paths[0] : `${paths.length} of these files`;
    return { range, message: `stores ${what} (${sizeLabel(sumBytes(bytes))})` };
  });
}

/** The modelled stages that ship, in order (see core's shippedStages). */
export function shippedLayers(document: Pick<DockerfileModel, 'stages'>, layers: LayerModel): StageLayers[] {
  const shipped = shippedStages(document);
  return layers.stages.filter((stage) => shipped.has(stage.index));
}

/** A COPY/ADD-stored archive that a later RUN of the same stage extracts. */
export interface ExtractedArchive {
  /** the entry the COPY stored: the archive itself, or, without a build context, the copy's unknown tree */
  archive: PlacedEntry;
  path: string;
  bytes: Bytes;
  extract: ExtractEffect;
}

const COPY_KEYWORDS = new Set(['COPY', 'ADD']);
const ARCHIVE_NAME = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|zip)$/i;

export function isArchiveName(path: string): boolean {
  return ARCHIVE_NAME.test(path);
}

/** Archives a COPY/ADD brought in that a later RUN of the stage unpacks. */
export function extractedArchives(stage: StageLayers): ExtractedArchive[] {
  const found: ExtractedArchive[] = [];
  for (const placed of storedEntries(stage)) {
    const { entry } = placed;
    if (!COPY_KEYWORDS.has(entry.effect.command)) continue;
    const paths = archivePaths(placed, stage);
    if (paths.length === 0) continue;
    for (let step = placed.step + 1; step < stage.steps.length; step++) {
      if (entry.shadowedBy && entry.shadowedBy.step < step) break;
      const extract = stage.steps[step].effects.find(
        (effect): effect is ExtractEffect => effect.kind === 'extract' && paths.includes(effect.archive),
      );
      if (extract) {
        const bytes = entry.reason === 'copy' ? entry.bytes : UNKNOWN;
        found.push({ archive: placed, path: extract.archive, bytes, extract });
        break;
      }
    }
  }
  return found;
}

/**
 * Where a COPY/ADD entry may hold an archive: the copied file itself; or, when no build context
 * was read and the copy is an unknown tree at its destination, the destination or an archive
 * source's name under it.
 */
function archivePaths({ entry, step }: PlacedEntry, stage: StageLayers): string[] {
  if (entry.reason === 'copy') return entry.archive || isArchiveName(entry.path) ? [entry.path] : [];
  if (entry.reason !== 'unknown' || entry.effect.kind !== 'unknown-write') return [];
  const sources = stage.steps[step].instruction.args.slice(0, -1).map((arg) => arg.value);
  const archives = sources.filter((source) => isArchiveName(source) && !/[*?[]|^[a-z]+:\/\//i.test(source));
  return archives.flatMap((source) => [entry.path, resolveImagePath(entry.path, posix.basename(source))]);
}
