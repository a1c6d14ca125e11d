// A zip file's central directory (PKWARE APPNOTE.TXT 6.3: 4.3.12 central directory header, 4.3.14
// zip64 end of central directory record, 4.3.15 its locator, 4.3.16 end of central directory
// record, 4.5.3 the zip64 extra field). A wheel is a zip: its central directory lists every file
// with its unpacked size, and sits at the end, so the tail of the file (a range request) is enough.
import { inflateRawSync } from 'node:zlib';

/** One member: its name and sizes as the central directory states them. */
export interface ZipEntry {
  name: string;
  /** bytes once unpacked */
  size: number;
  /** bytes stored in the archive */
  compressedSize: number;
  /** where its local header starts, and how it is stored (0 stored, 8 deflated) */
  localOffset: number;
  method: number;
}

/** The end of central directory record is 22 bytes plus a comment of at most 65,535. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

/** A damaged or unsupported zip, said in words that complete "unknown: …". */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX32 = 0xffffffff;

/** Where the central directory lies in the file: `offset` and `size` in bytes. */
export interface ZipDirectoryPlace {
  offset: number;
  size: number;
  entries: number;
}

/**
 * Finds the central directory from the file's last bytes (`tail`, the final `tail.length` bytes
 * of a file of `fileSize`). Throws ZipError when there is no end record or it points outside the file.
 */
export function zipDirectoryPlace(tail: Buffer, fileSize: number): ZipDirectoryPlace {
  const at = lastSignature(tail, EOCD, 22);
  if (at < 0) throw new ZipError('not a zip file (no end of central directory record)');
  let place: ZipDirectoryPlace = { entries: tail.readUInt16LE(at + 10), size: tail.readUInt32LE(at + 12), offset: tail.readUInt32LE(at + 16) };
  const locator = at - 20;
  if (locator >= 0 && tail.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const recordAt = Number(tail.readBigUInt64LE(locator + 8)) - (fileSize - tail.length);
    if (recordAt < 0 || recordAt + 56 > tail.length || tail.readUInt32LE(recordAt) !== ZIP64_EOCD) {
      throw new ZipError('zip64 end of central directory record not found');
    }
    place = {
      entries: Number(tail.readBigUInt64LE(recordAt + 32)),
      size: Number(tail.readBigUInt64LE(recordAt + 40)),
      offset: Number(tail.readBigUInt64LE(recordAt + 48)),
    };
  }
  if (place.offset + place.size > fileSize) throw new ZipError('central directory lies outside the file (truncated?)');
  return place;
}

/** The members listed in `directory`, the bytes of the central directory `place` names. */
export function readZipDirectory(directory: Buffer, place: ZipDirectoryPlace): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < place.entries; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER) {
      throw new ZipError(`central directory entry ${index + 1} of ${place.entries} is damaged`);
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > directory.length) throw new ZipError(`central directory entry ${index + 1} of ${place.entries} is cut off`);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    let size = directory.readUInt32LE(at + 24);
    let compressedSize = directory.readUInt32LE(at + 20);
    let localOffset = directory.readUInt32LE(at + 42);
    if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
      const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      const wide = zip64Sizes(extra, size === MAX32, compressedSize === MAX32, localOffset === MAX32);
      size = wide.size ?? size;
      compressedSize = wide.compressedSize ?? compressedSize;
      localOffset = wide.localOffset ?? localOffset;
    }
    entries.push({ name, size, compressedSize, localOffset, method: directory.readUInt16LE(at + 10) });
    at = end;
  }
  return entries;
}

/** Reads a whole zip held in memory (a local wheel, a test's). */
export function listZip(file: Buffer): ZipEntry[] {
  const tail = file.subarray(Math.max(0, file.length - ZIP_TAIL_BYTES));
  const place = zipDirectoryPlace(tail, file.length);
  return readZipDirectory(file.subarray(place.offset, place.offset + place.size), place);
}

/** The zip64 extra field (id 1): the 8-byte values that replace 0xFFFFFFFF, in APPNOTE's order (size, compressed size, local header offset). */
function zip64Sizes(extra: Buffer, wideSize: boolean, wideCompressed: boolean, wideOffset: boolean): { size?: number; compressedSize?: number; localOffset?: number } {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const read = () => {
        if (field + 8 > at + 4 + length) throw new ZipError('zip64 extra field is too short');
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      const size = wideSize ? read() : undefined;
      const compressedSize = wideCompressed ? read() : undefined;
      const localOffset = wideOffset ? read() : undefined;
      return { size, compressedSize, localOffset };
    }
    at += 4 + length;
  }
  throw new ZipError('a size of 0xFFFFFFFF without its zip64 extra field');
}

/**
 * One member's content, from the bytes of the whole zip: its local header (30 bytes, then its name
 * and extra field) and the data, stored or deflated. For small members (a wheel's METADATA).
 */
export function zipMemberContent(file: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== 0x04034b50) throw new ZipError(`${entry.name}: local header not found`);
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  const data = file.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`${entry.name}: compression method ${entry.method} is not read`);
  try {
    return inflateRawSync(data);
  } catch {
    throw new ZipError(`${entry.name}: damaged deflate data`);
  }
}

function lastSignature(buffer: Buffer, signature: number, minLength: number): number {
  for (let at = buffer.length - minLength; at >= 0; at--) {
    // the comment length must reach exactly to the end, or this is a look-alike inside the comment
    if (buffer.readUInt32LE(at) === signature && at + 22 + buffer.readUInt16LE(at + 20) === buffer.length) return at;
  }
  return -1;
}
