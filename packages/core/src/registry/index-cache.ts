import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ResolvedImage } from './client';
import type { InstalledPackage } from './installed-packages';
import type { IndexedEntry, LayerIndex } from './layer-index';
import { formatImageReference, type ImageReference } from './reference';
import { formatPlatform, type Platform } from './platform';

/** `$XDG_CACHE_HOME/dflint`, else `~/.cache/dflint` */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dflint');
}

/**
 * 2: layer indexes keep small text files (keptFiles, was packageDatabases). 3: entries sorted by
 * path and stored a column per field, which parses several times faster than a row per entry.
 * 4: keptPackages (rpm databases, read while indexing). 5: keptFiles include apt's sources and
 * configuration (etc/apt/sources.list(.d), apt.conf(.d)). 6: and dnf's (etc/yum.repos.d/*.repo,
 * etc/dnf/dnf.conf, etc/yum.conf, etc/dnf/vars) and apk's (etc/apk/repositories, arch, world).
 * 7: and apk's trusted keys (etc/apk/keys/*.pub), which verify an APKINDEX's signature.
 * Older entries are read again.
 */
const FORMAT = 7;
const TYPES: IndexedEntry['type'][] = ['file', 'dir', 'symlink', 'hardlink', 'other'];

/** One column per field of the entries; `links`: entry position → link target. */
interface StoredIndex {
  format: number;
  paths: string[];
  types: number[];
  modes: number[];
  uids: number[];
  gids: number[];
  sizes: number[];
  links: Record<string, string>;
  whiteouts: string[];
  opaqueDirs: string[];
  keptFiles: Record<string, string>;
  keptPackages: Record<string, InstalledPackage[]>;
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
    if (stored?.format !== FORMAT || !Array.isArray(stored.paths)) return undefined;
    const { paths, types, modes, uids, gids, sizes, links } = stored;
    const entries = new Array<IndexedEntry>(paths.length);
    for (let i = 0; i < paths.length; i++) {
      const entry: IndexedEntry = { path: paths[i], type: TYPES[types[i]] ?? 'other', mode: modes[i], uid: uids[i], gid: gids[i], size: sizes[i] };
      const link = links[i];
      if (link !== undefined) entry.link = link;
      entries[i] = entry;
    }
    return { entries, whiteouts: stored.whiteouts, opaqueDirs: stored.opaqueDirs, keptFiles: stored.keptFiles ?? {}, keptPackages: stored.keptPackages ?? {}, refused: stored.refused };
  }

  write(digest: string, index: LayerIndex): void {
    const { entries } = index;
    const links: Record<string, string> = {};
    entries.forEach((entry, i) => {
      if (entry.link !== undefined) links[i] = entry.link;
    });
    const stored: StoredIndex = {
      format: FORMAT,
      paths: entries.map((entry) => entry.path),
      types: entries.map((entry) => TYPES.indexOf(entry.type)),
      modes: entries.map((entry) => entry.mode),
      uids: entries.map((entry) => entry.uid),
      gids: entries.map((entry) => entry.gid),
      sizes: entries.map((entry) => entry.size),
      links,
      whiteouts: index.whiteouts,
      opaqueDirs: index.opaqueDirs,
      keptFiles: index.keptFiles,
      keptPackages: index.keptPackages,
      refused: index.refused,
    };
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
export function writeAtomically(file: string, text: string | Uint8Array): void {
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
