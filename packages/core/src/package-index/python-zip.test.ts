import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remoteWheelListing } from './python-pypi';
import { listZip, ZipError, zipMemberContent } from './python-zip';

/**
 * A zip of STORED members written by the APPNOTE layout (local headers, data, central directory,
 * end record), optionally with zip64 sizes and a zip64 end record and locator, as zip tools write
 * them for members or archives past 4 GiB (which a test cannot hold).
 */
function storedZip(members: Array<{ name: string; data: Buffer }>, zip64 = false): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of members) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const extra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(data.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt32LE(zip64 ? 0xffffffff : data.length, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes, extra);
    parts.push(local, nameBytes, data);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (!zip64) return Buffer.concat([...parts, directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(members.length), 24);
  record.writeBigUInt64LE(BigInt(members.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  end.fill(0xff, 8, 20);
  return Buffer.concat([...parts, directory, record, locator, end]);
}

describe('zip central directory', () => {
  it('reads zip64 sizes and the zip64 end record', () => {
    const zip = storedZip([{ name: 'a/b.py', data: Buffer.from('print(1)\n') }, { name: 'a/c.bin', data: Buffer.alloc(300) }], true);
    expect(listZip(zip)).toEqual([
      { name: 'a/b.py', size: 9, compressedSize: 9, localOffset: 0, method: 0 },
      { name: 'a/c.bin', size: 300, compressedSize: 300, localOffset: 45, method: 0 },
    ]);
    expect(zipMemberContent(zip, listZip(zip)[0]).toString()).toBe('print(1)\n');
  });

  it('says what is wrong with a damaged central directory or a cut-off file', () => {
    const zip = storedZip([{ name: 'x.py', data: Buffer.from('x = 1\n') }]);
    const damaged = Buffer.from(zip);
    damaged.writeUInt32LE(0, zip.length - 22 - 50);
    expect(() => listZip(damaged)).toThrow(new ZipError('central directory entry 1 of 1 is damaged'));
    const wheel = readFileSync(join(__dirname, 'fixtures', 'python', 'truncated-0.1-py3-none-any.whl'));
    expect(() => listZip(wheel)).toThrow('not a zip file (no end of central directory record)');
    const pointsOutside = Buffer.from(zip);
    pointsOutside.writeUInt32LE(zip.length, zip.length - 6);
    expect(() => listZip(pointsOutside)).toThrow('central directory lies outside the file (truncated?)');
  });

  it('reads a remote wheel\'s directory with a second range request when it starts before the tail', async () => {
    const members = Array.from({ length: 3 }, (_, index) => ({ name: `pkg/data${index}.bin`, data: randomBytes(40_000) }));
    // many small members push the directory's start before the last 65,557 bytes
    for (let index = 0; index < 1200; index++) members.push({ name: `pkg/module_${String(index).padStart(4, '0')}_with_a_long_name.py`, data: Buffer.from('x = 1\n') });
    const zip = storedZip(members);
    const ranges: string[] = [];
    const fetcher = (async (_url: string | URL | Request, init?: RequestInit) => {
      const [start, end] = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('Range') ?? '')!.slice(1).map(Number);
      ranges.push(`${start}-${end}`);
      return new Response(zip.subarray(start, end + 1), { status: 206 });
    }) as typeof fetch;
    const entries = await remoteWheelListing('https://files.example/pkg-1.0-py3-none-any.whl', zip.length, { fetch: fetcher, timeoutMs: 1000 });
    expect(entries).toHaveLength(1203);
    expect(entries[0]).toMatchObject({ name: 'pkg/data0.bin', size: 40_000, compressedSize: 40_000 });
    expect(ranges).toHaveLength(2);
  });
});
