// An npm/yarn/pnpm lockfile of the build context with the registry's sizes: what the layer model
// reads at `npm ci` (node-packages.ts). The sizes are fetched once per package version and cached.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_TIMEOUT_MS } from '../registry/client';
import { cacheDirectory } from '../registry/index-cache';
import { proxyFetch } from '../registry/proxy-fetch';
import { checkIntegrity, mismatchReason, parseIntegrity } from './npm-integrity';
import { NpmLockError, readPackageLock, type NpmLockfile } from './npm-lockfile';
import { readPnpmLock } from './npm-pnpm-lock';
import { npmPackageSizes, type NpmRegistryOptions } from './npm-registry';
import { NpmSizeCache } from './npm-size-cache';
import { readYarnLock } from './npm-yarn-lock';
import { NOT_CACHED_REASON, type PackageIndexOptions } from './package-index-options';
import { OFFLINE_REASON, type Knowledge, type NpmKnowledge, type NpmLockPackage } from './package-knowledge';

/** requests to the registry at once */
const CONCURRENCY = 8;
const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

/** The lockfile at `<root>/<contextPath>` with every package's sizes, fetching what the cache lacks. Never rejects. */
export async function loadNpmKnowledge(root: string, contextPath: string, options: PackageIndexOptions): Promise<Knowledge<NpmKnowledge>> {
  if (options.offline) return { status: 'unknown', reason: OFFLINE_REASON };
  const lock = readLockfile(root, contextPath);
  if ('reason' in lock) return { status: 'unknown', reason: lock.reason };
  const env = options.env ?? process.env;
  const registry = registryOf(env);
  const cache = new NpmSizeCache(options.cacheDir ?? cacheDirectory(env), registry);
  const day = dayOf((options.now ?? Date.now)());
  const request: NpmRegistryOptions = { registry, fetch: options.fetch ?? proxyFetch(env) ?? fetch, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, lockfile: basename(contextPath) };
  const npmLock = isNpmLockfile(contextPath);
  const days: string[] = [];
  const pending = lock.packages.filter((item) => !applySizes(item, cache, contextPath, days));
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const item = pending[next++];
      if (!fetchable(item)) {
        item.unsizedReason = `${item.name}@${item.version}: not fetched (an optional package for another platform: ${[...(item.os ?? []), ...(item.cpu ?? [])].join(', ')})`;
        continue;
      }
      const result = await npmPackageSizes(item, npmLock && item.resolved === undefined, request);
      if (result.status === 'unsized') item.unsizedReason = result.reason;
      else {
        cache.set(item.name, item.version, result.sizes, day);
        Object.assign(item, result.sizes);
        days.push(day);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pending.length) }, worker));
  cache.save();
  return { status: 'known', value: knowledge(lock, contextPath, days, day) };
}

/** The same from the cache alone (no request); until every package's sizes are cached, unknown: being fetched. */
export function cachedNpmKnowledge(root: string, contextPath: string, options: PackageIndexOptions): Knowledge<NpmKnowledge> {
  if (options.offline) return { status: 'unknown', reason: OFFLINE_REASON };
  const lock = readLockfile(root, contextPath);
  if ('reason' in lock) return { status: 'unknown', reason: lock.reason };
  const env = options.env ?? process.env;
  const cache = new NpmSizeCache(options.cacheDir ?? cacheDirectory(env), registryOf(env));
  const days: string[] = [];
  let found = 0;
  for (const item of lock.packages) {
    if (applySizes(item, cache, contextPath, days)) found++;
    else item.unsizedReason = `${item.name}@${item.version}: ${NOT_CACHED_REASON}`;
  }
  // the language server loads what is missing in the background when told it is being fetched
  if (found < lock.packages.length) return { status: 'unknown', reason: NOT_CACHED_REASON };
  return { status: 'known', value: knowledge(lock, contextPath, days, dayOf((options.now ?? Date.now)())) };
}

/** lockfile names npm, yarn and pnpm read */
export const LOCKFILE_NAMES: ReadonlySet<string> = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']);

/** A build-context file npm, yarn or pnpm installs from (what a source loads when a RUN runs one of them). */
export function isNodeLockfile(contextPath: string): boolean {
  return LOCKFILE_NAMES.has(basename(contextPath));
}

/** The lockfile, read by its name; a yarn.lock reads the package.json beside it for its dev dependencies. */
export function readLockfile(root: string, contextPath: string): NpmLockfile | { reason: string } {
  const file = join(root, contextPath);
  const name = basename(contextPath);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { reason: `${contextPath} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  try {
    if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') return readPackageLock(text, contextPath);
    if (name === 'pnpm-lock.yaml') return readPnpmLock(text, contextPath);
    if (name === 'yarn.lock') return readYarnLock(text, readOptional(join(dirname(file), 'package.json')), contextPath);
    return { reason: `${contextPath} is not a lockfile dflint reads (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml)` };
  } catch (error) {
    if (error instanceof NpmLockError) return { reason: error.message };
    throw error;
  }
}

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function isNpmLockfile(contextPath: string): boolean {
  const name = basename(contextPath);
  return name === 'package-lock.json' || name === 'npm-shrinkwrap.json';
}

/**
 * Copies the cached sizes onto the package; false when the cache lacks them (or the digests to check
 * the lockfile's `integrity` against). Cached digests the integrity does not match: its reason instead.
 */
function applySizes(item: NpmLockPackage, cache: NpmSizeCache, contextPath: string, days: string[]): boolean {
  const npmLock = isNpmLockfile(contextPath);
  const cached = cache.get(item.name, item.version);
  if (!cached || (npmLock && item.resolved === undefined && cached.packumentSize === undefined)) return false;
  const expected = parseIntegrity(item.integrity ?? '');
  if (Object.keys(expected).length > 0) {
    if (cached.integrity === undefined) return false;
    const check = checkIntegrity(parseIntegrity(cached.integrity), expected);
    if (check.status === 'mismatch') {
      item.unsizedReason = mismatchReason(`${item.name}@${item.version}`, basename(contextPath), check.expected);
      return true;
    }
  }
  item.unpackedSize = cached.unpackedSize;
  item.tarballSize = cached.tarballSize;
  if (npmLock && item.resolved === undefined) item.packumentSize = cached.packumentSize;
  days.push(cached.day);
  return true;
}

/** Linux images on amd64 or arm64: an optional package only for another platform is never fetched. */
function fetchable(item: NpmLockPackage): boolean {
  if (!item.optional) return true;
  const fits = (list: readonly string[] | undefined, wanted: string[]) =>
    list === undefined || list.some((entry) => wanted.includes(entry)) || (list.every((entry) => entry.startsWith('!')) && !wanted.every((w) => list.includes(`!${w}`)));
  return fits(item.os, ['linux']) && fits(item.cpu, ['x64', 'arm64']);
}

function knowledge(lock: NpmLockfile, contextPath: string, days: string[], today: string): NpmKnowledge {
  const day = days.length > 0 ? days.reduce((latest, each) => (each > latest ? each : latest)) : today;
  const value: NpmKnowledge = { packages: lock.packages, source: `npm registry metadata for ${basename(contextPath)}, ${day}`, format: lock.format };
  if (lock.hiddenLockfile) value.hiddenLockfile = lock.hiddenLockfile;
  return value;
}

function registryOf(env: NodeJS.ProcessEnv): string {
  return env.npm_config_registry || env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY;
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
