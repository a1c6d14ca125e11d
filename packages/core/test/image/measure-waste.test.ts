import type { ArchiveLayer, DockerArchive } from './docker-archive';
import { measureWaste } from './measure-waste';

type Entry = ArchiveLayer['entries'][number];
const file = (path: string, size: number): Entry => ({ path, type: 'file', size });
const dir = (path: string): Entry => ({ path, type: 'dir', size: 0 });
const whiteout = (path: string): Entry => {
  const slash = path.lastIndexOf('/');
  return file(`${path.slice(0, slash + 1)}.wh.${path.slice(slash + 1)}`, 0);
};
const opaque = (dirPath: string): Entry => file(`${dirPath}/.wh..wh..opq`, 0);

function archive(...layers: Entry[][]): DockerArchive {
  return {
    history: layers.map((_, index) => ({ createdBy: `step ${index}`, emptyLayer: false })),
    layers: layers.map((entries) => ({ entries })),
  };
}

describe('measureWaste', () => {
  const base = [dir('bin'), file('bin/busybox', 1000), dir('etc'), file('etc/passwd', 10)];

  it('counts nothing wasted when every added byte stays visible', () => {
    const result = measureWaste(archive(base, [dir('app'), file('app/a', 300)]), 1);
    expect(result).toMatchObject({ stored: 300, visible: 300, shadowedBase: 0, wasted: 0 });
  });

  it('keeps a whiteout-hidden file stored but not visible', () => {
    const result = measureWaste(archive(base, [file('app/a', 300), file('app/b', 50)], [whiteout('app/a')]), 1);
    expect(result).toMatchObject({ stored: 350, visible: 50, wasted: 300 });
  });

  it('hides a whole directory tree under a directory whiteout', () => {
    const result = measureWaste(archive(base, [file('d/x/1', 10), file('d/x/2', 20), file('dx', 5)], [whiteout('d')]), 1);
    expect(result).toMatchObject({ stored: 35, visible: 5, wasted: 30 });
  });

  it('hides lower files under an opaque directory but keeps the layer\'s own new files', () => {
    const result = measureWaste(
      archive(base, [file('data/old', 100), file('keep', 7)], [dir('data'), opaque('data'), file('data/new', 40)]),
      1,
    );
    expect(result).toMatchObject({ stored: 147, visible: 47, wasted: 100 });
  });

  it('applies a layer\'s whiteouts before its entries, whatever the tar order', () => {
    const result = measureWaste(archive(base, [file('f', 100)], [file('f', 100), whiteout('f')]), 1);
    expect(result).toMatchObject({ stored: 200, visible: 100, wasted: 100 });
  });

  it('counts a copied-up file twice: once visible, once wasted', () => {
    const result = measureWaste(archive(base, [file('big', 3000)], [file('big', 3000)]), 1);
    expect(result).toMatchObject({ stored: 6000, visible: 3000, wasted: 3000 });
  });

  it('adds shadowed base-image bytes to the waste', () => {
    const result = measureWaste(archive(base, [file('bin/busybox', 1200)], [whiteout('etc/passwd')]), 1);
    expect(result).toMatchObject({ stored: 1200, visible: 1200, shadowedBase: 1010, wasted: 1010 });
  });

  it('lets a symlink or hard link hide the file it replaces', () => {
    const result = measureWaste(
      archive(base, [file('a', 10), file('b', 20)], [{ path: 'a', type: 'symlink', size: 0 }, { path: 'b', type: 'link', size: 0 }]),
      1,
    );
    expect(result).toMatchObject({ stored: 30, visible: 0, wasted: 30 });
  });

  it('lets a directory hide a lower file of the same name but merge with a lower directory', () => {
    const result = measureWaste(archive(base, [file('x', 10), file('y/z', 20)], [dir('x'), dir('y'), file('x/new', 1)]), 1);
    expect(result).toMatchObject({ stored: 31, visible: 21, wasted: 10 });
  });

  it('ignores the root entry and treats every layer as added when there is no base', () => {
    const result = measureWaste(archive([dir(''), file('a', 5)], [whiteout('a')]), 0);
    expect(result).toMatchObject({ stored: 5, visible: 0, shadowedBase: 0, wasted: 5 });
  });

  it('reports per-layer file bytes with the history of layer-making steps, skipping empty_layer ones', () => {
    const image = archive(base, [file('a', 5), whiteout('b')]);
    image.history = [
      { createdBy: 'ADD rootfs', emptyLayer: false },
      { createdBy: 'ENV A=1', emptyLayer: true },
      { createdBy: 'RUN make a', emptyLayer: false },
    ];
    expect(measureWaste(image, 1).layers).toEqual([
      { layer: 0, createdBy: 'ADD rootfs', fileBytes: 1010 },
      { layer: 1, createdBy: 'RUN make a', fileBytes: 5 },
    ]);
  });
});
