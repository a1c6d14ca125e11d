import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedNpmKnowledge, isNodeLockfile, loadNpmKnowledge } from './npm-source';
import { NOT_CACHED_REASON } from './package-index-options';
import { OFFLINE_REASON, type NpmKnowledge } from './package-knowledge';
import { fakeRegistry, MS_TARBALL, project, REGISTRY } from './test-npm-registry';

const NOW = () => Date.UTC(2026, 11, 6);

function known(result: Awaited<ReturnType<typeof loadNpmKnowledge>>): NpmKnowledge {
  if (result.status !== 'known') throw new Error(`expected sizes, got: ${result.reason}`);
  return result.value;
}

describe('loadNpmKnowledge', () => {
  test("sizes from the registry: a tarball's regular files summed when the document has no unpackedSize, else unpackedSize and a HEAD", async () => {
    const { root, cacheDir } = project();
    const { fetcher } = fakeRegistry();
    const value = known(await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: fetcher, now: NOW, env: {} }));
    expect(value.source).toBe('npm registry metadata for package-lock.json, 2026-12-06');
    expect(value.packages.map(({ name, unpackedSize, tarballSize, packumentSize, dev }) => ({ name, unpackedSize, tarballSize, packumentSize, dev }))).toEqual([
      { name: 'ms', unpackedSize: 704 + 2764 + 1077 + 1721, tarballSize: 2874, packumentSize: 777, dev: false },
      { name: 'left-pad', unpackedSize: 4096, tarballSize: 1500, packumentSize: 777, dev: true },
    ]);
  });

  test('a second load asks nothing: sizes are kept by name@version', async () => {
    const { root, cacheDir } = project();
    const first = fakeRegistry();
    await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: first.fetcher, now: NOW, env: {} });
    const second = fakeRegistry();
    const value = known(await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: second.fetcher, now: NOW, env: {} }));
    expect(second.asked).toEqual([]);
    expect(value.packages[0].unpackedSize).toBe(6266);
  });

  test('a package the registry does not have keeps sizes unknown with a reason naming it; the others are sized', async () => {
    const { root, cacheDir } = project('no-such-package');
    const { fetcher } = fakeRegistry();
    const value = known(await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: fetcher, now: NOW, env: {} }));
    const missing = value.packages.find((item) => item.name === 'no-such-package');
    expect([missing?.unpackedSize, missing?.unsizedReason]).toEqual([undefined, `no-such-package@1.3.0: not in the registry (404 for ${REGISTRY}no-such-package/1.3.0)`]);
    expect(value.packages.find((item) => item.name === 'ms')?.unpackedSize).toBe(6266);
  });

  test('offline: nothing is asked, the reason is the offline one', async () => {
    const { root, cacheDir } = project();
    const { fetcher, asked } = fakeRegistry();
    expect(await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: fetcher, offline: true })).toEqual({ status: 'unknown', reason: OFFLINE_REASON });
    expect(asked).toEqual([]);
  });

  test('a truncated lockfile is unknown with a reason naming the file', async () => {
    const { root, cacheDir } = project();
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {"node_modules/ms": {"vers');
    const result = await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: fakeRegistry().fetcher, env: {} });
    expect(result.status === 'unknown' && result.reason).toMatch(/^package-lock\.json is not valid JSON \(.+\)$/);
  });

  test('a missing lockfile is unknown, and says so', async () => {
    const { root, cacheDir } = project();
    expect(await loadNpmKnowledge(root, 'app/package-lock.json', { cacheDir, fetch: fakeRegistry().fetcher, env: {} })).toEqual({ status: 'unknown', reason: 'app/package-lock.json cannot be read (ENOENT)' });
  });

  test('a corrupt tarball is a reason naming the package', async () => {
    const { root, cacheDir } = project();
    const fetcher = (async (url: string, init?: RequestInit) => {
      if (url.endsWith('.tgz')) return new Response(MS_TARBALL.subarray(0, 1000));
      return fakeRegistry().fetcher(url, init);
    }) as typeof fetch;
    const value = known(await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: fetcher, env: {} }));
    expect(value.packages[0].unsizedReason).toMatch(/^ms@2\.0\.0: the tarball cannot be decompressed \(.+\)$/);
  });
});

describe('cachedNpmKnowledge', () => {
  test('with nothing cached it is unknown, being fetched (the editor then loads it in the background); after a load it has the sizes without asking', async () => {
    const { root, cacheDir } = project();
    expect(cachedNpmKnowledge(root, 'package-lock.json', { cacheDir, env: {} })).toEqual({ status: 'unknown', reason: NOT_CACHED_REASON });
    expect(cachedNpmKnowledge(root, 'package-lock.json', { cacheDir, env: {}, offline: true })).toEqual({ status: 'unknown', reason: OFFLINE_REASON });
    await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: fakeRegistry().fetcher, now: NOW, env: {} });
    const cached = cachedNpmKnowledge(root, 'package-lock.json', { cacheDir, env: {} });
    expect(cached.status === 'known' && cached.value.packages.map((item) => item.unpackedSize)).toEqual([6266, 4096]);
  });
});

describe('isNodeLockfile', () => {
  test('the lockfile names npm, yarn and pnpm read, at any depth of the context; nothing else', () => {
    for (const path of ['package-lock.json', 'web/yarn.lock', 'web/pnpm-lock.yaml', 'npm-shrinkwrap.json']) expect(isNodeLockfile(path)).toBe(true);
    for (const path of ['package.json', 'src/index.js', 'yarn.lock.bak', 'web/lock.yaml']) expect(isNodeLockfile(path)).toBe(false);
  });
});
