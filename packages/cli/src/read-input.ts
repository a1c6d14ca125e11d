import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { formatByteCount } from '@dflint/core';
import { maxLinesFor } from '@dflint/config';

export class ReadError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  EISDIR: 'is a directory, not a Dockerfile',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** Binary content shows in the first bytes; only these are searched for a NUL. */
const SNIFF_BYTES = 8192;
// a FIFO swapped in between stat and open must not wait for a writer
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a Dockerfile as UTF-8 text; anything that is not a readable text file of at most
 * `maxBytes` is a ReadError whose message names the file as the user wrote it (`name`).
 * The file's type and size are checked before a byte of it is read. Synchronous: a small file
 * reads in ~10 µs so, against ~50 µs of event-loop work for four awaited calls (measured on the corpus).
 */
export function readDockerfileSync(file: string, name: string, maxBytes: number): string {
  let fd: number;
  try {
    // a FIFO or a device is refused unopened: opening one may block or have side effects
    refuseUnreadable(statSync(file), name, maxBytes);
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw error instanceof ReadError ? error : readError(name, error);
  }
  try {
    // what was opened may have been swapped in since the stat
    const stat = fstatSync(fd);
    refuseUnreadable(stat, name, maxBytes);
    let bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      // the first read takes only what binary detection needs: a big binary file is not read on
      const wanted = length < SNIFF_BYTES ? Math.min(SNIFF_BYTES, bytes.length) - length : bytes.length - length;
      const bytesRead = readSync(fd, bytes, length, wanted, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length <= SNIFF_BYTES) refuseBinary(bytes.subarray(0, length), name);
      if (length > maxBytes) throw tooLarge(name, undefined, maxBytes);
      // full: the file grew since it was measured
      if (length === bytes.length) bytes = Buffer.concat([bytes, Buffer.alloc(Math.min(bytes.length, maxBytes + 1 - bytes.length))]);
    }
    return decode(bytes.subarray(0, length), name, maxBytes);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw readError(name, error);
  } finally {
    closeSync(fd);
  }
}

/** readDockerfileSync, for callers that await. */
export async function readDockerfile(file: string, name: string, maxBytes: number): Promise<string> {
  return readDockerfileSync(file, name, maxBytes);
}

/**
 * Reads stdin (which may be a pipe, a file or a device) chunk by chunk: binary content is refused
 * from its first bytes and input over `maxBytes` as soon as it passes the limit, so neither
 * /dev/zero nor /dev/urandom is read for long.
 */
export async function readStdin(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (length < SNIFF_BYTES) refuseBinary(Buffer.concat([...chunks, bytes]).subarray(0, SNIFF_BYTES), name);
    chunks.push(bytes);
    length += bytes.length;
    // leaving the loop destroys the stream: nothing more is read
    if (length > maxBytes) throw tooLarge(name, undefined, maxBytes);
  }
  return decode(Buffer.concat(chunks, length), name, maxBytes);
}

function refuseUnreadable(stat: Stats, name: string, maxBytes: number): void {
  if (stat.isDirectory()) throw new ReadError(`${name}: ${REASONS.EISDIR}`);
  if (!stat.isFile()) {
    throw new ReadError(`${name}: is ${kindOf(stat)}, not a regular file; to lint what it holds, pipe it to stdin: dflint - < ${name}`);
  }
  if (stat.size > maxBytes) throw tooLarge(name, stat.size, maxBytes);
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function tooLarge(name: string, size: number | undefined, maxBytes: number): ReadError {
  const measured = size === undefined ? 'is larger than' : `is ${formatByteCount(size)}, over`;
  return new ReadError(`${name}: ${measured} the ${formatByteCount(maxBytes)} limit for a Dockerfile; raise it with --max-file-size or the maxFileSize config key`);
}

function readError(name: string, error: unknown): ReadError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new ReadError(`${name}: ${REASONS[code] ?? `cannot be read (${code || String(error)})`}`);
}

function refuseBinary(bytes: Buffer, name: string): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ReadError(`${name}: is UTF-16 encoded; Docker reads Dockerfiles as UTF-8, so save it as UTF-8`);
  }
  // NUL bytes never occur in a Dockerfile; they mark binary content (an image, an archive)
  if (bytes.includes(0)) throw new ReadError(`${name}: is a binary file, not a Dockerfile`);
}

function decode(bytes: Buffer, name: string, maxBytes: number): string {
  refuseBinary(bytes.subarray(0, SNIFF_BYTES), name);
  const maxLines = maxLinesFor(maxBytes);
  // a file has at most one line more than it has bytes: most are never counted
  const lines = bytes.length < maxLines ? 0 : lineCount(bytes);
  if (lines > maxLines) {
    throw new ReadError(
      `${name}: has ${lines} lines, over the ${maxLines} a ${formatByteCount(maxBytes)} size limit allows (one per 200 bytes); raise it with --max-file-size or the maxFileSize config key`,
    );
  }
  return bytes.toString('utf8');
}

/** Lines as the parser breaks them: at LF, CRLF and a lone CR. */
function lineCount(bytes: Buffer): number {
  let lines = 1;
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === 0x0a || (byte === 0x0d && bytes[at + 1] !== 0x0a)) lines++;
  }
  return lines;
}
