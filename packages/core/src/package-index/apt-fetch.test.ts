import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AptIndexCache } from './apt-index-cache';
import { loadAptIndex, OFFLINE_REASON, RELEASE_TTL_MS } from './apt-fetch';
import { parsePackages } from './apt-packages';
import { Readable } from 'node:stream';
import type { AptSource } from './apt-sources';
import { fakeFetch, PACKAGES, PACKAGES_XZ, release, SOURCE, SUITE } from './test-apt-server';

const temporary = () => mkdtempSync(join(tmpdir(), 'dflint-apt-'));

describe('loadAptIndex', () => {
  test("fetches InRelease and Packages.xz (by hash, as the Release offers), checks and parses it with the Release's date as its source; later runs read both caches, and a Release past the TTL is asked again", async () => {
    const byHash = `${SUITE}main/binary-amd64/by-hash/SHA256/${createHash('sha256').update(PACKAGES_XZ).digest('hex')}`;
    const { fetcher, asked } = fakeFetch({ [`${SUITE}InRelease`]: release({ 'main/binary-amd64/Packages': PACKAGES, 'main/binary-amd64/Packages.xz': PACKAGES_XZ }, { byHash: true }), [byHash]: PACKAGES_XZ });
    const cacheDirectory = temporary();
    let now = 1_000_000;
    const options = { cacheDirectory, fetch: fetcher, now: () => now };
    const first = await loadAptIndex(SOURCE, 'main', 'amd64', options);
    expect(first.status === 'indexed' && first.index.source).toBe('Debian bookworm main amd64 Packages, 2026-07-11');
    expect(first.status === 'indexed' && first.path).toBe('main/binary-amd64/Packages.xz');
    const expected = await parsePackages(Readable.from([PACKAGES]));
    expect(first.status === 'indexed' && first.index.packages).toEqual(expected);
    expect(asked).toEqual([`${SUITE}InRelease`, byHash]);
    const second = await loadAptIndex(SOURCE, 'main', 'amd64', options);
    expect(asked).toHaveLength(2);
    expect(second.status === 'indexed' && JSON.parse(JSON.stringify(second.index))).toEqual(JSON.parse(JSON.stringify(first.status === 'indexed' && first.index)));
    now += RELEASE_TTL_MS + 1;
    await loadAptIndex(SOURCE, 'main', 'amd64', options);
    // the Release again, the index not: its sha256 is the same
    expect(asked).toEqual([`${SUITE}InRelease`, byHash, `${SUITE}InRelease`]);
  });

  test('offline: no request at all, and the reason says so', async () => {
    const { fetcher, asked } = fakeFetch({});
    expect(await loadAptIndex(SOURCE, 'main', 'amd64', { cacheDirectory: temporary(), fetch: fetcher, offline: true })).toEqual({ status: 'unavailable', reason: OFFLINE_REASON });
    expect(OFFLINE_REASON).toBe('package index not fetched (offline)');
    expect(asked).toEqual([]);
  });

  test('no InRelease: Release; only a .gz listed: Packages.gz', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = gzipSync(PACKAGES);
    const { fetcher, asked } = fakeFetch({ [`${SUITE}Release`]: release({ 'main/binary-arm64/Packages.gz': gz }), [`${SUITE}main/binary-arm64/Packages.gz`]: gz });
    const result = await loadAptIndex(SOURCE, 'main', 'arm64', { cacheDirectory: temporary(), fetch: fetcher });
    expect(result.status === 'indexed' && result.index.packages.map((p) => p.name)).toEqual(['libc6', 'coreutils', 'gcc-12', 'python3-lib389', 'mawk', 'apt', 'perl']);
    expect(asked).toEqual([`${SUITE}InRelease`, `${SUITE}Release`, `${SUITE}main/binary-arm64/Packages.gz`]);
  });

  test('a hash mismatch, a size mismatch, a corrupt xz, an unknown architecture and an unreachable mirror are one-line reasons, and nothing damaged is cached', async () => {
    const other = Buffer.from(PACKAGES_XZ);
    other[other.length - 20] ^= 1;
    const listing = (sha256: string, size: number) => release({}).replace('SHA256:\n', `SHA256:\n ${sha256} ${size} main/binary-amd64/Packages.xz\n`);
    const cases: Array<[Record<string, string | Buffer>, string, RegExp | string]> = [
      // a sound xz that is not the one the Release lists, and one shorter than it says
      [{ [`${SUITE}InRelease`]: listing('f'.repeat(64), PACKAGES_XZ.length), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ }, 'amd64', `main/binary-amd64/Packages.xz does not match its Release's sha256 ${'f'.repeat(64)} (got ${createHash('sha256').update(PACKAGES_XZ).digest('hex')})`],
      [{ [`${SUITE}InRelease`]: listing('f'.repeat(64), PACKAGES_XZ.length + 10), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ }, 'amd64', 'main/binary-amd64/Packages.xz is 3692 bytes, not the 3702 its Release lists'],
      [{ [`${SUITE}InRelease`]: listing('f'.repeat(64), 100), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ }, 'amd64', 'main/binary-amd64/Packages.xz is larger than the 100 bytes its Release lists'],
      // damaged in transit: whichever notices first, the xz check or the hash
      [{ [`${SUITE}InRelease`]: release({ 'main/binary-amd64/Packages.xz': PACKAGES_XZ }), [`${SUITE}main/binary-amd64/Packages.xz`]: other }, 'amd64', /^main\/binary-amd64\/Packages.xz (does not match its Release's sha256 [0-9a-f]{64} \(got [0-9a-f]{64}\)|cannot be decompressed: corrupt data)$/],
      [{ [`${SUITE}InRelease`]: release({ 'main/binary-amd64/Packages.xz': PACKAGES_XZ }), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ.subarray(0, 1000) }, 'amd64', /^main\/binary-amd64\/Packages.xz (is 1000 bytes, not the 3692 its Release lists|cannot be decompressed: truncated or not xz)$/],
      // the hash matches, the content is no xz stream
      [{ [`${SUITE}InRelease`]: release({ 'main/binary-amd64/Packages.xz': PACKAGES }), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES }, 'amd64', 'main/binary-amd64/Packages.xz cannot be decompressed: not xz'],
      [{ [`${SUITE}InRelease`]: release({ 'main/binary-amd64/Packages.xz': PACKAGES_XZ }) }, 'riscv64', 'http://deb.debian.org/debian bookworm has no riscv64 packages (its Release lists all amd64 arm64 armel armhf i386 mips64el mipsel ppc64el s390x)'],
      [{ [`${SUITE}InRelease`]: release({ 'main/binary-i386/Packages.xz': PACKAGES_XZ }) }, 'amd64', 'http://deb.debian.org/debian bookworm: its Release lists no main/binary-amd64/Packages'],
      [{}, 'amd64', `${SUITE}Release: HTTP 404`],
    ];
    for (const [table, architecture, reason] of cases) {
      const cacheDirectory = temporary();
      const result = await loadAptIndex(SOURCE, 'main', architecture, { cacheDirectory, fetch: fakeFetch(table).fetcher });
      expect(result.status).toBe('unavailable');
      expect(result.status === 'unavailable' && result.reason).toMatch(typeof reason === 'string' ? new RegExp(`^${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : reason);
      expect(readdirSync(cacheDirectory, { recursive: true }).filter((name) => String(name).endsWith('.index'))).toEqual([]);
    }
    const local = await loadAptIndex({ ...SOURCE, uri: 'file:/srv/repo' }, 'main', 'amd64', { cacheDirectory: temporary(), fetch: fakeFetch({}).fetcher });
    expect(local).toEqual({ status: 'unavailable', reason: 'file:/srv/repo is not an http(s) repository (etc/apt/sources.list.d/debian.sources)' });
    const unreachable = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: new Error('getaddrinfo ENOTFOUND deb.debian.org') });
    }) as unknown as typeof fetch;
    expect(await loadAptIndex(SOURCE, 'main', 'amd64', { cacheDirectory: temporary(), fetch: unreachable })).toEqual({ status: 'unavailable', reason: `${SUITE}InRelease: getaddrinfo ENOTFOUND deb.debian.org` });
  });
});

describe('loadAptIndex: flat repositories and stalled mirrors', () => {
  test('a flat repository (`deb http://x ./`): Release and Packages.xz in its directory, no component', async () => {
    const flat: AptSource = { uri: 'http://apt.example/repo', suite: './', components: [], file: 'etc/apt/sources.list' };
    const releaseText = `Origin: Example\nDate: Mon, 01 Jun 2026 00:00:00 UTC\nSHA256:\n ${createHash('sha256').update(PACKAGES_XZ).digest('hex')} ${PACKAGES_XZ.length} Packages.xz\n`;
    const { fetcher, asked } = fakeFetch({ 'http://apt.example/repo/Release': releaseText, 'http://apt.example/repo/Packages.xz': PACKAGES_XZ });
    const result = await loadAptIndex(flat, '', 'amd64', { cacheDirectory: temporary(), fetch: fetcher });
    expect(result.status === 'indexed' && [result.path, result.index.source, result.index.packages.length]).toEqual(['Packages.xz', 'Example ./ amd64 Packages, 2026-06-01', 7]);
    expect(asked).toEqual(['http://apt.example/repo/InRelease', 'http://apt.example/repo/Release', 'http://apt.example/repo/Packages.xz']);
  });

  test('a mirror that never answers, and one that stops sending, fail after the timeout with a one-line reason', async () => {
    const never = ((_url: string, init: RequestInit) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof fetch;
    expect(await loadAptIndex(SOURCE, 'main', 'amd64', { cacheDirectory: temporary(), fetch: never, timeoutMs: 50 })).toEqual({ status: 'unavailable', reason: `${SUITE}InRelease: no answer within 50 ms` });
    const inRelease = release({ 'main/binary-amd64/Packages.xz': PACKAGES_XZ });
    const stalls = (async (url: string, init: RequestInit) => {
      if (url.endsWith('InRelease')) return new Response(inRelease);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(PACKAGES_XZ.subarray(0, 1000)));
          init.signal!.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return new Response(body);
    }) as unknown as typeof fetch;
    expect(await loadAptIndex(SOURCE, 'main', 'amd64', { cacheDirectory: temporary(), fetch: stalls, timeoutMs: 50 })).toEqual({ status: 'unavailable', reason: `${SUITE}main/binary-amd64/Packages.xz: no data for 50 ms` });
  });
});

describe('AptIndexCache', () => {
  test('stores and loads an index by its sha256 (relation fields parsed when read); a damaged or other-format file is a miss', async () => {
    const directory = temporary();
    const cache = new AptIndexCache(directory);
    const packages = await parsePackages(Readable.from([PACKAGES]));
    cache.write('ab'.repeat(32), { source: 'Debian bookworm main amd64 Packages, 2026-07-11', packages });
    const read = cache.read('ab'.repeat(32));
    expect(read?.source).toBe('Debian bookworm main amd64 Packages, 2026-07-11');
    expect(read?.packages.map((p) => JSON.parse(JSON.stringify(p)))).toEqual(JSON.parse(JSON.stringify(packages)));
    expect(read?.packages[1]).toMatchObject({ name: 'coreutils', essential: true, multiArch: 'foreign', installedSize: 18062 * 1024, debSize: 2896560 });
    expect(cache.read('cd'.repeat(32))).toBeUndefined();
    const file = join(directory, 'apt', `${'ab'.repeat(32)}.index`);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 1));
    expect(cache.read('ab'.repeat(32))).toBeUndefined();
    writeFileSync(file, Buffer.concat([Buffer.from(bytes.toString('latin1').replace('"format":2', '"format":9'), 'latin1')]));
    expect(cache.read('ab'.repeat(32))).toBeUndefined();
    writeFileSync(file, 'not json\n');
    expect(cache.read('ab'.repeat(32))).toBeUndefined();
  });
});
