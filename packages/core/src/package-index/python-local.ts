// A wheel or sdist in the build context, read from disk (no network): a wheel's central
// directory, an sdist's tar listing. Synchronous: the files are local, and the language server's
// cached() view may read them too.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReadEntry } from 'tar';
import { loadTar } from '../tar-module';
import type { Knowledge, PythonDistribution, PythonKnowledge } from './package-knowledge';
import { sdistInstall, wheelInstall } from './python-estimate';
import { unknownBecause } from '../layers/bytes';
import { normalizeName } from './python-names';
import { runtimeDependencies } from './python-pypi';
import { BOOKWORM_PYTHON } from './python-tags';
import { listZip, readZipDirectory, ZIP_TAIL_BYTES, zipDirectoryPlace, ZipError, zipMemberContent, type ZipEntry } from './python-zip';

/** `gtdemo-1.0-py3-none-any.whl`, `gtdemo-1.0.tar.gz`, `gtdemo-1.0.zip`: a distribution file pip installs. */
export function isDistributionFile(path: string): boolean {
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i.test(path);
}

/** The name and version in a wheel's or sdist's file name (PEP 427, PEP 625), normalized as pip does. */
export function distributionName(file: string): { name: string; version?: string } {
  const base = basename(file);
  const wheel = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(base);
  if (wheel) return { name: normalizeName(wheel[1]), version: wheel[2] };
  const sdist = /^(.+)-(\d[^-]*?)\.(tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i.exec(base);
  return sdist ? { name: normalizeName(sdist[1]), version: sdist[2] } : { name: normalizeName(base.replace(/\..*$/, '')) };
}


/** Listings already read, by file, size and modification time: the language server asks on every change. */
const listed = new Map<string, Knowledge<PythonKnowledge>>();

/** What `pip install <file>` of the context's `contextPath` (under `root`) installs and caches. */
export function localDistribution(root: string, contextPath: string): Knowledge<PythonKnowledge> {
  const file = join(root, contextPath);
  let key: string | undefined;
  try {
    const stat = statSync(file);
    key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
  } catch {
    // read below, which says why
  }
  const known = key === undefined ? undefined : listed.get(key);
  if (known) return known;
  const result = readDistribution(file, contextPath);
  if (key !== undefined) {
    if (listed.size >= 256) listed.clear();
    listed.set(key, result);
  }
  return result;
}

function readDistribution(file: string, contextPath: string): Knowledge<PythonKnowledge> {
  const { name, version } = distributionName(contextPath);
  const origin = { url: `/${contextPath}`, requested: true };
  const kind = /\.whl$/i.test(contextPath) ? 'wheel' : 'sdist';
  const source = `${kind} ${basename(contextPath)}`;
  try {
    let distribution: PythonDistribution;
    let metadata: string | undefined;
    if (kind === 'wheel' || /\.zip$/i.test(contextPath)) {
      const { entries, fileBytes } = readWheelFile(file);
      const files = entries.filter((entry) => !entry.name.endsWith('/'));
      const metadataEntry = files.find((entry) => (kind === 'wheel' ? /^[^/]+\.dist-info\/METADATA$/ : /^[^/]+\/PKG-INFO$/).test(entry.name));
      metadata = metadataEntry && readMember(file, metadataEntry, fileBytes).toString('utf8');
      const members = files.map((entry) => ({ path: entry.name, size: entry.size }));
      const estimate = kind === 'wheel' ? wheelInstall(entries, origin, source) : sdistInstall(members, fileBytes, origin, source, distInfoName(name, version));
      distribution = { name, version, fileBytes, ...estimate };
    } else {
      const { members, fileBytes, pkgInfo } = listTarFile(file);
      metadata = pkgInfo;
      distribution = { name, version, fileBytes, ...sdistInstall(members, fileBytes, origin, source, distInfoName(name, version)) };
    }
    const dependencies = runtimeDependencies(metadataRequires(metadata ?? ''), BOOKWORM_PYTHON.version).map((dependency) => {
      const why = `${dependency}: a dependency of ${name}, which pip installs too (unless --no-deps or already installed)`;
      return { name: dependency, dependencyOf: name, installedBytes: unknownBecause(why), cacheBytes: unknownBecause(why) };
    });
    return { status: 'known', value: { distributions: [distribution, ...dependencies], source } };
  } catch (error) {
    return { status: 'unknown', reason: `${basename(contextPath)}: ${messageOf(error)}` };
  }
}

/** A zip file's central directory, read from its last bytes. */
export function readWheelFile(file: string): { entries: ZipEntry[]; fileBytes: number } {
  const handle = openSync(file, 'r');
  try {
    const fileBytes = fstatSync(handle).size;
    const tail = readAt(handle, Math.max(0, fileBytes - ZIP_TAIL_BYTES), Math.min(fileBytes, ZIP_TAIL_BYTES));
    const place = zipDirectoryPlace(tail, fileBytes);
    return { entries: readZipDirectory(readAt(handle, place.offset, place.size), place), fileBytes };
  } finally {
    closeSync(handle);
  }
}

/** The regular files of a (compressed) tar, each path once (a later member replaces an earlier one), and an sdist's top-level PKG-INFO. */
export function listTarFile(file: string): { members: Array<{ path: string; size: number }>; fileBytes: number; pkgInfo?: string } {
  const fileBytes = statSync(file).size;
  const members = new Map<string, number>();
  const pkgInfo: Buffer[] = [];
  const problems: string[] = [];
  const list = () => loadTar().t({
    file,
    sync: true,
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const path = entry.path.replace(/^(\.\/|\/)+/, '');
      if (entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'ContiguousFile') members.set(path, entry.size ?? 0);
      if (/^[^/]+\/PKG-INFO$/.test(path) && (entry.size ?? 0) < 1 << 20) entry.on('data', (chunk: Buffer) => pkgInfo.push(chunk));
    },
    onwarn: (_code: string, message: string | Error) => problems.push(String(message)),
  });
  try {
    list();
  } catch (error) {
    // tar throws a damaged stream (a cut-off gzip) from its own event emitter: its cause says what
    const cause = (error as { context?: { message?: string } }).context?.message;
    problems.push(cause ?? (error instanceof Error ? error.message.split('\n')[0] : String(error)));
  }
  if (problems.length > 0 || members.size === 0) throw new ZipError(`not a readable sdist (${problems[0] ?? 'no files'})`);
  const text = pkgInfo.length > 0 ? Buffer.concat(pkgInfo).toString('utf8') : undefined;
  return { members: [...members].map(([path, size]) => ({ path, size })), fileBytes, pkgInfo: text };
}

/** A zip held in memory (a test's, a downloaded one). */
export { listZip };

function readAt(handle: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(handle, buffer, 0, length, position);
  if (read < length) throw new ZipError('file ends early');
  return buffer;
}

/** A member's content, read from the file at its local header (a METADATA or PKG-INFO of a few kB). */
function readMember(file: string, entry: ZipEntry, fileBytes: number): Buffer {
  const handle = openSync(file, 'r');
  try {
    const header = readAt(handle, entry.localOffset, Math.min(30, fileBytes - entry.localOffset));
    const length = Math.min(30 + header.readUInt16LE(26) + header.readUInt16LE(28) + entry.compressedSize, fileBytes - entry.localOffset);
    return zipMemberContent(readAt(handle, entry.localOffset, length), { ...entry, localOffset: 0 });
  } finally {
    closeSync(handle);
  }
}

/** The `Requires-Dist:` headers of core metadata (METADATA, PKG-INFO), up to the blank line before the description. */
export function metadataRequires(text: string): string[] {
  const headers = text.split(/\r?\n\r?\n/)[0];
  return [...headers.matchAll(/^Requires-Dist:[ \t]*(.+)$/gim)].map((match) => match[1].trim());
}

function distInfoName(name: string, version: string | undefined): string {
  return `${name.replace(/-/g, '_')}-${version ?? '0'}`;
}

function messageOf(error: unknown): string {
  if (error instanceof ZipError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'not in the build context' : error instanceof Error ? error.message.split('\n')[0] : String(error);
}
