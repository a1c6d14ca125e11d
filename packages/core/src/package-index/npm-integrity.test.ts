import { checkIntegrity, documentDigests, parseIntegrity } from './npm-integrity';
import { cachedNpmKnowledge, loadNpmKnowledge } from './npm-source';
import { NOT_CACHED_REASON } from './package-index-options';
import type { NpmKnowledge, NpmLockPackage } from './package-knowledge';
import { fakeRegistry, MS_INTEGRITY, MS_SHASUM, project } from './test-npm-registry';

/** ms 2.0.0's sha512 with its first digest character changed (T → U) */
const ALTERED = MS_INTEGRITY.replace('sha512-T', 'sha512-U');
/** ms 2.0.0's real sha1 (`openssl dgst -sha1 -binary ms-2.0.0.tgz | base64`) */
const MS_SHA1 = 'sha1-VgiurfwAvmwpAd9fmGF4jeDVl8g=';
const ALTERED_SHA1 = 'sha1-WgiurfwAvmwpAd9fmGF4jeDVl8g=';
const MISMATCH = `ms@2.0.0: tarball does not match package-lock.json's integrity ${ALTERED}`;

async function load(integrity: string, msDist: Record<string, unknown> = {}, cacheDir?: string) {
  const made = project('left-pad', { integrity });
  const registry = fakeRegistry(msDist);
  const result = await loadNpmKnowledge(made.root, 'package-lock.json', { cacheDir: cacheDir ?? made.cacheDir, fetch: registry.fetcher, env: {} });
  if (result.status !== 'known') throw new Error(`expected knowledge, got: ${result.reason}`);
  return { ...made, cacheDir: cacheDir ?? made.cacheDir, asked: registry.asked, ms: msOf(result.value) };
}

function msOf(value: NpmKnowledge): NpmLockPackage {
  const ms = value.packages.find((item) => item.name === 'ms');
  if (!ms) throw new Error('ms is not in the lockfile');
  return ms;
}

describe('checkIntegrity (as ssri matches)', () => {
  const actual = parseIntegrity(`${MS_INTEGRITY} ${MS_SHA1}`);
  test('the strongest algorithm both name decides: a matching sha1 does not save a mismatching sha512', () => {
    expect(checkIntegrity(actual, parseIntegrity(`${ALTERED} ${MS_SHA1}`))).toEqual({ status: 'mismatch', expected: ALTERED });
    expect(checkIntegrity(actual, parseIntegrity(`${MS_INTEGRITY} ${ALTERED_SHA1}`))).toEqual({ status: 'match' });
  });

  test('several digests of one algorithm: any match passes', () => {
    expect(checkIntegrity(actual, parseIntegrity(`${ALTERED} ${MS_INTEGRITY}`))).toEqual({ status: 'match' });
  });

  test('no algorithm in common, or none dflint hashes: unchecked', () => {
    expect(checkIntegrity(parseIntegrity(MS_SHA1), parseIntegrity(MS_INTEGRITY))).toEqual({ status: 'unchecked' });
    expect(parseIntegrity('md5-XrY7u+Ae7tCTyyK7j1rNww== not-sri')).toEqual({});
  });

  test("a document's hex shasum is its sha1", () => {
    expect(documentDigests({ shasum: MS_SHASUM })).toEqual(parseIntegrity(MS_SHA1));
  });
});

describe("the lockfile's integrity against the downloaded tarball", () => {
  test('the real sha512 passes: the tarball is sized', async () => {
    const { ms } = await load(MS_INTEGRITY);
    expect([ms.unpackedSize, ms.tarballSize, ms.unsizedReason]).toEqual([6266, 2874, undefined]);
  });

  test('an altered sha512 fails: no sizes, a reason naming the package and the lockfile, nothing cached for it', async () => {
    const { ms, root, cacheDir } = await load(ALTERED);
    expect([ms.unpackedSize, ms.tarballSize, ms.unsizedReason]).toEqual([undefined, undefined, MISMATCH]);
    // left-pad was cached, ms was not: the cache alone cannot answer yet
    expect(cachedNpmKnowledge(root, 'package-lock.json', { cacheDir, env: {} })).toEqual({ status: 'unknown', reason: NOT_CACHED_REASON });
  });

  test('a sha1 integrity (old lockfiles) is checked the same way', async () => {
    expect((await load(MS_SHA1)).ms.unpackedSize).toBe(6266);
    expect((await load(ALTERED_SHA1)).ms.unsizedReason).toBe(`ms@2.0.0: tarball does not match package-lock.json's integrity ${ALTERED_SHA1}`);
  });
});

describe("the lockfile's integrity against the registry's document (no download)", () => {
  const dist = { unpackedSize: 6266, integrity: MS_INTEGRITY, shasum: MS_SHASUM };
  test('matching: sized from dist.unpackedSize, the tarball only asked by HEAD', async () => {
    const { ms, asked } = await load(MS_INTEGRITY, dist);
    expect(ms.unpackedSize).toBe(6266);
    expect(asked).not.toContain('GET https://registry.npmjs.org/ms/-/ms-2.0.0.tgz');
  });

  test('dist.integrity not matching the lockfile is the same error; dist.shasum checks a sha1 lockfile', async () => {
    expect((await load(ALTERED, dist)).ms.unsizedReason).toBe(MISMATCH);
    expect((await load(ALTERED_SHA1, { unpackedSize: 6266, shasum: MS_SHASUM })).ms.unsizedReason).toMatch(/^ms@2\.0\.0: tarball does not match .+ sha1-W/);
  });
});

describe('cached sizes keep the digests they were checked with', () => {
  test('a lockfile altered after a good load fails from the cache, without a request', async () => {
    const first = await load(MS_INTEGRITY);
    const second = await load(ALTERED, {}, first.cacheDir);
    expect(second.ms.unsizedReason).toBe(MISMATCH);
    expect(second.asked).toEqual([]);
    const cached = cachedNpmKnowledge(second.root, 'package-lock.json', { cacheDir: first.cacheDir, env: {} });
    expect(cached.status === 'known' && msOf(cached.value).unsizedReason).toBe(MISMATCH);
  });

  test('a sha1 lockfile is checked against the sha1 the download also kept', async () => {
    const first = await load(MS_INTEGRITY);
    const second = await load(MS_SHA1, {}, first.cacheDir);
    expect([second.ms.unpackedSize, second.asked]).toEqual([6266, []]);
  });
});
