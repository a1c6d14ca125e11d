// What pip stores for one distribution, from the listing of its wheel or sdist. A wheel's
// central directory gives its files' sizes exactly; pip adds the .pyc files it compiles and a few
// dist-info records, which are estimated here, so the sum is `estimated` and says from what.
import type { Bytes } from '../layers/bytes';
import { estimated, lowerBound } from '../layers/bytes';
import type { ZipEntry } from './python-zip';

/**
 * A .pyc file's bytes from its source's: CPython 3.11 here compiled 23,286 modules of the stdlib
 * and two site-packages trees to 1.17–1.41 bytes per source byte plus ~190 bytes of header and
 * constants each (an empty module's .pyc is 194 bytes). Bytecode, so only an estimate.
 */
const PYC_FIXED = 190;
const PYC_PER_SOURCE_BYTE = 1.25;
/** a RECORD line: `path,sha256=<43 characters>,<size>` and its newline, less the path and size */
const RECORD_LINE = 53;
/** `__pycache__/` plus `.cpython-311` in a compiled file's path */
const PYC_PATH_EXTRA = 24;
/** bytes of a setuptools-built wheel's WHEEL file (`Wheel-Version`, `Generator`, `Root-Is-Purelib`, `Tag`) */
const WHEEL_FILE = 92;
/** zip's local header (30) and central directory header (46) per member, plus the end record (22) */
const ZIP_LOCAL = 30;
const ZIP_CENTRAL = 46;
const ZIP_END = 22;

/** A file a distribution installs: its path relative to site-packages (or a `.data/` path) and size. */
export interface DistFile {
  path: string;
  size: number;
}

export interface InstallEstimate {
  installedBytes: Bytes;
  /** of installedBytes, the .pyc pip compiles */
  compiledBytes: number;
  /** what pip keeps in ~/.cache/pip/wheels: a wheel it built from an sdist; undefined when it keeps nothing */
  cacheBytes?: Bytes;
}

/** How pip got the distribution: a local file or URL writes direct_url.json, naming it. */
export interface InstallOrigin {
  /** the file's path or URL as pip records it (`/tmp/gtdemo-1.0.tar.gz`) */
  url?: string;
  /** named on the command line: pip writes REQUESTED (empty) */
  requested: boolean;
}

/** pip's install of a wheel whose central directory is `entries`: the files plus .pyc plus dist-info records. */
export function wheelInstall(entries: readonly ZipEntry[], origin: InstallOrigin, source: string): InstallEstimate {
  const files = entries.filter((entry) => !entry.name.endsWith('/')).map((entry) => ({ path: entry.name, size: entry.size }));
  const { total, compiled } = installedParts(files, origin);
  return { installedBytes: estimated(total, source), compiledBytes: compiled };
}

/**
 * pip's install of an sdist whose tar listing is `members`: it builds a wheel of the package
 * files (everything under the sdist's package directories: top-level or `src/` directories with an
 * `__init__.py`, and top-level modules but setup.py), installs it and keeps the wheel in its cache.
 * The wheel's size is the package files' share of the sdist's compressed size plus zip's headers.
 * Compiled extensions (C, C++, Cython, Rust sources) make both figures lower bounds.
 */
export function sdistInstall(
  members: ReadonlyArray<{ path: string; size: number }>,
  sdistBytes: number,
  origin: InstallOrigin,
  source: string,
  name: string,
): InstallEstimate {
  const inside = members.map((member) => ({ path: member.path.replace(/^[^/]+\//, ''), size: member.size }));
  const packageFiles = inside.filter((file) => isPackageFile(file.path, inside)).map(stripSrc);
  const metadata = inside.find((file) => file.path === 'PKG-INFO')?.size ?? 0;
  const distInfo = (file: string, size: number) => ({ path: `${name}.dist-info/${file}`, size });
  const topLevel = [...new Set(packageFiles.map((file) => file.path.split('/')[0].replace(/\.py$/, '')))];
  const built: DistFile[] = [
    ...packageFiles,
    distInfo('METADATA', metadata),
    distInfo('WHEEL', WHEEL_FILE),
    distInfo('top_level.txt', topLevel.join('\n').length + 1),
  ];
  const record = recordBytes(built);
  const all = inside.reduce((sum, file) => sum + file.size, 0);
  const ratio = all > 0 ? Math.min(1.1, sdistBytes / all) : 1;
  const content = [...built, distInfo('RECORD', record)];
  const wheel =
    content.reduce((sum, file) => sum + Math.round(file.size * ratio) + ZIP_LOCAL + ZIP_CENTRAL + 2 * file.path.length, 0) + ZIP_END;
  // origin.json beside the cached wheel records where it came from, like direct_url.json
  const cached = wheel + directUrlBytes(origin.url);
  const compiled = inside.find((file) => /\.(c|cc|cpp|cxx|pyx|rs|f90)$/i.test(file.path));
  const { total: installed, compiled: compiledBytes } = installedParts([...built, distInfo('RECORD', record)], origin);
  if (compiled) {
    const why = `${name}: builds compiled extensions (${compiled.path}) whose size is unknown`;
    return { installedBytes: bound(installed, source, why), compiledBytes, cacheBytes: bound(cached, source, why) };
  }
  return { installedBytes: estimated(installed, source), compiledBytes, cacheBytes: estimated(cached, source) };
}

/** The wheel's files, the .pyc pip compiles for its modules, and INSTALLER, REQUESTED, direct_url.json and RECORD's new lines. */
export function installedParts(files: readonly DistFile[], origin: InstallOrigin): { total: number; compiled: number } {
  let bytes = 0;
  let added = 0;
  let compiled = 0;
  for (const file of files) {
    bytes += file.size;
    if (compiles(file.path)) {
      const pyc = pycBytes(file.size);
      // the .pyc and its RECORD line
      compiled += pyc + RECORD_LINE + file.path.length + PYC_PATH_EXTRA + digits(pyc);
    }
  }
  const distInfo = files.find((file) => /^[^/]+\.dist-info\//.test(file.path))?.path.split('/')[0] ?? 'x.dist-info';
  const extras = [{ name: 'INSTALLER', size: 4 }];
  if (origin.requested) extras.push({ name: 'REQUESTED', size: 0 });
  if (origin.url !== undefined) extras.push({ name: 'direct_url.json', size: directUrlBytes(origin.url) });
  for (const extra of extras) {
    bytes += extra.size;
    added += RECORD_LINE + distInfo.length + 1 + extra.name.length + digits(extra.size);
  }
  return { total: bytes + added + compiled, compiled };
}

/** An estimated .pyc size for a module of `sourceBytes` (PYC_FIXED, PYC_PER_SOURCE_BYTE). */
export function pycBytes(sourceBytes: number): number {
  return Math.round(PYC_FIXED + PYC_PER_SOURCE_BYTE * sourceBytes);
}

/** pip compiles the modules of purelib/platlib: the wheel's root and its `.data/purelib|platlib/`. */
function compiles(path: string): boolean {
  if (!path.endsWith('.py')) return false;
  const data = /^[^/]+\.data\/([^/]+)\//.exec(path);
  return data === null || data[1] === 'purelib' || data[1] === 'platlib';
}

/** `{"archive_info": {}, "url": "file:///tmp/x.tar.gz"}`, as pip writes it for a local file. */
function directUrlBytes(url: string | undefined): number {
  if (url === undefined) return 0;
  return `{"archive_info": {}, "url": "${url.startsWith('/') ? `file://${url}` : url}"}`.length;
}

function recordBytes(files: readonly DistFile[]): number {
  return files.reduce((sum, file) => sum + RECORD_LINE + file.path.length + digits(file.size), 0) + 40;
}

function isPackageFile(path: string, all: ReadonlyArray<{ path: string }>): boolean {
  if (!path.includes('/')) return path.endsWith('.py') && path !== 'setup.py';
  const parts = path.split('/');
  if (parts[0].endsWith('.egg-info')) return false;
  const root = parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : parts[0];
  return all.some((file) => file.path === `${root}/__init__.py`);
}

function stripSrc(file: DistFile): DistFile {
  return file.path.startsWith('src/') ? { ...file, path: file.path.slice(4) } : file;
}

function bound(value: number, source: string, reason: string): Bytes {
  return { ...lowerBound(value), source, reason };
}

function digits(value: number): number {
  return String(value).length;
}
