import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDirectory, LayerIndexCache } from './index-cache';
import type { LayerIndex } from './layer-index';

const DIGEST = `sha256:${'f'.repeat(64)}`;
const INDEX: LayerIndex = {
  entries: [
    { path: 'etc', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0 },
    { path: 'etc/motd', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 6 },
    { path: 'bin/sh', type: 'symlink', mode: 0o777, uid: 0, gid: 0, size: 0, link: 'busybox' },
  ],
  whiteouts: ['usr/share/doc/a'],
  opaqueDirs: ['opt'],
  packageDatabases: { 'lib/apk/db/installed': 'P:musl\nV:1\n' },
  refused: ['../x'],
};

describe('LayerIndexCache', () => {
  test('a written index reads back the same, under the layer digest, with no temporary file left', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dflint-cache-'));
    const cache = new LayerIndexCache(directory);
    expect(cache.read(DIGEST)).toBeUndefined();
    cache.write(DIGEST, INDEX);
    expect(new LayerIndexCache(directory).read(DIGEST)).toEqual(INDEX);
    expect(readdirSync(join(directory, 'layers'))).toEqual([`sha256_${'f'.repeat(64)}.json`]);
  });

  test('a damaged or other-format file is a miss, not an error', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dflint-cache-'));
    const cache = new LayerIndexCache(directory);
    cache.write(DIGEST, INDEX);
    const file = join(directory, 'layers', `sha256_${'f'.repeat(64)}.json`);
    writeFileSync(file, '{"format":1,"rows":[');
    expect(cache.read(DIGEST)).toBeUndefined();
    writeFileSync(file, '{"format":99,"rows":[]}');
    expect(cache.read(DIGEST)).toBeUndefined();
  });

  test('the cache folder: XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/var/cache/ci' })).toBe('/var/cache/ci/dflint');
    expect(cacheDirectory({})).toMatch(/\/\.cache\/dflint$/);
  });
});
