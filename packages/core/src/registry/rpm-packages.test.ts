import { Readable } from 'node:stream';
import { Header } from 'tar';
import { keptPackageLists, mergeLayers } from './image-filesystem';
import { installedPackages, rpmDatabasePackages, type InstalledPackage } from './installed-packages';
import { indexLayer, type IndexedEntry, type LayerIndex } from './layer-index';
import { rpmHeaderPackage } from './rpm-header';
import { packagesDatabase } from './test-sqlite-bytes';

const STRING = 6;
const INT32 = 4;
const INT64 = 5;
type Tag = [tag: number, type: number, value: string | number];

/** A header as rpmdb stores it: entry count, data length, 16-byte entries, then the data store. */
function headerBlob(tags: Tag[]): Buffer {
  const data: Buffer[] = [];
  let length = 0;
  const entries = tags.map(([tag, type, value]) => {
    const bytes = type === STRING ? Buffer.from(`${value}\0`) : Buffer.alloc(type === INT64 ? 8 : 4);
    if (type === INT32) bytes.writeUInt32BE(Number(value), 0);
    if (type === INT64) bytes.writeBigUInt64BE(BigInt(value), 0);
    const entry = Buffer.alloc(16);
    entry.writeInt32BE(tag, 0);
    entry.writeUInt32BE(type, 4);
    entry.writeInt32BE(length, 8);
    entry.writeUInt32BE(1, 12);
    data.push(bytes);
    length += bytes.length;
    return entry;
  });
  const counts = Buffer.alloc(8);
  counts.writeUInt32BE(tags.length, 0);
  counts.writeUInt32BE(length, 4);
  return Buffer.concat([counts, ...entries, ...data]);
}

const bash: Tag[] = [[1000, STRING, 'bash'], [1001, STRING, '5.2.26'], [1002, STRING, '4.el10'], [1009, INT32, 8_364_127]];

describe('rpmHeaderPackage', () => {
  test('name, version, release, epoch and size; LONGSIZE wins over SIZE', () => {
    expect(rpmHeaderPackage(headerBlob(bash))).toEqual({ name: 'bash', version: '5.2.26', release: '4.el10', size: 8_364_127 });
    expect(rpmHeaderPackage(headerBlob([...bash, [1003, INT32, 1], [5009, INT64, 5_000_000_000]]))).toEqual({ name: 'bash', version: '5.2.26', release: '4.el10', epoch: 1, size: 5_000_000_000 });
  });

  test('an entry after the immutable region replaces an earlier one of its tag, as rpm reads it', () => {
    expect(rpmHeaderPackage(headerBlob([...bash, [1002, STRING, '5.el10']]))?.release).toBe('5.el10');
  });

  test('damaged headers name no package: too short, no or too many entries, data past the blob, offsets out of range, no NUL', () => {
    const sound = headerBlob(bash);
    expect(rpmHeaderPackage(sound.subarray(0, 7))).toBeUndefined();
    expect(rpmHeaderPackage(sound.subarray(0, sound.length - 1))).toBeUndefined();
    for (const [at, value] of [[0, 0], [0, 0x10000], [4, 0x7fffffff]]) {
      const damaged = Buffer.from(sound);
      damaged.writeUInt32BE(value, at);
      expect(rpmHeaderPackage(damaged)).toBeUndefined();
    }
    const nameOffset = Buffer.from(sound);
    nameOffset.writeInt32BE(10_000, 8 + 8);
    expect(rpmHeaderPackage(nameOffset)).toBeUndefined();
    const noNul = headerBlob([[1001, STRING, '1'], [1000, STRING, 'bash']]);
    noNul[noNul.length - 1] = 0x41;
    expect(rpmHeaderPackage(noNul)).toBeUndefined();
    expect(rpmHeaderPackage(headerBlob([[1000, INT32, 7], [1001, STRING, '1']]))).toBeUndefined();
    // an INT32 whose four bytes would end past the data is left out, not read
    const sizePastData = headerBlob([...bash.slice(0, 3), [1009, INT32, 1]]);
    sizePastData.writeInt32BE(sizePastData.readUInt32BE(4) - 2, 8 + 3 * 16 + 8);
    expect(rpmHeaderPackage(sizePastData)).toEqual({ name: 'bash', version: '5.2.26', release: '4.el10' });
  });
});

describe('rpmDatabasePackages', () => {
  test('version-release with the epoch when it is not 0; a row that is not a header is left out; a file that is not a database has none', () => {
    const database = packagesDatabase([
      headerBlob([...bash, [1003, INT32, 0]]),
      Buffer.from('not a header'),
      headerBlob([[1000, STRING, 'shadow-utils'], [1001, STRING, '4.15.0'], [1002, STRING, '5.el10'], [1003, INT32, 2], [1009, INT32, 4_000_000]]),
      headerBlob([[1000, STRING, 'gpg-pubkey'], [1001, STRING, 'fd431d51']]),
    ]);
    expect(rpmDatabasePackages(database)).toEqual([
      { name: 'bash', version: '5.2.26-4.el10', installedSize: 8_364_127, manager: 'rpm' },
      { name: 'shadow-utils', version: '2:4.15.0-5.el10', installedSize: 4_000_000, manager: 'rpm' },
      { name: 'gpg-pubkey', version: 'fd431d51', manager: 'rpm' },
    ]);
    expect(rpmDatabasePackages(Buffer.from('Package: bash\n'))).toEqual([]);
  });
});

describe('rpm package lists in the merged image', () => {
  const FEDORA = 'usr/lib/sysimage/rpm/rpmdb.sqlite';
  const RHEL = 'var/lib/rpm/rpmdb.sqlite';
  const file = (path: string): IndexedEntry => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, size: 1 });
  const rpm = (name: string): InstalledPackage => ({ name, version: '1-1', manager: 'rpm' });
  const layer = (paths: string[], keptPackages: Record<string, InstalledPackage[]>, changes: Partial<LayerIndex> = {}): LayerIndex => ({ entries: paths.map(file), whiteouts: [], opaqueDirs: [], keptFiles: {}, keptPackages, refused: [], ...changes });
  const packagesOf = (layers: LayerIndex[]) => installedPackages({}, keptPackageLists(layers, mergeLayers(layers))).map((p) => p.name);
  const base = layer([RHEL], { [RHEL]: [rpm('bash'), rpm('glibc')] });

  test('the highest layer that writes the database wins', () => {
    expect(packagesOf([base])).toEqual(['bash', 'glibc']);
    expect(packagesOf([base, layer([RHEL], { [RHEL]: [rpm('bash'), rpm('glibc'), rpm('git')] })])).toEqual(['bash', 'glibc', 'git']);
    expect(packagesOf([base, layer(['etc/motd'], {})])).toEqual(['bash', 'glibc']);
  });

  test('a whiteout, an opaque directory, or a replacing entry whose database was not read removes the lower one', () => {
    expect(packagesOf([base, layer([], {}, { whiteouts: [RHEL] })])).toEqual([]);
    expect(packagesOf([base, layer([], {}, { opaqueDirs: ['var/lib/rpm'] })])).toEqual([]);
    expect(packagesOf([base, layer([RHEL], {})])).toEqual([]);
  });

  test("with a database in both places, Fedora's is read", () => {
    expect(packagesOf([base, layer([FEDORA], { [FEDORA]: [rpm('fedora-release')] })])).toEqual(['fedora-release']);
  });
});

describe('rpm databases in a layer', () => {
  /** a tar holding one file of `size` bytes (zeros), streamed without ever being whole in memory */
  function* tarOfZeros(path: string, size: number): Generator<Buffer> {
    const header = new Header({ path, type: 'File', size, mode: 0o644, mtime: new Date(0) });
    header.encode();
    yield header.block!;
    const chunk = Buffer.alloc(1024 * 1024);
    for (let left = size; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
    yield Buffer.alloc((512 - (size % 512)) % 512 + 1024);
  }
  const PATH = 'var/lib/rpm/rpmdb.sqlite';

  test('one that cannot be read has no packages, and the layer is indexed all the same', async () => {
    const layer = await indexLayer(Readable.from(tarOfZeros(PATH, 10_000)));
    expect(layer.keptPackages).toEqual({ [PATH]: [] });
    expect(layer.entries).toEqual([expect.objectContaining({ path: PATH, size: 10_000 })]);
  });

  test('one over 128 MiB is not read into memory: indexed like any other file', async () => {
    const layer = await indexLayer(Readable.from(tarOfZeros(PATH, 128 * 1024 * 1024 + 1)));
    expect(layer.keptPackages).toEqual({});
    expect(layer.entries).toEqual([expect.objectContaining({ path: PATH, size: 128 * 1024 * 1024 + 1 })]);
  });
});
