import { inflateRawSync } from 'node:zlib';

// Just enough of the zip format to read a .vsix in tests: the central directory's names, and
// each entry's bytes (stored or deflated). No zip64, no encryption: vsce writes neither.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Every entry of the archive by name, its bytes read on demand. */
export function zipEntries(zip: Buffer): Map<string, () => Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  const entries = new Map<string, () => Buffer>();
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_ENTRY) throw new Error(`bad central directory entry at byte ${offset}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, () => entryData(zip, localHeader, method, compressedSize));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(zip: Buffer, localHeader: number, method: number, compressedSize: number): Buffer {
  if (zip.readUInt32LE(localHeader) !== LOCAL_HEADER) throw new Error(`bad local header at byte ${localHeader}`);
  const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method === STORED) return Buffer.from(data);
  if (method === DEFLATED) return inflateRawSync(data);
  throw new Error(`unsupported compression method ${method}`);
}
