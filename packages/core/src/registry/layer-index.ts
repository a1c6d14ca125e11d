import type { Readable, Transform } from 'node:stream';
// not `import * as`: its copy of every export would load zlib as the bundle starts (scripts/bundle.ts LAZY_BUILTINS)
import zlib = require('node:zlib');
import type { ReadEntry } from 'tar';
import { isApkKeyFile } from '../package-index/apk-repositories';
import { isAptConfigFile } from '../package-index/apt-config';
import { isAptSourcesFile } from '../package-index/apt-sources';
import { isRpmConfigFile } from '../package-index/rpm-repos';
import { loadTar } from '../tar-module';
import { RPM_DATABASES, rpmDatabasePackages, type InstalledPackage } from './installed-packages';
import { zstdDecompressor } from './zstd-stream';

/** One path of an image layer, as its tar header says (no content). */
export interface IndexedEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** a link's target */
  link?: string;
}

/** What one layer blob holds: its entries, the lower paths it deletes, and the package databases. */
export interface LayerIndex {
  entries: IndexedEntry[];
  /** `.wh.<name>`: these paths of lower layers are gone */
  whiteouts: string[];
  /** `.wh..wh..opq`: these directories' lower contents are gone */
  opaqueDirs: string[];
  /** the contents of the small files this layer writes that the model reads (package databases, etc/passwd), by path */
  keptFiles: Record<string, string>;
  /** the packages of the binary package databases this layer writes (rpmdb.sqlite), read as it streams, by path */
  keptPackages: Record<string, InstalledPackage[]>;
  /** members refused because their path leaves the root (`../x`) */
  refused: string[];
}

export class LayerIndexError extends Error {}

/** the installed-package databases (Debian's full dpkg status is a few MB) */
const PACKAGE_DATABASES = ['var/lib/dpkg/status', 'lib/apk/db/installed'];
/** small text files the layer model reads (users, groups, the distribution; apk's repositories, architecture and world); os-release is usually a link to usr/lib */
export const TEXT_FILES = ['etc/passwd', 'etc/group', 'etc/os-release', 'usr/lib/os-release', 'etc/apk/repositories', 'etc/apk/arch', 'etc/apk/world'];
/** path → the largest content kept; a larger file is indexed like any other */
const KEPT_FILES = new Map([...PACKAGE_DATABASES.map((path) => [path, 64 * 1024 * 1024] as const), ...TEXT_FILES.map((path) => [path, 64 * 1024] as const)]);
const TEXT_FILE_LIMIT = 64 * 1024;
/** text files kept by a rule on their path: apt's and dnf's sources and configuration, apk's trusted keys (issue 16's package indexes) */
export function isPatternTextFile(path: string): boolean {
  return isAptSourcesFile(path) || isAptConfigFile(path) || isRpmConfigFile(path) || isApkKeyFile(path);
}
/** an rpm database is read into memory to be parsed (Fedora's is tens of MB) */
const MAX_RPM_DATABASE = 128 * 1024 * 1024;
/** the index grows with the members (~100 bytes each): real layers have up to a few hundred thousand */
const MAX_MEMBERS = 2_000_000;
const GZIP = Buffer.from([0x1f, 0x8b]);
const ZSTD = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/**
 * Streams a layer blob once (plain, gzip or zstd tar) and indexes it; only the kept files'
 * contents are kept, so memory stays bounded by the entry count, not the layer's size.
 */
export async function indexLayer(blob: Readable, { maxMembers = MAX_MEMBERS } = {}): Promise<LayerIndex> {
  const tar = await decompressed(blob);
  const index: LayerIndex = { entries: [], whiteouts: [], opaqueDirs: [], keptFiles: {}, keptPackages: {}, refused: [] };
  const { Parser } = loadTar();
  await new Promise<void>((resolve, reject) => {
    let damaged: string | undefined;
    let members = 0;
    const parser = new Parser({
      onReadEntry(entry: ReadEntry) {
        if (++members > maxMembers) {
          reject(new LayerIndexError(`the layer has more than ${maxMembers} members`));
          return void blob.destroy();
        }
        record(entry, index);
        entry.resume();
      },
    });
    // node-tar skips a pax or long-name header over maxMetaEntrySize (1 MiB), which would leave the next
    // member under a wrong name; Go's archive/tar, which builds and pulls images, refuses the layer: so
    // does this, without reading the rest
    parser.on('ignoredEntry', (entry: ReadEntry) => {
      if (!entry.meta) return;
      reject(new LayerIndexError(`the layer has a ${/Extended/.test(entry.type) ? 'pax' : 'long-name'} header of ${entry.size} bytes, over the 1 MiB limit`));
      blob.destroy();
    });
    parser.on('warn', (code: string, message: string, data?: { header?: WhiteoutHeader }) => {
      if (isLinkedWhiteout(message, data?.header)) return void record(data.header as unknown as ReadEntry, index);
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ENTRY_INVALID' || code === 'TAR_ABORT') damaged ??= message;
    });
    parser.on('error', (error: Error) => reject(new LayerIndexError(`the layer is not a readable tar: ${error.message}`)));
    parser.on('end', () => (damaged ? reject(new LayerIndexError(`the layer is damaged or truncated: ${damaged}`)) : resolve()));
    for (const stream of new Set([blob, tar])) stream.on('error', (error: Error) => reject(new LayerIndexError(`the layer cannot be read: ${error.message}`)));
    tar.pipe(parser);
  });
  // sorted by path (stably: a repeated path keeps its tar order, the later one winning), so a
  // one-layer base merges into a sorted listing the layer model can search without sorting it
  index.entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return index;
}

interface WhiteoutHeader {
  path?: string;
  size?: number;
}

/**
 * buildah and podman write a whiteout as an empty regular file whose link name is set; node-tar
 * skips such a member ("linkpath forbidden") where Go's archive/tar, which builds and pulls
 * images, ignores the link name. Only the whiteout's name matters, so it is recorded from its header.
 */
function isLinkedWhiteout(message: string, header: WhiteoutHeader | undefined): header is WhiteoutHeader & { path: string } {
  return message === 'linkpath forbidden' && !header?.size && /(^|\/)\.wh\.[^/]+$/.test(header?.path ?? '');
}

function record(entry: ReadEntry, index: LayerIndex): void {
  const path = safePath(entry.path);
  if (path === undefined) {
    index.refused.push(entry.path);
    return;
  }
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const dir = slash < 0 ? '' : path.slice(0, slash);
  if (name === '.wh..wh..opq') return void index.opaqueDirs.push(dir);
  if (name.startsWith('.wh.')) return void index.whiteouts.push(dir ? `${dir}/${name.slice(4)}` : name.slice(4));
  if (path === '') return;
  const type = entryType(entry.type);
  index.entries.push({
    path,
    type,
    mode: (entry.mode ?? 0) & 0o7777,
    uid: entry.uid ?? 0,
    gid: entry.gid ?? 0,
    size: type === 'file' ? (entry.size ?? 0) : 0,
    ...(entry.linkpath ? { link: entry.linkpath } : {}),
  });
  if (RPM_DATABASES.includes(path)) {
    delete index.keptPackages[path];
    if (type === 'file' && (entry.size ?? 0) <= MAX_RPM_DATABASE) keepContent(entry, (content) => (index.keptPackages[path] = rpmDatabasePackages(content)));
    return;
  }
  const limit = KEPT_FILES.get(path) ?? (isPatternTextFile(path) ? TEXT_FILE_LIMIT : undefined);
  if (limit === undefined) return;
  // a later member of the same path replaces the earlier one, kept or not
  delete index.keptFiles[path];
  if (type === 'file' && (entry.size ?? 0) <= limit) keepContent(entry, (content) => (index.keptFiles[path] = content.toString('utf8')));
}

function keepContent(entry: ReadEntry, kept: (content: Buffer) => void): void {
  const chunks: Buffer[] = [];
  entry.on('data', (chunk: Buffer) => chunks.push(chunk));
  entry.on('end', () => kept(Buffer.concat(chunks)));
}

/** `./usr/bin/x` → `usr/bin/x`; undefined for a path that climbs out of the root */
function safePath(raw: string): string | undefined {
  const parts: string[] = [];
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function entryType(type: string): IndexedEntry['type'] {
  if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile') return 'file';
  if (type === 'Directory') return 'dir';
  if (type === 'SymbolicLink') return 'symlink';
  if (type === 'Link') return 'hardlink';
  return 'other';
}

/** The blob's tar stream, decompressing gzip or zstd (told apart by their magic bytes). */
async function decompressed(blob: Readable): Promise<Readable> {
  const head = await peek(blob, 4);
  if (head.subarray(0, 2).equals(GZIP)) return blob.pipe(zlib.createGunzip());
  if (head.subarray(0, 4).equals(ZSTD)) {
    const nodeZstd = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
    return blob.pipe(nodeZstd ? nodeZstd() : zstdDecompressor());
  }
  return blob;
}

/** The first `count` bytes (fewer at the end), left in the stream to be read again. */
async function peek(stream: Readable, count: number): Promise<Buffer> {
  for (;;) {
    const chunk = stream.read(count) as Buffer | null;
    if (chunk) {
      stream.unshift(chunk);
      return chunk;
    }
    if (stream.readableEnded || stream.destroyed) return Buffer.alloc(0);
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        stream.off('readable', done).off('end', done).off('error', failed);
        resolve();
      };
      const failed = (error: Error) => reject(new LayerIndexError(`the layer cannot be read: ${error.message}`));
      stream.once('readable', done).once('end', done).once('error', failed);
    });
  }
}
