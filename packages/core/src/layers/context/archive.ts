import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import type { ReadEntry } from 'tar';
import { loadTar } from '../../tar-module';
import type { ArchiveListing } from '../types';

/**
 * What a file is, read from its first bytes as Docker's ADD decides it: a tar (ustar magic at
 * offset 257), a gzip-wrapped tar, or a tar possibly hidden in a compression the model cannot
 * open here (bzip2, xz, zstd).
 */
export type ArchiveKind =
  | { kind: 'tar'; gzip: boolean }
  | { kind: 'compressed'; compression: 'bzip2' | 'xz' | 'zstd' }
  | { kind: 'none' };

const TAR_MAGIC_OFFSET = 257;
/** enough gzip input to inflate past a tar header in practice */
const GZIP_PROBE_BYTES = 64 * 1024;

export async function sniffArchive(file: string): Promise<ArchiveKind> {
  const head = await readHead(file, GZIP_PROBE_BYTES).catch(() => Buffer.alloc(0));
  if (hasTarMagic(head)) return { kind: 'tar', gzip: false };
  if (head[0] === 0x1f && head[1] === 0x8b) {
    return hasTarMagic(inflatePrefix(head)) ? { kind: 'tar', gzip: true } : { kind: 'none' };
  }
  if (head.subarray(0, 3).toString('latin1') === 'BZh') return { kind: 'compressed', compression: 'bzip2' };
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
    return { kind: 'compressed', compression: 'xz' };
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) return { kind: 'compressed', compression: 'zstd' };
  return { kind: 'none' };
}

/** A file name a later `tar -x` is likely to be run on (its content is still checked). */
export function looksLikeTarName(name: string): boolean {
  return /\.(tar|tgz|taz|tar\.gz)$/i.test(name);
}

/**
 * The regular-file members of a (gzipped) tar, later members replacing earlier ones of the same
 * path as extraction does; stops after `maxMembers` entries with `complete: false`.
 */
export function listTarArchive(file: string, maxMembers: number): Promise<ArchiveListing> {
  const { Parser } = loadTar();
  return new Promise((resolve) => {
    const members = new Map<string, number>();
    let seen = 0;
    let settled = false;
    const stream = createReadStream(file);
    const finish = (complete: boolean) => {
      if (settled) return;
      settled = true;
      stream.destroy();
      resolve({ files: [...members].map(([path, size]) => ({ path, size })), complete });
    };
    const parser = new Parser({
      onReadEntry(entry: ReadEntry) {
        seen++;
        if (seen > maxMembers) return finish(false);
        const path = memberPath(entry.path);
        if (path !== '') {
          if (isRegular(entry.type)) members.set(path, entry.size ?? 0);
          else members.delete(path);
        }
        entry.resume();
      },
    });
    let damaged = false;
    parser.on('warn', (code: string) => {
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ENTRY_INVALID' || code === 'TAR_ABORT') damaged = true;
    });
    parser.on('error', () => finish(false));
    parser.on('end', () => finish(!damaged));
    stream.on('error', () => finish(false));
    stream.pipe(parser);
  });
}

function memberPath(path: string): string {
  return path.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
}

function isRegular(type: string): boolean {
  return type === 'File' || type === 'OldFile' || type === 'ContiguousFile';
}

function hasTarMagic(block: Buffer): boolean {
  return block.length >= TAR_MAGIC_OFFSET + 5 && block.subarray(TAR_MAGIC_OFFSET, TAR_MAGIC_OFFSET + 5).toString('latin1') === 'ustar';
}

function inflatePrefix(gzipped: Buffer): Buffer {
  try {
    // a truncated stream is fine: flush what has been inflated so far
    return gunzipSync(gzipped, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

async function readHead(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
