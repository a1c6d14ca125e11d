import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { create, Header } from 'tar';
import { keptFileContents, mergeLayers, regularFileBytes } from './image-filesystem';
import { installedPackages } from './installed-packages';
import { indexLayer, LayerIndexError, type LayerIndex } from './layer-index';

/** A layer tar of the given files ('' content of a path ending in / makes a directory). */
async function layerTar(files: Record<string, string>): Promise<Buffer> {
  const root = mkdtempSync(join(tmpdir(), 'dflint-layer-'));
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) mkdirSync(join(root, path), { recursive: true });
    else {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of create({ cwd: root, portable: true }, Object.keys(files).map((path) => path.replace(/\/$/, '')))) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const index = (bytes: Buffer): Promise<LayerIndex> => indexLayer(Readable.from([bytes]));

const DPKG_STATUS = `Package: libc6
Status: install ok installed
Installed-Size: 12000
Version: 2.36-9

Package: removed-one
Status: deinstall ok config-files
Version: 1.0

Package: bash
Status: install ok installed
Installed-Size: 7000
Version: 5.2.15-2
`;

describe('indexLayer', () => {
  test('plain and gzipped tars: paths, types, sizes; the dpkg database is kept, file contents are not', async () => {
    const tar = await layerTar({ 'etc/': '', 'etc/motd': 'hello\n', 'usr/share/doc/a/README': 'x'.repeat(5000), 'var/lib/dpkg/status': DPKG_STATUS });
    for (const bytes of [tar, gzipSync(tar)]) {
      const layer = await index(bytes);
      expect(layer.entries.find((entry) => entry.path === 'etc/motd')).toMatchObject({ type: 'file', size: 6 });
      expect(layer.entries.find((entry) => entry.path === 'etc')).toMatchObject({ type: 'dir', size: 0 });
      expect(layer.keptFiles['var/lib/dpkg/status']).toBe(DPKG_STATUS);
      expect(installedPackages(layer.keptFiles)).toEqual([
        { name: 'libc6', version: '2.36-9', installedSize: 12000 * 1024, manager: 'dpkg' },
        { name: 'bash', version: '5.2.15-2', installedSize: 7000 * 1024, manager: 'dpkg' },
      ]);
    }
  });

  test('whiteouts and opaque directories are recorded, not indexed as files', async () => {
    const layer = await index(await layerTar({ 'usr/share/doc/.wh.a': '', 'opt/app/.wh..wh..opq': '', 'opt/app/new': 'n' }));
    expect(layer.whiteouts).toEqual(['usr/share/doc/a']);
    expect(layer.opaqueDirs).toEqual(['opt/app']);
    expect(layer.entries.map((entry) => entry.path).filter((path) => path.includes('.wh.'))).toEqual([]);
  });

  test('a path that climbs out of the root is refused; an absolute one is read from the root', async () => {
    const member = (path: string) => {
      const header = new Header({ path, type: 'File', size: 0, mode: 0o644, mtime: new Date(0) });
      header.encode();
      return header.block!;
    };
    const layer = await index(Buffer.concat([member('../../etc/passwd'), member('/abs/file'), member('a/../../b'), Buffer.alloc(1024)]));
    expect(layer.refused).toEqual(['../../etc/passwd', 'a/../../b']);
    expect(layer.entries.map((entry) => entry.path)).toEqual(['abs/file']);
  });

  test('a truncated or corrupt blob is a LayerIndexError, never a crash', async () => {
    const tar = gzipSync(await layerTar({ 'a/b': 'x'.repeat(100_000) }));
    await expect(index(tar.subarray(0, tar.length >> 1))).rejects.toThrow(LayerIndexError);
    await expect(index(Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(600, 7)]))).rejects.toThrow(LayerIndexError);
  });
});

describe('mergeLayers', () => {
  test('whiteouts delete lower paths and their trees, opaque directories clear lower contents, upper files replace lower', async () => {
    const base = await index(await layerTar({ 'usr/share/doc/a/README': 'x'.repeat(4000), 'usr/share/doc/b': 'bb', 'opt/app/old': 'o', 'etc/motd': 'hello\n', 'var/lib/dpkg/status': DPKG_STATUS }));
    const upper = await index(await layerTar({ 'usr/share/doc/.wh.a': '', 'opt/app/.wh..wh..opq': '', 'opt/app/new': 'n', 'etc/motd': 'changed!\n', 'var/lib/dpkg/.wh.status': '' }));
    const files = mergeLayers([base, upper]);
    expect([...files.keys()].filter((path) => files.get(path)!.type === 'file').sort()).toEqual(['etc/motd', 'opt/app/new', 'usr/share/doc/b']);
    expect(files.get('etc/motd')!.size).toBe(9);
    expect(regularFileBytes(files)).toBe(9 + 1 + 2);
    expect(keptFileContents([base], mergeLayers([base]))).toHaveProperty(['var/lib/dpkg/status']);
    expect(keptFileContents([base, upper], files)).toEqual({});
  });

  test('a whiteout of a directory whose parents are not entries removes its whole tree; a later file there is kept', async () => {
    const base = await index(await layerTar({ 'usr/share/doc/a/README': 'r', 'usr/share/doc/a/x/y': 'y', 'usr/share/doc/b': 'b' }));
    const lower = { ...base, entries: base.entries.filter((entry) => entry.type === 'file') };
    const upper = await index(await layerTar({ 'usr/share/.wh.doc': '' }));
    const top = await index(await layerTar({ 'usr/share/doc/a/new': 'n' }));
    expect([...mergeLayers([lower, upper, top]).keys()].filter((path) => path.startsWith('usr/share/doc/'))).toEqual(['usr/share/doc/a/new']);
  });

  test('kept text files: the content of the layer the merge kept, not of a lower one an upper layer replaced with a file too large to keep', async () => {
    const base = await index(await layerTar({ 'etc/passwd': 'root:x:0:0::/root:/bin/sh\n', 'etc/group': 'root:x:0:\n' }));
    const upper = await index(await layerTar({ 'etc/group': 'g'.repeat(70 * 1024) }));
    expect(base.keptFiles).toEqual({ 'etc/passwd': 'root:x:0:0::/root:/bin/sh\n', 'etc/group': 'root:x:0:\n' });
    expect(keptFileContents([base, upper], mergeLayers([base, upper]))).toEqual({ 'etc/passwd': 'root:x:0:0::/root:/bin/sh\n' });
  });
});

describe('installedPackages', () => {
  test('apk: P, V and I of each record', () => {
    expect(installedPackages({ 'lib/apk/db/installed': 'C:Q1x\nP:musl\nV:1.2.5-r0\nI:393216\n\nP:busybox\nV:1.36.1-r29\n' })).toEqual([
      { name: 'musl', version: '1.2.5-r0', installedSize: 393216, manager: 'apk' },
      { name: 'busybox', version: '1.36.1-r29', manager: 'apk' },
    ]);
  });
});
