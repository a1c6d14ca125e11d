import { BaseLayer } from './base-layer';
import { ImageFilesystem } from './filesystem';
import { LayerWriter } from './layer-writer';
import { debianIndex } from './test-base-image';
import type { CopyUpEffect } from './types';

const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } };
const sed = (path: string, rewrites: boolean): CopyUpEffect => ({ kind: 'copy-up', command: 'sed', range, path, recursive: false, extraBytes: { value: 0, estimate: 'unknown' }, ...(rewrites && { rewrites }) });

describe('LayerWriter over a resolved base', () => {
  const writerOverBase = () => {
    const filesystem = new ImageFilesystem(new BaseLayer(debianIndex().files, range));
    return new LayerWriter(filesystem, []);
  };

  test('a copy-up that appends an unknown amount stores at least the base size', () => {
    const writer = writerOverBase();
    writer.apply(sed('/etc/apt/sources.list', false));
    expect(writer.stored()[0].bytes).toEqual({ value: 120, estimate: 'lower-bound' });
  });

  test('a rewrite (sed -i) may shrink the file: its size is unknown, not a bound; the base copy is hidden exactly', () => {
    const writer = writerOverBase();
    writer.apply(sed('/etc/apt/sources.list', true));
    expect(writer.stored()[0].bytes).toEqual({ value: 0, estimate: 'unknown', reason: '`sed` rewrites /etc/apt/sources.list: its new size is unknown' });
    expect(writer.baseTouches).toEqual([{ path: '/etc/apt/sources.list', effect: expect.objectContaining({ command: 'sed' }), bytes: { value: 120, estimate: 'exact' } }]);
  });
});
