import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ResolvedImage } from './client';
import type { IndexedEntry, LayerIndex } from './layer-index';
import { formatImageReference, type ImageReference } from './reference';
import { formatPlatform, type Platform } from './platform';

/** `$XDG_CACHE_HOME/dflint`, else `~/.cache/dflint` */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dflint');
}

/** 2: layer indexes keep small text files (keptFiles, was packageDatabases); older entries are read again */
const FORMAT = 2;
const TYPES: IndexedEntry['type'][] = ['file', 'dir', 'symlink', 'hardlink', 'other'];
/** one row per entry, to keep the file small: path, type, mode, uid, gid, size, link */
type Row = [string, number, number, number, number, number, string?];

interface StoredIndex {
  format: number;
  rows: Row[];
  whiteouts: string[];
  opaqueDirs: string[];
  keptFiles: Record<string, string>;
  refused: string[];
}

/** Layer indexes stored by the layer blob's digest: a layer's content never changes, so neither does its index. */
export class LayerIndexCache {
  constructor(private readonly directory: string) {}

  read(digest: string): LayerIndex | undefined {
    let stored: StoredIndex;
    try {
      stored = JSON.parse(readFileSync(this.file(digest), 'utf8')) as StoredIndex;
    } catch {
      return undefined;
    }
    if (stored.format !== FORMAT || !Array.isArray(stored.rows)) return undefined;
    return {
      entries: stored.rows.map(([path, type, mode, uid, gid, size, link]) => ({ path, type: TYPES[type] ?? 'other', mode, uid, gid, size, ...(link !== undefined ? { link } : {}) })),
      whiteouts: stored.whiteouts,
      opaqueDirs: stored.opaqueDirs,
      keptFiles: stored.keptFiles ?? {},
      refused: stored.refused,
    };
  }

  write(digest: string, index: LayerIndex): void {
    const rows = index.entries.map((entry): Row => {
      const row: Row = [entry.path, TYPES.indexOf(entry.type), entry.mode, entry.uid, entry.gid, entry.size];
      if (entry.link !== undefined) row.push(entry.link);
      return row;
    });
    const stored: StoredIndex = { format: FORMAT, rows, whiteouts: index.whiteouts, opaqueDirs: index.opaqueDirs, keptFiles: index.keptFiles, refused: index.refused };
    writeAtomically(this.file(digest), JSON.stringify(stored));
  }

  private file(digest: string): string {
    return join(this.directory, 'layers', `${digest.replace(/[^\w.-]/g, '_')}.json`);
  }
}

const IMAGE_FORMAT = 1;
/** how long a tag's resolution is trusted before the registry is asked again; a digest never changes */
export const TAG_TTL_MS = 24 * 60 * 60 * 1000;

/** Resolved images (manifest digest, config, layers) by reference and platform, with when they were asked. */
export class ResolvedImageCache {
  constructor(
    private readonly directory: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The stored resolution, unless it is a tag's and older than the TTL (`anyAge`: however old). */
  read(reference: ImageReference, platform: Platform, { anyAge = false } = {}): ResolvedImage | undefined {
    try {
      const stored = JSON.parse(readFileSync(this.file(reference, platform), 'utf8')) as { format: number; at: number; image: ResolvedImage };
      if (stored.format !== IMAGE_FORMAT) return undefined;
      if (!anyAge && !reference.digest && this.now() - stored.at > TAG_TTL_MS) return undefined;
      return stored.image;
    } catch {
      return undefined;
    }
  }

  write(image: ResolvedImage): void {
    writeAtomically(this.file(image.reference, image.platform), JSON.stringify({ format: IMAGE_FORMAT, at: this.now(), image }));
  }

  private file(reference: ImageReference, platform: Platform): string {
    const key = `${formatImageReference(reference)} ${formatPlatform(platform)}`;
    return join(this.directory, 'images', `${createHash('sha256').update(key).digest('hex')}.json`);
  }
}

/**
 * Written under a temporary name and renamed, so a reader (another run) never sees half a file.
 * A cache that cannot be written (read-only home, full disk) only costs the next run a download.
 */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}
