// pip's hash-checking mode (pip's "Secure installs"): a requirements file where any requirement has a
// `--hash`, or that says `--require-hashes`, makes pip refuse a file whose digest none of the
// requirement's hashes matches, and a requirement without hashes (or not pinned with ==). Lock files
// carry hashes too (poetry.lock, uv.lock, Pipfile.lock), which their installers check the same way.
// The index's digest (PyPI's `digests.sha256`, uv.lock's `hash`) stands for the file: dflint reads
// only a remote wheel's tail and never downloads an sdist, so it does not recompute them. A local
// wheel or sdist is read whole and hashed.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { lockKind } from './python-locks';
import type { PythonRequirement, RequirementsFile } from './python-requirements';

/** pip's `STRONG_HASHES`: the algorithms `--hash` accepts. */
export const PIP_HASH_ALGORITHMS = ['sha256', 'sha384', 'sha512'];

/** Whether pip installs `list` (a requirements file) in hash-checking mode; a lock file's installer checks each package's hashes. */
export function hashChecking(list: RequirementsFile): boolean {
  return list.requireHashes === true || list.requirements.some((requirement) => requirement.hashes.length > 0) || (list.localFiles ?? []).some((file) => file.hashes.length > 0);
}

/**
 * pip's `filter_unallowed_hashes`: when a requirement has hashes and some of the release's files
 * have a digest one of them matches, only those and the files without a digest are candidates;
 * when none matches, all are (and the one picked is refused when downloaded).
 */
export function allowedFiles<T extends { sha256?: string }>(files: readonly T[], hashes: readonly string[]): T[] {
  if (hashes.length === 0) return [...files];
  const kept = files.filter((file) => file.sha256 === undefined || hashes.includes(`sha256:${file.sha256}`));
  return kept.some((file) => file.sha256 !== undefined) ? kept : [...files];
}

/** The installer a hash failure is pip's, poetry's or uv's: who would refuse. */
function installer(file: string): string {
  const kind = lockKind(file);
  return kind === 'poetry' ? 'poetry' : kind === 'uv' ? 'uv' : 'pip';
}

/** Why a requirement is refused before any file is compared: pip's own errors in hash-checking mode. */
export function requirementRefusal(requirement: Pick<PythonRequirement, 'file' | 'hashes' | 'version'>, label: string, checking: boolean): string | undefined {
  const refuse = `${installer(requirement.file)} would refuse the install`;
  const unsupported = requirement.hashes.find((hash) => !PIP_HASH_ALGORITHMS.includes(hash.split(':')[0]));
  if (unsupported && lockKind(requirement.file) === undefined) {
    return `${label}: --hash=${unsupported.split(':')[0]}:… in ${requirement.file} is not an algorithm pip accepts (${PIP_HASH_ALGORITHMS.join(', ')}); ${refuse}`;
  }
  if (!checking || lockKind(requirement.file) !== undefined) return undefined;
  if (requirement.hashes.length === 0) return `${label}: ${requirement.file} is in hash-checking mode but gives it no --hash; ${refuse}`;
  if (requirement.version === undefined) return `${label}: not pinned with == in ${requirement.file}'s hash-checking mode; ${refuse}`;
  return undefined;
}

/**
 * Why the installer refuses `file`, the one it picked, or undefined: none of the requirement's
 * hashes matches the index's sha256 for it. A digest the index does not give, or hashes of other
 * algorithms only, cannot be compared here: no refusal is claimed.
 */
export function fileRefusal(
  requirement: Pick<PythonRequirement, 'file' | 'hashes'>,
  file: { filename: string; sha256?: string },
  label: string,
  kind: 'wheel' | 'sdist',
): string | undefined {
  const sha256s = requirement.hashes.filter((hash) => hash.startsWith('sha256:'));
  if (file.sha256 === undefined || sha256s.length === 0 || sha256s.includes(`sha256:${file.sha256}`)) return undefined;
  const how = kind === 'wheel' ? "dflint reads only the wheel's tail" : 'dflint does not download the sdist';
  return `${label}: none of ${requirement.file}'s hashes matches ${file.filename} (the index's sha256 ${file.sha256}, not recomputed: ${how}); ${installer(requirement.file)} would refuse the install`;
}

const digests = new Map<string, string>();

/** A local file's digest in `algorithm` (sha256, sha384, sha512), by path, size and modification time. */
export function localDigest(path: string, algorithm: string): string {
  const stat = statSync(path);
  const key = `${path}\0${stat.size}\0${stat.mtimeMs}\0${algorithm}`;
  const known = digests.get(key);
  if (known !== undefined) return known;
  const hash = createHash(algorithm);
  const handle = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let read = readSync(handle, chunk); read > 0; read = readSync(handle, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(handle);
  }
  const digest = hash.digest('hex');
  if (digests.size >= 256) digests.clear();
  digests.set(key, digest);
  return digest;
}

/** Why pip refuses a local wheel or sdist named with hashes: none matches the file's own digest (computed here). */
export function localRefusal(path: string, local: { path: string; file: string; hashes: readonly string[] }): string | undefined {
  const supported = local.hashes.filter((hash) => PIP_HASH_ALGORITHMS.includes(hash.split(':')[0]));
  if (supported.length === 0) return undefined;
  if (supported.some((hash) => hash === `${hash.split(':')[0]}:${localDigest(path, hash.split(':')[0])}`)) return undefined;
  return `${local.path}: none of ${local.file}'s hashes matches the file (its sha256 ${localDigest(path, 'sha256')}); pip would refuse the install`;
}
