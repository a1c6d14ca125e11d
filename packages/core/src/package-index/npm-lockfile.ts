// npm's own lockfiles (package-lock.json, npm-shrinkwrap.json; lockfileVersion 1, 2 and 3): the
// packages `npm ci` puts in node_modules, where, and whether only a devDependency needs them.
import type { NpmLockPackage } from './package-knowledge';

/** A lockfile dflint cannot read: the message completes "unknown: …". */
export class NpmLockError extends Error {}

/** What a lockfile gives: its packages and, for npm's own, the hidden lockfile's sizes. */
export interface NpmLockfile {
  format: 'npm' | 'yarn' | 'yarn-berry' | 'pnpm';
  packages: NpmLockPackage[];
  /** `node_modules/.package-lock.json` as npm 7+ writes it, with and without the dev packages */
  hiddenLockfile?: { all: number; withoutDev: number };
}

type Json = Record<string, unknown>;

/** Parses JSON text, or says which file is not JSON and where it stops. */
export function parseJsonLockfile(text: string, name: string): Json {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new NpmLockError(`${name} is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (!isObject(parsed)) throw new NpmLockError(`${name} is not a JSON object`);
  return parsed;
}

/** The packages of a package-lock.json / npm-shrinkwrap.json text. */
export function readPackageLock(text: string, name = 'package-lock.json'): NpmLockfile {
  const lock = parseJsonLockfile(text, name);
  const version = lock.lockfileVersion;
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new NpmLockError(`${name}: lockfileVersion ${JSON.stringify(version)} is not one npm writes (1, 2 or 3)`);
  }
  if (isObject(lock.packages)) return { format: 'npm', packages: fromPackages(lock.packages, name), hiddenLockfile: hiddenLockfileSizes(lock) };
  if (version !== 1) throw new NpmLockError(`${name}: lockfileVersion ${version} without a "packages" object`);
  if (lock.dependencies !== undefined && !isObject(lock.dependencies)) throw new NpmLockError(`${name}: "dependencies" is not an object`);
  const packages: NpmLockPackage[] = [];
  fromDependencies((lock.dependencies as Json | undefined) ?? {}, 'node_modules', packages, name);
  return { format: 'npm', packages };
}

/** lockfileVersion 2 and 3: `packages` keyed by install path ("" is the project itself). */
function fromPackages(entries: Json, name: string): NpmLockPackage[] {
  const packages: NpmLockPackage[] = [];
  for (const [path, entry] of Object.entries(entries)) {
    if (path === '') continue;
    if (!isObject(entry)) throw new NpmLockError(`${name}: the entry of "${path}" is not an object`);
    // workspace folders and links are the project's own files; bundled packages come inside their parent's tarball
    if (!path.startsWith('node_modules/') && !path.includes('/node_modules/')) continue;
    if (entry.link === true || entry.inBundle === true) continue;
    const packageName = typeof entry.name === 'string' ? entry.name : nameFromPath(path);
    if (typeof entry.version !== 'string') throw new NpmLockError(`${name}: "${path}" has no version`);
    packages.push(lockPackage(path, packageName, entry));
  }
  return packages;
}

/** lockfileVersion 1: `dependencies` nested as node_modules is. */
function fromDependencies(dependencies: Json, under: string, packages: NpmLockPackage[], name: string): void {
  for (const [packageName, entry] of Object.entries(dependencies)) {
    const path = `${under}/${packageName}`;
    if (!isObject(entry) || typeof entry.version !== 'string') throw new NpmLockError(`${name}: dependency "${path}" has no version`);
    if (entry.bundled !== true) {
      // v1 writes a non-registry package's source (`file:…`, a git URL) as its version
      const registry = !/^(file:|git|github:|https?:|link:)/.test(entry.version);
      packages.push(lockPackage(path, packageName, registry ? entry : { ...entry, resolved: entry.version }));
    }
    if (isObject(entry.dependencies)) fromDependencies(entry.dependencies, `${path}/node_modules`, packages, name);
  }
}

function lockPackage(path: string, name: string, entry: Json): NpmLockPackage {
  const found: NpmLockPackage = { path, name, version: entry.version as string, dev: entry.dev === true, optional: entry.optional === true };
  if (typeof entry.resolved === 'string') found.resolved = entry.resolved;
  if (typeof entry.integrity === 'string') found.integrity = entry.integrity;
  if (Array.isArray(entry.os)) found.os = entry.os.map(String);
  if (Array.isArray(entry.cpu)) found.cpu = entry.cpu.map(String);
  return found;
}

/** `node_modules/a/node_modules/@s/b` → `@s/b` */
export function nameFromPath(path: string): string {
  const last = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  return last;
}

/**
 * npm 7+ keeps the tree it made in node_modules/.package-lock.json: the lockfile's header and its
 * `packages` without the project's own entry, as `JSON.stringify(…, null, 2)` writes it (checked
 * byte for byte against npm 9's file); without the dev entries once they are pruned.
 */
function hiddenLockfileSizes(lock: Json): { all: number; withoutDev: number } {
  const entries = Object.entries(lock.packages as Json).filter(([path]) => path !== '');
  // each entry once: `    "path": {…}` indented two levels deeper than JSON.stringify(entry, null, 2) writes it
  let all = 0;
  let dev = 0;
  let devCount = 0;
  for (const [path, entry] of entries) {
    const text = JSON.stringify(entry, null, 2);
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const size = Buffer.byteLength(text) + 4 * lines + Buffer.byteLength(JSON.stringify(path)) + 2;
    all += size;
    if (isObject(entry) && entry.dev === true) {
      dev += size;
      devCount++;
    }
  }
  const header = (count: number) => {
    // the file around the entries: `{"name":…, "packages": {` … `}}` and a `,\n` between entries
    const empty = JSON.stringify({ name: lock.name, version: lock.version, lockfileVersion: 3, requires: true, packages: {} }, null, 2);
    return Buffer.byteLength(empty) + 1 + (count > 0 ? 4 + 2 * (count - 1) : 0);
  };
  return { all: header(entries.length) + all, withoutDev: header(entries.length - devCount) + all - dev };
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
