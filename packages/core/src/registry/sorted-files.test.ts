import { mergeLayers } from './image-filesystem';
import type { IndexedEntry, LayerIndex } from './layer-index';

const file = (path: string, size = 1): IndexedEntry => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, size });
const dir = (path: string): IndexedEntry => ({ path, type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0 });
const layer = (entries: IndexedEntry[], changes: Partial<LayerIndex> = {}): LayerIndex => ({ entries, whiteouts: [], opaqueDirs: [], keptFiles: {}, keptPackages: {}, refused: [], ...changes });

describe('the merged files, kept sorted by path', () => {
  test('layers in tar order (not sorted) merge into one sorted listing; a path a layer holds twice is its later member', () => {
    const files = mergeLayers([
      layer([dir('usr'), file('usr/lib/b'), file('usr/lib/a', 1), file('usr/lib/a', 2), file('usr.txt')]),
      layer([file('usr/lib/0'), file('etc/x'), file('usr/lib/b', 9)]),
    ]);
    expect([...files.keys()]).toEqual(['etc/x', 'usr', 'usr.txt', 'usr/lib/0', 'usr/lib/a', 'usr/lib/b']);
    expect(files.get('usr/lib/a')?.size).toBe(2);
    expect(files.get('usr/lib/b')?.size).toBe(9);
    expect(files.get('usr/lib')).toBeUndefined();
    expect(files.size).toBe(6);
  });

  test("removals touch only their own tree: a whiteout of `usr/lib` keeps `usr/lib.so` and `usr/lib0`; a file over a directory drops what was below it", () => {
    const base = layer([dir('usr/lib'), file('usr/lib/a'), file('usr/lib.so'), file('usr/lib0'), dir('opt'), file('opt/x/y')]);
    const files = mergeLayers([base, layer([file('opt')], { whiteouts: ['usr/lib'] })]);
    expect([...files.keys()]).toEqual(['opt', 'usr/lib.so', 'usr/lib0']);
    expect(files.has('opt/x/y')).toBe(false);
  });

  test('an opaque directory keeps itself and the upper layer’s files in it, not the lower ones', () => {
    const files = mergeLayers([layer([dir('etc'), file('etc/a'), file('etc/b')]), layer([dir('etc'), file('etc/c')], { opaqueDirs: ['etc'] })]);
    expect([...files.keys()]).toEqual(['etc', 'etc/c']);
  });
});
