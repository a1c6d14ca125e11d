/**
 * A read-only reader of the SQLite file format (https://www.sqlite.org/fileformat2.html): the rows
 * of one table of a database held in memory, which is all an rpm database needs. It reads the file
 * header, sqlite_schema (page 1) for the table's root page, table b-tree pages and overflow chains;
 * not indexes, the freelist or a write-ahead log. Every page number and length is checked, and the
 * pages one walk visits are bounded by the file's page count, so a damaged or hostile file ends in
 * a SqliteFormatError, never a hang.
 */

import { TextDecoder } from 'node:util';

export class SqliteFormatError extends Error {}

export type SqliteValue = null | number | string | Buffer;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const TABLE_INTERIOR = 5;
const TABLE_LEAF = 13;

/** The rows of `table` (its name compared case-insensitively, as SQL does), in rowid order. */
export function* sqliteTableRows(database: Buffer, table: string): Generator<SqliteValue[]> {
  const file = new SqliteFile(database);
  let root: number | undefined;
  for (const [type, name, , rootPage] of file.rows(1)) {
    if (type === 'table' && typeof name === 'string' && name.toLowerCase() === table.toLowerCase() && typeof rootPage === 'number') root = rootPage;
  }
  if (root === undefined) throw new SqliteFormatError(`the database has no table ${table}`);
  yield* file.rows(root);
}

class SqliteFile {
  private readonly pageSize: number;
  /** page size less the bytes reserved at the end of each page */
  private readonly usable: number;
  private readonly pageCount: number;
  private readonly text: TextDecoder;
  /** pages read so far: a sound walk of the schema and one table reads each page at most once */
  private pagesRead = 0;

  constructor(private readonly bytes: Buffer) {
    if (bytes.length < 100 || !bytes.subarray(0, 16).equals(MAGIC)) throw new SqliteFormatError('not an SQLite database');
    const size = bytes.readUInt16BE(16);
    this.pageSize = size === 1 ? 65536 : size;
    if (this.pageSize < 512 || (this.pageSize & (this.pageSize - 1)) !== 0) throw new SqliteFormatError(`the page size ${size} is not valid`);
    this.usable = this.pageSize - bytes[20];
    if (this.usable < 480) throw new SqliteFormatError(`${bytes[20]} reserved bytes a page leave too little room`);
    this.pageCount = Math.floor(bytes.length / this.pageSize);
    const encoding = bytes.readUInt32BE(56);
    this.text = new TextDecoder(encoding === 2 ? 'utf-16le' : encoding === 3 ? 'utf-16be' : 'utf-8');
  }

  /** The records of the table b-tree rooted at `root`, left to right; each of its pages once. */
  *rows(root: number): Generator<SqliteValue[]> {
    const seen = new Set<number>();
    const pending = [root];
    while (pending.length > 0) {
      const number = pending.pop()!;
      if (seen.has(number)) throw new SqliteFormatError(`page ${number} is reached twice: the b-tree has a cycle`);
      seen.add(number);
      const page = this.page(number);
      const header = number === 1 ? 100 : 0;
      const type = byte(page, header);
      const cells = u16(page, header + 3);
      const leaf = type === TABLE_LEAF;
      if (!leaf && type !== TABLE_INTERIOR) throw new SqliteFormatError(`page ${number} is not a table b-tree page (type ${type})`);
      const pointers = header + (leaf ? 8 : 12);
      if (leaf) {
        for (let i = 0; i < cells; i++) yield this.record(this.leafPayload(page, u16(page, pointers + 2 * i)));
        continue;
      }
      // children in reverse, so the leftmost is read first; the right-most pointer covers the largest keys
      pending.push(u32(page, header + 8));
      for (let i = cells - 1; i >= 0; i--) pending.push(u32(page, u16(page, pointers + 2 * i)));
    }
  }

  private page(number: number): Buffer {
    if (!Number.isInteger(number) || number < 1 || number > this.pageCount) throw new SqliteFormatError(`page ${number} is outside the ${this.pageCount} pages of the file`);
    if (++this.pagesRead > 2 * this.pageCount) throw new SqliteFormatError('the database refers to more pages than it has');
    return this.bytes.subarray((number - 1) * this.pageSize, number * this.pageSize);
  }

  /** A table leaf cell's payload: what is on the page, then the overflow chain (4-byte next page, then content). */
  private leafPayload(page: Buffer, offset: number): Buffer {
    const [length, lengthBytes] = varint(page, offset);
    const [, rowidBytes] = varint(page, offset + lengthBytes);
    const start = offset + lengthBytes + rowidBytes;
    if (length > this.pageCount * this.usable) throw new SqliteFormatError(`a record of ${length} bytes is larger than the database`);
    const local = this.localPayload(length);
    const parts = [slice(page, start, local)];
    let remaining = length - local;
    let next = remaining > 0 ? u32(page, start + local) : 0;
    while (remaining > 0) {
      const overflow = this.page(next);
      const take = Math.min(remaining, this.usable - 4);
      parts.push(slice(overflow, 4, take));
      remaining -= take;
      next = u32(overflow, 0);
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** How much of a table leaf payload of `length` bytes is stored on the page itself. */
  private localPayload(length: number): number {
    const most = this.usable - 35;
    if (length <= most) return length;
    const least = Math.floor(((this.usable - 12) * 32) / 255) - 23;
    const local = least + ((length - least) % (this.usable - 4));
    return local <= most ? local : least;
  }

  /** A record: a header of serial types (after its own length), then the values. */
  private record(payload: Buffer): SqliteValue[] {
    const [headerLength, headerLengthBytes] = varint(payload, 0);
    if (headerLength > payload.length) throw new SqliteFormatError('a record header runs past its record');
    const values: SqliteValue[] = [];
    let body = headerLength;
    for (let at = headerLengthBytes; at < headerLength; ) {
      const [serial, serialBytes] = varint(payload, at);
      at += serialBytes;
      const length = serialLength(serial);
      values.push(this.value(serial, slice(payload, body, length)));
      body += length;
    }
    return values;
  }

  private value(serial: number, bytes: Buffer): SqliteValue {
    if (serial === 0) return null;
    if (serial === 8 || serial === 9) return serial - 8;
    if (serial <= 5) return bytes.readIntBE(0, bytes.length);
    if (serial === 6) return Number(bytes.readBigInt64BE(0));
    if (serial === 7) return bytes.readDoubleBE(0);
    return serial % 2 === 0 ? bytes : this.text.decode(bytes);
  }
}

function serialLength(serial: number): number {
  if (serial >= 12) return Math.floor((serial - 12) / 2);
  const lengths = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0];
  if (serial >= lengths.length) throw new SqliteFormatError(`serial type ${serial} is reserved`);
  return lengths[serial];
}

/** SQLite's varint: big-endian, 7 bits a byte while the high bit is set, the ninth byte whole. */
export function varint(bytes: Buffer, offset: number): [value: number, length: number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const b = byte(bytes, offset + i);
    value = value * 128 + (b & 0x7f);
    if (b < 0x80) return [value, i + 1];
  }
  return [value * 256 + byte(bytes, offset + 8), 9];
}

function byte(bytes: Buffer, offset: number): number {
  if (offset >= bytes.length) throw new SqliteFormatError('the database is truncated: a read runs past a page or record');
  return bytes[offset];
}

function u16(bytes: Buffer, offset: number): number {
  return slice(bytes, offset, 2).readUInt16BE(0);
}

function u32(bytes: Buffer, offset: number): number {
  return slice(bytes, offset, 4).readUInt32BE(0);
}

function slice(bytes: Buffer, offset: number, length: number): Buffer {
  if (offset + length > bytes.length) throw new SqliteFormatError('the database is truncated: a read runs past a page or record');
  return bytes.subarray(offset, offset + length);
}
