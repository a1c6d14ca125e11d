import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { measureWaste } from './measure-waste';
import { readDockerArchive } from './read-archive';

const MiB = 1024 * 1024;

/** A layer's content: path → size of a zero-filled regular file, 'dir', or a symlink target. */
type LayerSpec = Record<string, number | 'dir' | { symlink: string }>;

interface ArchiveSpec {
  /** `created_by` per history step; `(empty)` ones are written as empty_layer */
  history: string[];
  layers: Array<{ content: LayerSpec; gzip?: boolean }>;
  /** skopeo's flat `<n>.tar` members, or docker save's legacy `<n>/layer.tar` */
  layout?: 'flat' | 'nested';
}

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-archive-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Writes a docker-archive with node-tar: layer tars, a config with history, manifest.json. */
async function writeArchive(name: string, spec: ArchiveSpec): Promise<string> {
  const root = path.join(work, name);
  const outer = path.join(root, 'outer');
  fs.mkdirSync(outer, { recursive: true });
  const layerMembers: string[] = [];
  for (const [index, layer] of spec.layers.entries()) {
    const tree = path.join(root, `layer${index}`);
    fs.mkdirSync(tree);
    for (const [entryPath, what] of Object.entries(layer.content)) {
      const target = path.join(tree, entryPath);
      fs.mkdirSync(what === 'dir' ? target : path.dirname(target), { recursive: true });
      if (typeof what === 'number') fs.writeFileSync(target, Buffer.alloc(what));
      else if (what !== 'dir') fs.symlinkSync(what.symlink, target);
    }
    const member = spec.layout === 'nested' ? `${index}/layer.tar` : `${index}.tar`;
    fs.mkdirSync(path.dirname(path.join(outer, member)), { recursive: true });
    await tar.c({ cwd: tree, file: path.join(outer, member), gzip: layer.gzip ?? false, portable: true }, ['.']);
    layerMembers.push(member);
  }
  const history = spec.history.map((step) =>
    step.startsWith('(empty) ') ? { created_by: step.slice(8), empty_layer: true } : { created_by: step },
  );
  fs.writeFileSync(path.join(outer, 'config.json'), JSON.stringify({ architecture: 'amd64', history }));
  fs.writeFileSync(path.join(outer, 'manifest.json'), JSON.stringify([{ Config: 'config.json', Layers: layerMembers }]));
  const file = path.join(root, `${name}.docker.tar`);
  // manifest.json first here (skopeo writes it last) so both orders are exercised
  await tar.c({ cwd: outer, file, portable: true }, ['manifest.json', 'config.json', ...layerMembers]);
  return file;
}

const busyboxBase = { content: { bin: 'dir', 'bin/busybox': 2000, 'bin/sh': { symlink: 'busybox' }, etc: 'dir', 'etc/passwd': 100 } } as const;

describe('readDockerArchive', () => {
  it('lists each layer\'s entries with normalised paths, types and sizes, and the history', async () => {
    const file = await writeArchive('listing', {
      history: ['ADD rootfs.tar /', '(empty) ENV A=1', 'RUN mkdir /data && dd of=/data/one'],
      layers: [busyboxBase, { content: { data: 'dir', 'data/one': 4096 } }],
    });
    const image = await readDockerArchive(file);
    expect(image.history).toEqual([
      { createdBy: 'ADD rootfs.tar /', emptyLayer: false },
      { createdBy: 'ENV A=1', emptyLayer: true },
      { createdBy: 'RUN mkdir /data && dd of=/data/one', emptyLayer: false },
    ]);
    expect(image.layers).toHaveLength(2);
    expect(image.layers[0]!.entries).toEqual(
      expect.arrayContaining([
        { path: 'bin', type: 'dir', size: 0 },
        { path: 'bin/busybox', type: 'file', size: 2000 },
        { path: 'bin/sh', type: 'symlink', size: 0 },
        { path: 'etc/passwd', type: 'file', size: 100 },
      ]),
    );
    expect(image.layers[1]!.entries.filter((entry) => entry.path !== '')).toEqual([
      { path: 'data', type: 'dir', size: 0 },
      { path: 'data/one', type: 'file', size: 4096 },
    ]);
  });

  it('reads gzipped layers, nested `<id>/layer.tar` members and highly compressible content', async () => {
    const file = await writeArchive('gzipped', {
      history: ['ADD rootfs.tar /', 'RUN dd if=/dev/zero of=/zeros bs=1M count=8'],
      layers: [busyboxBase, { content: { zeros: 8 * MiB }, gzip: true }],
      layout: 'nested',
    });
    const image = await readDockerArchive(file);
    expect(image.layers[1]!.entries).toContainEqual({ path: 'zeros', type: 'file', size: 8 * MiB });
  });

  it('follows layer members that are links to another member, and reads a repeated layer twice', async () => {
    const source = await writeArchive('links-source', { history: ['ADD rootfs.tar /'], layers: [busyboxBase] });
    const root = path.join(work, 'links');
    fs.mkdirSync(path.join(root, 'abc'), { recursive: true });
    await tar.x({ file: source, cwd: root });
    fs.symlinkSync('../0.tar', path.join(root, 'abc', 'layer.tar'));
    fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify([{ Config: 'config.json', Layers: ['abc/layer.tar', 'abc/layer.tar'] }]));
    const file = path.join(work, 'links.docker.tar');
    await tar.c({ cwd: root, file }, ['0.tar', 'abc/layer.tar', 'config.json', 'manifest.json']);
    const image = await readDockerArchive(file);
    expect(image.layers).toHaveLength(2);
    expect(image.layers[1]!.entries).toContainEqual({ path: 'bin/busybox', type: 'file', size: 2000 });
    // the repeat stores the base's files again, hiding (shadowing) the base's copies
    expect(measureWaste(image, 1)).toMatchObject({ stored: 2100, visible: 2100, shadowedBase: 2100, wasted: 2100 });
  });

  it('reads an empty layer (RUN true) as no entries', async () => {
    const root = path.join(work, 'empty');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'layer.tar'), Buffer.alloc(1024));
    fs.writeFileSync(path.join(root, 'config.json'), JSON.stringify({ history: [{ created_by: 'RUN true' }] }));
    fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify([{ Config: 'config.json', Layers: ['layer.tar'] }]));
    const file = path.join(work, 'empty.docker.tar');
    await tar.c({ cwd: root, file }, ['layer.tar', 'config.json', 'manifest.json']);
    expect(await readDockerArchive(file)).toEqual({ history: [{ createdBy: 'RUN true', emptyLayer: false }], layers: [{ entries: [] }] });
  });

  it('keeps whiteouts that containers/storage writes with a stale link name in the header', async () => {
    const file = await writeArchive('stale-linkpath', {
      history: ['ADD rootfs.tar /', 'RUN apt-get update', 'RUN rm -rf /var/lib/apt/lists/*'],
      layers: [busyboxBase, { content: { 'lists/aux': 'dir', 'lists/Packages': 5000 } }, { content: {} }],
    });
    // replace the last layer with a raw tar: a hard link, then a whiteout still naming the link's target
    const header = (fields: ConstructorParameters<typeof tar.Header>[0]) => {
      const block = Buffer.alloc(512);
      new tar.Header({ mode: 0o644, uid: 0, gid: 0, mtime: new Date(0), size: 0, ...fields }).encode(block, 0);
      return block;
    };
    const layer = Buffer.concat([
      header({ path: 'lists/', type: 'Directory', mode: 0o755 }),
      header({ path: 'lists/.wh.Packages', type: 'File', linkpath: 'lists/aux' }),
      header({ path: 'lists/next', type: 'File', size: 3 }),
      Buffer.from('abc'.padEnd(512, '\0')),
      Buffer.alloc(1024),
    ]);
    const outer = path.join(work, 'stale-linkpath', 'outer');
    fs.writeFileSync(path.join(outer, '2.tar'), layer);
    await tar.c({ cwd: outer, file, portable: true }, ['manifest.json', 'config.json', '0.tar', '1.tar', '2.tar']);

    const image = await readDockerArchive(file);
    expect(image.layers[2]!.entries).toEqual([
      { path: 'lists', type: 'dir', size: 0 },
      { path: 'lists/.wh.Packages', type: 'file', size: 0 },
      { path: 'lists/next', type: 'file', size: 3 },
    ]);
    expect(measureWaste(image, 1)).toMatchObject({ stored: 5003, visible: 3, wasted: 5000 });
  });

  it('says what is wrong with something that is not a docker-archive', async () => {
    const root = path.join(work, 'broken');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'notes.txt'), 'hello');
    await tar.c({ cwd: root, file: path.join(work, 'no-manifest.tar') }, ['notes.txt']);
    await expect(readDockerArchive(path.join(work, 'no-manifest.tar'))).rejects.toThrow(/no manifest\.json/);

    fs.writeFileSync(path.join(root, 'layer.tar'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    fs.writeFileSync(path.join(root, 'config.json'), '{"history":[]}');
    fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify([{ Config: 'config.json', Layers: ['layer.tar', 'gone.tar'] }]));
    await tar.c({ cwd: root, file: path.join(work, 'bad-layer.tar') }, ['manifest.json', 'config.json', 'layer.tar']);
    await expect(readDockerArchive(path.join(work, 'bad-layer.tar'))).rejects.toThrow(/layer\.tar: not a valid layer tar/);
  });
});

describe('measureWaste on archives written with node-tar', () => {
  it('measures the seed scenario: 5 MiB stored, 1 MiB visible, 4 MiB wasted', async () => {
    // RUN mkdir /data; dd one; chmod -R (copies one up); dd two; chmod -R (copies both up); rm one
    const file = await writeArchive('seed', {
      history: ['ADD rootfs.tar /', 'RUN mkdir /data', 'RUN dd … of=/data/one', 'RUN chmod -R 0777 /data',
        'RUN dd … of=/data/two', 'RUN chmod -R 0777 /data', 'RUN rm /data/one', '(empty) CMD ls -alh /data'],
      layers: [
        busyboxBase,
        { content: { data: 'dir' } },
        { content: { 'data/one': MiB } },
        { content: { 'data/one': MiB } },
        { content: { 'data/two': MiB }, gzip: true },
        { content: { 'data/one': MiB, 'data/two': MiB } },
        { content: { data: 'dir', 'data/.wh.one': 0 } },
      ],
    });
    const measured = measureWaste(await readDockerArchive(file), 1);
    expect(measured).toMatchObject({ stored: 5 * MiB, visible: MiB, shadowedBase: 0, wasted: 4 * MiB });
    expect(measured.layers.map((layer) => layer.fileBytes)).toEqual([2100, 0, MiB, MiB, MiB, 2 * MiB, 0]);
    expect(measured.layers[6]!.createdBy).toBe('RUN rm /data/one');
  });

  it('measures the merged seed RUN as nothing wasted', async () => {
    const file = await writeArchive('seed-merged', {
      history: ['ADD rootfs.tar /', 'RUN mkdir /data && dd … && chmod -R … && rm /data/one'],
      layers: [busyboxBase, { content: { data: 'dir', 'data/two': MiB } }],
    });
    expect(measureWaste(await readDockerArchive(file), 1)).toMatchObject({ stored: MiB, visible: MiB, wasted: 0 });
  });

  it('counts an opaque directory, a directory whiteout and a shadowed base file', async () => {
    const file = await writeArchive('whiteouts', {
      history: ['ADD rootfs.tar /', 'RUN fill', 'RUN rm -rf /cache && mkdir /cache && rm -rf /old && rm /etc/passwd'],
      layers: [
        busyboxBase,
        { content: { 'cache/a': 3000, 'cache/b': 4000, 'old/deep/c': 500, keep: 10 } },
        { content: { cache: 'dir', 'cache/.wh..wh..opq': 0, 'cache/fresh': 1, '.wh.old': 0, 'etc/.wh.passwd': 0 } },
      ],
    });
    expect(measureWaste(await readDockerArchive(file), 1)).toMatchObject({
      stored: 7511,
      visible: 11,
      shadowedBase: 100,
      wasted: 7600,
    });
  });
});
