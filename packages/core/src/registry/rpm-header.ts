/**
 * An rpm header as rpmdb stores it (no lead, no header magic): a big-endian count of index entries
 * and the length of the data store, the 16-byte entries {tag, type, offset, count}, then the data.
 * Only the tags that name a package and its size are read; every offset is checked against the data.
 */

/** What an installed package's header says about it. */
export interface RpmHeaderPackage {
  name: string;
  version: string;
  release?: string;
  epoch?: number;
  /** RPMTAG_LONGSIZE when present, else RPMTAG_SIZE: the bytes its files take */
  size?: number;
}

const TAG = { name: 1000, version: 1001, release: 1002, epoch: 1003, size: 1009, longSize: 5009 } as const;
const TYPE = { int32: 4, int64: 5 } as const;
/** STRING, STRING_ARRAY (its first string), I18NSTRING (its first translation) */
const STRING_TYPES = new Set([6, 8, 9]);
/** rpm's own limits on a header (hdrchkTags, hdrchkData) */
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 256 * 1024 * 1024;

/** The package a header blob describes; undefined when the blob is not a sound header or names no package. */
export function rpmHeaderPackage(blob: Buffer): RpmHeaderPackage | undefined {
  if (blob.length < 8) return undefined;
  const entryCount = blob.readUInt32BE(0);
  const dataLength = blob.readUInt32BE(4);
  if (entryCount < 1 || entryCount > MAX_ENTRIES || dataLength > MAX_DATA) return undefined;
  const dataStart = 8 + 16 * entryCount;
  if (dataStart + dataLength > blob.length) return undefined;
  const data = blob.subarray(dataStart, dataStart + dataLength);
  // an entry appended after the immutable region ("dribble") replaces an earlier one of its tag, as in rpm
  const entries = new Map<number, { type: number; offset: number; count: number }>();
  for (let i = 0; i < entryCount; i++) {
    const at = 8 + 16 * i;
    entries.set(blob.readInt32BE(at), { type: blob.readUInt32BE(at + 4), offset: blob.readInt32BE(at + 8), count: blob.readUInt32BE(at + 12) });
  }
  const string = (tag: number): string | undefined => {
    const entry = entries.get(tag);
    if (!entry || !STRING_TYPES.has(entry.type) || entry.offset < 0) return undefined;
    const end = data.indexOf(0, entry.offset);
    return end < 0 ? undefined : data.toString('utf8', entry.offset, end);
  };
  const integer = (tag: number): number | undefined => {
    const entry = entries.get(tag);
    const width = entry?.type === TYPE.int32 ? 4 : entry?.type === TYPE.int64 ? 8 : 0;
    if (!entry || width === 0 || entry.count < 1 || entry.offset < 0 || entry.offset + width > data.length) return undefined;
    return width === 4 ? data.readUInt32BE(entry.offset) : Number(data.readBigUInt64BE(entry.offset));
  };
  const name = string(TAG.name);
  const version = string(TAG.version);
  if (!name || version === undefined) return undefined;
  const release = string(TAG.release);
  const epoch = integer(TAG.epoch);
  const size = integer(TAG.longSize) ?? integer(TAG.size);
  return { name, version, ...(release !== undefined ? { release } : {}), ...(epoch !== undefined ? { epoch } : {}), ...(size !== undefined ? { size } : {}) };
}
