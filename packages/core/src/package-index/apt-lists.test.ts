import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedAptIndex, loadAptIndex, NOT_CACHED_REASON, releaseCacheFile, RELEASE_TTL_MS, type AptIndexResult } from './apt-fetch';
import { aptListFiles, listName } from './apt-lists';
import { Lz4FrameSize } from './apt-list-size';
import { aptIndexTargets } from './apt-targets';
import { fakeFetch, PACKAGES, PACKAGES_XZ, release, SOURCE, SUITE } from './test-apt-server';

const temporary = () => mkdtempSync(join(tmpdir(), 'dflint-apt-lists-'));
const LISTED = { 'main/binary-amd64/Packages': PACKAGES, 'main/binary-amd64/Packages.xz': PACKAGES_XZ };

async function indexed(files: Record<string, Buffer> = LISTED): Promise<Extract<AptIndexResult, { status: 'indexed' }>> {
  const inRelease = release(files);
  const { fetcher } = fakeFetch({ [`${SUITE}InRelease`]: inRelease, [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ });
  const result = await loadAptIndex(SOURCE, 'main', 'amd64', { cacheDirectory: temporary(), fetch: fetcher });
  if (result.status !== 'indexed') throw new Error(result.reason);
  return result;
}

describe('the index sizes apt stores, measured at fetch time', () => {
  test('a load gives the Release as downloaded (exact bytes) and the index decompressed and as an LZ4 frame; a cached load gives the same without compressing', async () => {
    const inRelease = release(LISTED);
    const { fetcher, asked } = fakeFetch({ [`${SUITE}InRelease`]: inRelease, [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ });
    const cacheDirectory = temporary();
    const first = await loadAptIndex(SOURCE, 'main', 'amd64', { cacheDirectory, fetch: fetcher });
    expect(first.status === 'indexed' && first.releaseFile).toEqual({ url: `${SUITE}InRelease`, bytes: Buffer.byteLength(inRelease) });
    const stored = first.status === 'indexed' ? first.stored : undefined;
    expect(stored?.bytes).toBe(PACKAGES.length);
    // liblz4 1.9.4's frame of the same excerpt (`lz4 -1 -B4 -BD`: 64 KiB linked blocks, as apt writes them) is 5,591 bytes
    expect(Math.abs(stored!.lz4Bytes / 5591 - 1)).toBeLessThan(0.01);
    const second = await loadAptIndex(SOURCE, 'main', 'amd64', { cacheDirectory, fetch: fetcher });
    expect(second.status === 'indexed' && second.stored).toEqual(stored);
    expect(asked).toHaveLength(2);
  });

  test('cachedAptIndex: no request; not cached is NOT_CACHED_REASON; once loaded, the cache at any age', async () => {
    const { fetcher, asked } = fakeFetch({ [`${SUITE}InRelease`]: release(LISTED), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ });
    let now = 1_000_000;
    const options = { cacheDirectory: temporary(), fetch: fetcher, now: () => now };
    expect(cachedAptIndex(SOURCE, 'main', 'amd64', options)).toEqual({ status: 'unavailable', reason: NOT_CACHED_REASON });
    await loadAptIndex(SOURCE, 'main', 'amd64', options);
    now += 10 * RELEASE_TTL_MS;
    const cached = cachedAptIndex(SOURCE, 'main', 'amd64', options);
    expect(cached.status === 'indexed' && cached.index.packages.map((p) => p.name)).toContain('coreutils');
    expect(cached.status === 'indexed' && cached.stored?.bytes).toBe(PACKAGES.length);
    expect(asked).toHaveLength(2);
    expect(cachedAptIndex(SOURCE, 'main', 'amd64', { ...options, offline: true })).toEqual({ status: 'unavailable', reason: 'package index not fetched (offline)' });
  });

  test('a damaged Release in the cache is asked again, not an error', async () => {
    const { fetcher, asked } = fakeFetch({ [`${SUITE}InRelease`]: release(LISTED), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ });
    const options = { cacheDirectory: temporary(), fetch: fetcher };
    await loadAptIndex(SOURCE, 'main', 'amd64', options);
    writeFileSync(releaseCacheFile(options.cacheDirectory, SOURCE), JSON.stringify({ format: 1, at: Date.now(), name: 'x', text: 'no date here' }));
    expect(cachedAptIndex(SOURCE, 'main', 'amd64', options)).toEqual({ status: 'unavailable', reason: NOT_CACHED_REASON });
    expect((await loadAptIndex(SOURCE, 'main', 'amd64', options)).status).toBe('indexed');
    expect(asked).toEqual([`${SUITE}InRelease`, `${SUITE}main/binary-amd64/Packages.xz`, `${SUITE}InRelease`]);
  });

  test('Lz4FrameSize: an incompressible input is stored, at its size plus the frame (7 + 4 bytes) and 4 bytes per 64 KiB block', () => {
    const sizer = new Lz4FrameSize();
    const random = randomBytes(3 * 1024 * 1024 + 5);
    for (let at = 0; at < random.length; at += 100_000) sizer.add(random.subarray(at, at + 100_000));
    expect(sizer.bytes).toBe(random.length);
    expect(sizer.frameBytes()).toBe(random.length + 11 + 4 * Math.ceil(random.length / 65536));
  });

  test("Lz4FrameSize: the same text measures the same whatever the network's chunks", () => {
    const text = Buffer.concat(Array.from({ length: 300 }, (_, i) => Buffer.concat([PACKAGES, Buffer.from(`Package: p${i}\n`)])));
    const measure = (chunk: number) => {
      const sizer = new Lz4FrameSize();
      for (let at = 0; at < text.length; at += chunk) sizer.add(text.subarray(at, at + chunk));
      return sizer.frameBytes();
    };
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(new Set([measure(1000), measure(65536), measure(700_001), measure(text.length)]).size).toBe(1);
  });
});

describe('aptListFiles', () => {
  const targets = (result: Extract<AptIndexResult, { status: 'indexed' }>) => aptIndexTargets([SOURCE], 'amd64').map((target) => ({ target, result }));

  test("apt's names; InRelease exact; Packages as .lz4 estimated (GzipIndexes) or decompressed exact; no Translation with Languages none", async () => {
    const result = await indexed();
    const lz4 = aptListFiles(targets(result), { gzipIndexes: true, languages: [] });
    expect(lz4).toEqual([
      { name: 'deb.debian.org_debian_dists_bookworm_InRelease', bytes: { value: result.releaseFile.bytes, estimate: 'exact' } },
      { name: 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', bytes: { value: result.stored!.lz4Bytes, estimate: 'estimated', source: 'Debian bookworm main amd64 Packages, 2026-07-11' } },
    ]);
    const plain = aptListFiles(targets(result), { languages: [] });
    expect(plain[1]).toEqual({ name: 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages', bytes: { value: PACKAGES.length, estimate: 'exact' } });
  });

  test('Translation files of the configured languages (en by default) when the Release lists them: exact decompressed from the Release, unknown as .lz4', async () => {
    const translation = Buffer.from('Package: coreutils\nDescription-md5: 0\nDescription-en: GNU core utilities\n');
    const result = await indexed({ ...LISTED, 'main/i18n/Translation-en': translation, 'main/i18n/Translation-en.bz2': Buffer.from('x'), 'main/i18n/Translation-de.bz2': Buffer.from('y') });
    const byDefault = aptListFiles(targets(result), {});
    expect(byDefault.map((file) => file.name)).toEqual([
      'deb.debian.org_debian_dists_bookworm_InRelease',
      'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages',
      'deb.debian.org_debian_dists_bookworm_main_i18n_Translation-en',
    ]);
    expect(byDefault[2].bytes).toEqual({ value: translation.length, estimate: 'exact' });
    const german = aptListFiles(targets(result), { gzipIndexes: true, languages: ['de'] });
    expect(german[2]).toEqual({ name: 'deb.debian.org_debian_dists_bookworm_main_i18n_Translation-de.lz4', bytes: { value: 0, estimate: 'unknown', reason: 'the lz4 size of Translation-de is not measured (it is not fetched)' } });
  });

  test('listName: no scheme or credentials, `/` as `_`, ` ~%` and non-ASCII quoted, a port kept', () => {
    expect(listName('http://deb.debian.org/debian/dists/bookworm/InRelease')).toBe('deb.debian.org_debian_dists_bookworm_InRelease');
    expect(listName('https://user:pw@apt.example:8080/~me/repo/dists/stable/InRelease')).toBe('apt.example:8080_%7eme_repo_dists_stable_InRelease');
    expect(listName('http://apt.example/a b%/Release')).toBe('apt.example_a%20b%25_Release');
  });
});
