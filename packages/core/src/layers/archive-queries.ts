// Which archives a COPY/ADD brought in only for a later RUN of the stage to unpack.
import { posix } from 'node:path';
import { UNKNOWN } from './bytes';
import { resolveImagePath } from './paths';
import { storedEntries, type PlacedEntry } from './queries';
import type { Bytes, ExtractEffect, StageLayers } from './types';

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

/** A name tar or unzip archives usually have (the content is not looked at). */
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
