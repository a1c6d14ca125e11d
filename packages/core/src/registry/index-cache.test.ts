import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedImage } from './client';
import { cacheDirectory, LayerIndexCache, ResolvedImageCache, TAG_TTL_MS } from './index-cache';
import { parseImageReference } from './reference';
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
  keptFiles: { 'lib/apk/db/installed': 'P:musl\nV:1\n' },
  keptPackages: { 'var/lib/rpm/rpmdb.sqlite': [{ name: 'bash', version: '5.2.26-4.el10', installedSize: 8_364_127, manager: 'rpm' }] },
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
    // format 3 read no rpm database: an index of that format is made again
    const { keptPackages, ...format3 } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(keptPackages).toEqual(INDEX.keptPackages);
    writeFileSync(file, JSON.stringify({ ...format3, format: 3 }));
    expect(cache.read(DIGEST)).toBeUndefined();
    // format 4 kept no apt sources: an index of that format is made again
    writeFileSync(file, JSON.stringify({ ...format3, keptPackages, format: 4 }));
    expect(cache.read(DIGEST)).toBeUndefined();
    writeFileSync(file, '{"format":2,"rows":[');
    expect(cache.read(DIGEST)).toBeUndefined();
    writeFileSync(file, '{"format":99,"rows":[]}');
    expect(cache.read(DIGEST)).toBeUndefined();
    // format 1 kept no text files: read again rather than misread
    writeFileSync(file, JSON.stringify({ format: 1, rows: [], whiteouts: [], opaqueDirs: [], packageDatabases: {}, refused: [] }));
    expect(cache.read(DIGEST)).toBeUndefined();
  });

  test('the cache folder: XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/var/cache/ci' })).toBe('/var/cache/ci/dflint');
    expect(cacheDirectory({})).toMatch(/\/\.cache\/dflint$/);
  });
});

describe('ResolvedImageCache', () => {
  const AMD64 = { os: 'linux', architecture: 'amd64' };
  const imageOf = (text: string): ResolvedImage => ({
    reference: parseImageReference(text),
    digest: DIGEST,
    platform: AMD64,
    config: { env: ['A=1'], diffIds: [], history: [] },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: DIGEST, size: 10 }],
  });

  test("a tag's resolution is trusted for the TTL, a digest's for ever; another platform is another entry", () => {
    const directory = mkdtempSync(join(tmpdir(), 'dflint-cache-'));
    let now = 1_000_000;
    const cache = new ResolvedImageCache(directory, () => now);
    const tagged = imageOf('debian:bookworm');
    const pinned = imageOf(`debian@${DIGEST}`);
    cache.write(tagged);
    cache.write(pinned);
    expect(cache.read(tagged.reference, AMD64)).toEqual(tagged);
    expect(cache.read(tagged.reference, { os: 'linux', architecture: 'arm64' })).toBeUndefined();
    now += TAG_TTL_MS + 1;
    expect(cache.read(tagged.reference, AMD64)).toBeUndefined();
    expect(cache.read(tagged.reference, AMD64, { anyAge: true })).toEqual(tagged);
    expect(cache.read(pinned.reference, AMD64)).toEqual(pinned);
  });
});
