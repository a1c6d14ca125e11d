// What pip/uv/poetry install from a build-context file: a local wheel or sdist (read from disk),
// or a requirements/lock file whose distributions the package index sizes (PyPI's JSON API and
// each picked wheel's central directory; cached by name@version). load() fetches what the cache
// lacks; cached() never touches the network (the language server's view).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimated, unknownBecause } from '../layers/bytes';
import { OFFLINE_REASON, type Knowledge, type PythonDistribution, type PythonKnowledge } from './package-knowledge';
import { allowedFiles, fileRefusal, hashChecking, localRefusal, requirementRefusal } from './python-hashes';
import { isDistributionFile, localDistribution } from './python-local';
import { NOT_CACHED_REASON, type PackageIndexOptions } from './package-index-options';
import { lockKind, readLockFile } from './python-locks';
import { PYPI_JSON_API, runtimeDependencies } from './python-pypi';
import { cachedRelease, loadReleases, type ReleaseResult } from './python-releases';
import { readRequirements, type PythonRequirement, type RequirementsFile } from './python-requirements';
import { BOOKWORM_PYTHON, pickFile, targetName, type PythonTarget } from './python-tags';

export interface PythonIndexOptions extends PackageIndexOptions {
  /** the interpreter and platform wheels are picked for (default: Debian bookworm's CPython 3.11, x86_64) */
  python?: PythonTarget;
}

/**
 * A build-context file pip, uv or poetry may install from, for a source deciding what to load: a
 * wheel or sdist, a requirements or constraints file (`requirements*.txt`, `requirements/*.txt`), a
 * poetry.lock, uv.lock or Pipfile.lock. (`-r` includes are read from the context as they are named.)
 */
export function isPythonInput(contextPath: string): boolean {
  if (isDistributionFile(contextPath) || lockKind(contextPath) !== undefined) return true;
  return /(^|\/)(requirements[^/]*|constraints[^/]*|requirements\/[^/]+)\.(txt|in)$/i.test(contextPath);
}

/** What installing from `contextPath` (a wheel, sdist, requirements or lock file under `root`) puts in the image, fetching what the cache lacks. */
export async function loadPythonKnowledge(root: string, contextPath: string, options: PythonIndexOptions): Promise<Knowledge<PythonKnowledge>> {
  if (isDistributionFile(contextPath)) return localDistribution(root, contextPath);
  const read = readList(root, contextPath);
  if ('status' in read) return read;
  const now = (options.now ?? Date.now)();
  const target = options.python ?? BOOKWORM_PYTHON;
  const indexUrl = pypiJsonBase(read.indexUrl);
  const missing = options.offline ? OFFLINE_REASON : indexUrl === undefined ? `not fetched: ${read.indexUrl} has no JSON API dflint reads` : undefined;
  const releases = missing !== undefined
    ? cachedReleases(read.requirements, options, now)
    : await loadReleases(read.requirements, target, {
        fetch: options.fetch ?? fetch,
        timeoutMs: options.timeoutMs ?? 30_000,
        cacheDir: options.cacheDir,
        now,
        indexUrl,
      });
  return { status: 'known', value: assemble(root, contextPath, read, releases, target, now, missing) };
}

/** The same from the cache alone: a release not cached is unknown (offline, or not fetched yet). */
export function cachedPythonKnowledge(root: string, contextPath: string, options: PythonIndexOptions): Knowledge<PythonKnowledge> {
  if (isDistributionFile(contextPath)) return localDistribution(root, contextPath);
  const read = readList(root, contextPath);
  if ('status' in read) return read;
  const now = (options.now ?? Date.now)();
  const releases = cachedReleases(read.requirements, options, now);
  // the language server loads what is missing in the background when told it is being fetched
  if (!options.offline && releases.size < read.requirements.length) return { status: 'unknown', reason: NOT_CACHED_REASON };
  return { status: 'known', value: assemble(root, contextPath, read, releases, options.python ?? BOOKWORM_PYTHON, now, OFFLINE_REASON) };
}

function readList(root: string, contextPath: string): RequirementsFile | { status: 'unknown'; reason: string } {
  const read = (path: string) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  if (lockKind(contextPath) === undefined) {
    const list = readRequirements(contextPath, read);
    return read(contextPath) === undefined ? { status: 'unknown', reason: `${contextPath}: not in the build context` } : list;
  }
  const text = read(contextPath);
  if (text === undefined) return { status: 'unknown', reason: `${contextPath}: not in the build context` };
  try {
    return readLockFile(contextPath, text);
  } catch (error) {
    return { status: 'unknown', reason: `${contextPath}: ${(error as Error).message}` };
  }
}

function cachedReleases(requirements: readonly PythonRequirement[], options: PythonIndexOptions, now: number): Map<PythonRequirement, ReleaseResult> {
  const releases = new Map<PythonRequirement, ReleaseResult>();
  for (const requirement of requirements) {
    const release = cachedRelease(options.cacheDir, requirement, now);
    if (release) releases.set(requirement, release);
  }
  return releases;
}

/** PyPI's JSON API for PyPI's simple index; another index has no JSON API to read. */
function pypiJsonBase(indexUrl: string | undefined): string | undefined {
  if (indexUrl === undefined || /^https?:\/\/pypi\.org\/simple\/?$/.test(indexUrl)) return PYPI_JSON_API;
  return undefined;
}

/**
 * The distributions with their figures: a release known gives the picked file's size (exact) and
 * its installed bytes (estimated); one not known is unknown with why, naming the package, which
 * makes any sum over them a lower bound.
 */
function assemble(
  root: string,
  contextPath: string,
  list: RequirementsFile,
  releases: ReadonlyMap<PythonRequirement, ReleaseResult>,
  target: PythonTarget,
  now: number,
  missingReason: string | undefined,
): PythonKnowledge {
  const source = `PyPI JSON API for ${contextPath} (${targetName(target)}), ${new Date(now).toISOString().slice(0, 10)}`;
  const distributions: PythonDistribution[] = [];
  const listed = new Set(list.requirements.map((requirement) => requirement.name));
  const missingDependencies = new Map<string, string>();
  const checking = lockKind(contextPath) === undefined && hashChecking(list);
  for (const requirement of list.requirements) {
    const release = releases.get(requirement);
    const label = `${requirement.name}${requirement.version ? ` ${requirement.version}` : ''}`;
    const refused = requirementRefusal(requirement, label, checking);
    if (refused !== undefined) {
      distributions.push({ name: requirement.name, version: requirement.version, installedBytes: unknownBecause(refused), cacheBytes: unknownBecause(refused) });
      continue;
    }
    if (release === undefined || 'error' in release) {
      const why = release ? release.error : `${label}: ${missingReason ?? 'package index not fetched'}`;
      distributions.push({ name: requirement.name, version: requirement.version, installedBytes: unknownBecause(why), cacheBytes: unknownBecause(why) });
      continue;
    }
    distributions.push(distribution(requirement, release, target, source, label));
    // a requirements file without hashes need not list every dependency, pip installs them too; in
    // hash-checking mode pip refuses one the file does not list with a hash
    if (lockKind(contextPath) === undefined && (checking || requirement.hashes.length === 0)) {
      for (const dependency of runtimeDependencies(release.requiresDist, target.version)) {
        if (!listed.has(dependency) && !missingDependencies.has(dependency)) missingDependencies.set(dependency, requirement.name);
      }
    }
  }
  for (const [dependency, parent] of missingDependencies) {
    const why = checking
      ? `${dependency}: a dependency of ${parent} that ${contextPath} does not list with a hash; pip would refuse the install (hash-checking mode)`
      : `${dependency}: a dependency of ${parent} that ${contextPath} does not pin`;
    distributions.push({ name: dependency, dependencyOf: parent, installedBytes: unknownBecause(why) });
  }
  for (const local of list.localFiles ?? []) distributions.push(...localFileDistributions(root, local, checking));
  for (const what of list.unsized) {
    distributions.push({ name: what, installedBytes: unknownBecause(`${what}: not from a package index`) });
  }
  if (list.indexUrl !== undefined && pypiJsonBase(list.indexUrl) === undefined) {
    distributions.push({ name: list.indexUrl, installedBytes: unknownBecause(`${contextPath} uses ${list.indexUrl}, which has no JSON API dflint reads`) });
  }
  return { distributions, source };
}

function distribution(requirement: PythonRequirement, release: Exclude<ReleaseResult, { error: string }>, target: PythonTarget, source: string, label: string): PythonDistribution {
  const base = { name: requirement.name, version: release.version };
  const picked = pickFile(allowedFiles(release.files, requirement.hashes), target);
  if (!picked) {
    const why = `${label}: no wheel for ${targetName(target)} and no sdist`;
    return { ...base, installedBytes: unknownBecause(why), cacheBytes: unknownBecause(why) };
  }
  const refused = fileRefusal(requirement, picked.file, label, picked.kind);
  if (refused !== undefined) return { ...base, fileBytes: picked.file.size, installedBytes: unknownBecause(refused), cacheBytes: unknownBecause(refused) };
  const fileBytes = picked.file.size;
  // pip's HTTP cache keeps each downloaded file, named by its URL's hash
  const cacheBytes = estimated(fileBytes, source);
  if (picked.kind === 'sdist') {
    return { ...base, fileBytes, cacheBytes, installedBytes: unknownBecause(`${label}: only an sdist (${picked.file.filename}), which pip builds at install time`) };
  }
  const installed = release.installed[picked.file.filename];
  if (installed === undefined) return { ...base, fileBytes, cacheBytes, installedBytes: unknownBecause(release.unlisted ?? `${label}: ${picked.file.filename} not listed yet`) };
  return { ...base, fileBytes, cacheBytes, installedBytes: estimated(installed.total, source), compiledBytes: installed.compiled };
}

/**
 * A wheel or sdist a requirements file names by path: read from the build context as named (pip
 * resolves it from its working directory, where the context is usually copied), its hashes compared
 * with the file's own digests.
 */
function localFileDistributions(root: string, local: NonNullable<RequirementsFile['localFiles']>[number], checking: boolean): readonly PythonDistribution[] {
  const unknown = (why: string) => [{ name: local.path, installedBytes: unknownBecause(why), cacheBytes: unknownBecause(why) }];
  const refused = requirementRefusal({ file: local.file, hashes: local.hashes, version: '' }, local.path, checking);
  if (refused !== undefined) return unknown(refused);
  const known = localDistribution(root, local.path);
  if (known.status !== 'known') return unknown(known.reason);
  const mismatch = localRefusal(join(root, local.path), local);
  return mismatch === undefined ? known.value.distributions : unknown(mismatch);
}
