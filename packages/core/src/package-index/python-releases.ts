// What the index says about each release a requirements/lock file names, fetched once and cached by
// name@version (a release's files never change on PyPI; `latest` is refreshed after a day):
// the release's files and requirements, and the installed bytes of the wheel the target picks.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedParts } from './python-estimate';
import { allowedFiles } from './python-hashes';
import { fetchRelease, PypiError, remoteWheelListing, type HttpOptions, type PypiRelease, type ReleaseFile } from './python-pypi';
import type { PythonRequirement } from './python-requirements';
import { pickFile, type PythonTarget } from './python-tags';

/** A release as cached: its files, requirements, and the installed bytes of wheels listed so far. */
export interface KnownRelease extends PypiRelease {
  version: string;
  /** wheel file name → bytes pip installs from it (files, .pyc, records; not REQUESTED) and of those the .pyc */
  installed: Record<string, { total: number; compiled: number }>;
  /** why a wheel could not be listed (not cached: tried again next time) */
  unlisted?: string;
  fetchedAt: number;
}

export type ReleaseResult = KnownRelease | { error: string };

const LATEST_TTL_MS = 24 * 60 * 60 * 1000;
const CONCURRENCY = 8;

function cacheFile(cacheDir: string, requirement: PythonRequirement): string {
  return join(cacheDir, 'pypi', requirement.name, `${requirement.version ?? 'latest'}.json`);
}

/** The cached release, or undefined (absent, unreadable, a stale `latest`). */
export function cachedRelease(cacheDir: string | undefined, requirement: PythonRequirement, now: number): KnownRelease | undefined {
  if (cacheDir === undefined) return undefined;
  try {
    const release = JSON.parse(readFileSync(cacheFile(cacheDir, requirement), 'utf8')) as KnownRelease;
    if (requirement.version === undefined && now - release.fetchedAt > LATEST_TTL_MS) return undefined;
    if (!Array.isArray(release.files) || typeof release.installed !== 'object') return undefined;
    // cached before digests were kept: fetched again when the requirement's hashes need them
    const needsDigests = requirement.files === undefined && requirement.hashes.some((hash) => hash.startsWith('sha256:'));
    return needsDigests && release.files.every((file) => file.sha256 === undefined) ? undefined : release;
  } catch {
    return undefined;
  }
}

function store(cacheDir: string | undefined, requirement: PythonRequirement, release: KnownRelease): void {
  if (cacheDir === undefined) return;
  const file = cacheFile(cacheDir, requirement);
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    const { unlisted: _unlisted, ...kept } = release;
    writeFileSync(temporary, JSON.stringify(kept));
    renameSync(temporary, file);
  } catch {
    // a cache that cannot be written costs a fetch next time
  }
}

/**
 * Each requirement's release: from the cache, else fetched (`fetchRelease` for the files unless the
 * lock file lists them, then the picked wheel's central directory). Never rejects.
 */
export async function loadReleases(
  requirements: readonly PythonRequirement[],
  target: PythonTarget,
  options: HttpOptions & { cacheDir?: string; now: number; indexUrl?: string },
): Promise<Map<PythonRequirement, ReleaseResult>> {
  const results = new Map<PythonRequirement, ReleaseResult>();
  const queue = [...requirements];
  const worker = async () => {
    for (let requirement = queue.shift(); requirement; requirement = queue.shift()) {
      results.set(requirement, await loadRelease(requirement, target, options));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return results;
}

async function loadRelease(
  requirement: PythonRequirement,
  target: PythonTarget,
  options: HttpOptions & { cacheDir?: string; now: number; indexUrl?: string },
): Promise<ReleaseResult> {
  const label = `${requirement.name}${requirement.version ? ` ${requirement.version}` : ''}`;
  let release = cachedRelease(options.cacheDir, requirement, options.now);
  try {
    if (!release) {
      const fetched: PypiRelease = requirement.files
        ? { files: [...requirement.files], requiresDist: [] }
        : await fetchRelease(requirement.name, requirement.version ?? '', options, options.indexUrl);
      release = { ...fetched, version: requirement.version ?? latestVersion(requirement.name, fetched.files), installed: {}, fetchedAt: options.now };
    }
  } catch (error) {
    return { error: error instanceof PypiError ? error.message : `${label}: ${(error as Error).message}` };
  }
  const picked = pickFile(allowedFiles(release.files, requirement.hashes), target);
  if (picked?.kind === 'wheel' && release.installed[picked.file.filename] === undefined) {
    const listed = await listWheel(picked.file, options);
    if (typeof listed !== 'string') release.installed[picked.file.filename] = listed;
    else release = { ...release, unlisted: `${label}: ${listed}` };
  }
  store(options.cacheDir, requirement, release);
  return release;
}

async function listWheel(file: ReleaseFile, options: HttpOptions): Promise<{ total: number; compiled: number } | string> {
  if (file.url === undefined) return `${file.filename}: no download URL`;
  try {
    const entries = await remoteWheelListing(file.url, file.size, options);
    const files = entries.filter((entry) => !entry.name.endsWith('/')).map((entry) => ({ path: entry.name, size: entry.size }));
    return installedParts(files, { requested: false });
  } catch (error) {
    return (error as Error).message;
  }
}

/** `/pypi/<name>/json` answers for the newest release: its version is in its file names. */
function latestVersion(name: string, files: readonly ReleaseFile[]): string {
  const prefix = name.replace(/-/g, '[-_.]');
  for (const file of files) {
    const match = new RegExp(`^${prefix}-([^-]+?)(-|\\.tar\\.gz$|\\.zip$)`, 'i').exec(file.filename);
    if (match) return match[1];
  }
  return 'latest';
}
