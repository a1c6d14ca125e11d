// What `npm ci` leaves in npm's cache (~/.npm/_cacache) for the packages it installs: each tarball
// as downloaded, the name's registry document when the lockfile had no `resolved`, and cacache's
// index entries for them.
import type { NpmLockPackage } from './package-knowledge';

/**
 * Bytes of cacache's index entries, measured on npm 9's cache after `npm ci` (the ground truth
 * npm-ci-then-prune, 223 entry files): a tarball's request-cache entry is its URL twice plus ~414
 * bytes of integrity, time, size and headers; pacote's `pacote:tarball:<name>@<version>` entry
 * ~210 bytes plus that spec; a registry document's entry its URL twice plus ~536.
 */
const TARBALL_ENTRY = 414;
const PACOTE_ENTRY = 210;
const PACKUMENT_ENTRY = 536;
const REGISTRY = 'https://registry.npmjs.org/';

/** The cache's bytes for `packages` (an npm lockfile's), and the packages whose sizes are not known. */
export function npmCacheBytes(packages: readonly NpmLockPackage[]): { bytes: number; unsized: NpmLockPackage[] } {
  let bytes = 0;
  const unsized: NpmLockPackage[] = [];
  for (const item of packages) {
    if (item.tarballSize === undefined || (item.resolved === undefined && item.packumentSize === undefined)) {
      unsized.push(item);
      continue;
    }
    const tarballUrl = item.resolved ?? `${REGISTRY}${item.name}/-/${item.name.replace(/^@[^/]+\//, '')}-${item.version}.tgz`;
    bytes += item.tarballSize + 2 * tarballUrl.length + TARBALL_ENTRY + PACOTE_ENTRY + `${item.name}@${item.version}`.length;
    if (item.packumentSize !== undefined) bytes += item.packumentSize + 2 * `${REGISTRY}${item.name.replace('/', '%2f')}`.length + PACKUMENT_ENTRY;
  }
  return { bytes, unsized };
}
