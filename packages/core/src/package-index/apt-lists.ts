// What `apt-get update` leaves in /var/lib/apt/lists for an image's sources: each suite's InRelease
// (or Release) as downloaded, and each Packages index (and Translation file) decompressed, or
// recompressed as .lz4 under Acquire::GzipIndexes (Docker's debian images set it).
import { estimated, exact, unknownBecause, type Bytes } from '../layers/bytes';
import type { AptConfig } from './apt-config';
import { suiteUrl, type AptIndexResult } from './apt-fetch';
import type { AptIndexTarget } from './apt-targets';

export interface AptListFile {
  /** its name in /var/lib/apt/lists: `deb.debian.org_debian_dists_bookworm_InRelease` */
  name: string;
  bytes: Bytes;
}

type Indexed = Extract<AptIndexResult, { status: 'indexed' }>;

/**
 * The list files of these targets (each with its loaded index), in apt's names. InRelease/Release
 * bytes are exact (downloaded); a Packages index is exact decompressed (its size is in the Release
 * and was counted) or, kept as .lz4, estimated from compressing it when it was fetched; a
 * Translation file (Acquire::Languages, `en` by default) is exact from the Release decompressed and
 * unknown as .lz4 (it is not fetched). Release.gpg, next to a Release without InRelease, is not fetched: unknown.
 */
export function aptListFiles(targets: ReadonlyArray<{ target: AptIndexTarget; result: Indexed }>, config: AptConfig): AptListFile[] {
  const files = new Map<string, Bytes>();
  const compressed = config.gzipIndexes === true;
  const languages = config.languages ?? ['en'];
  for (const { target, result } of targets) {
    const base = suiteUrl(target.source);
    const releaseName = result.releaseFile.url.slice(base.length);
    files.set(listName(result.releaseFile.url), exact(result.releaseFile.bytes));
    if (releaseName === 'Release') files.set(listName(`${base}Release.gpg`), unknownBecause('Release.gpg is not fetched'));
    const plainPath = result.path.replace(/\.(xz|gz|bz2|lzma|zst|lz4)$/, '');
    const plain = result.stored?.bytes ?? result.release.files.get(plainPath)?.size;
    const source = result.index.source;
    files.set(
      listName(`${base}${plainPath}`) + (compressed ? '.lz4' : ''),
      compressed ? (result.stored ? estimated(result.stored.lz4Bytes, source) : unknownBecause(`the lz4 size of ${source} was not measured`)) : plain !== undefined ? exact(plain) : unknownBecause(`${source}: no decompressed size`),
    );
    if (!target.component) continue;
    for (const language of languages) {
      const path = `${target.component}/i18n/Translation-${language}`;
      const listed = [...result.release.files.keys()].some((name) => name === path || name.startsWith(`${path}.`));
      if (!listed) continue;
      const size = result.release.files.get(path)?.size;
      const name = listName(`${base}${path}`) + (compressed ? '.lz4' : '');
      if (compressed) files.set(name, unknownBecause(`the lz4 size of Translation-${language} is not measured (it is not fetched)`));
      else files.set(name, size !== undefined ? exact(size) : unknownBecause(`the Release states no decompressed size of ${path}`));
    }
  }
  return [...files].map(([name, bytes]) => ({ name, bytes }));
}

/**
 * apt's URItoFileName: the URI without its scheme and credentials, characters outside printable
 * ASCII and ` ~%` percent-quoted, `/` as `_`.
 */
export function listName(uri: string): string {
  const withoutScheme = uri.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^/@]*@/, '');
  const quoted = withoutScheme.replace(/[\x00-\x20 ~%\x7f-\xff]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return quoted.replace(/\//g, '_');
}
