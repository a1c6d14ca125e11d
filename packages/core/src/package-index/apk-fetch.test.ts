import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APK_INDEX_TTL_MS, cachedApkIndex, loadApkIndex, OFFLINE_REASON } from './apk-fetch';
import { ApkIndexCache } from './apk-index-cache';
import type { ApkRepository } from './apk-repositories';
import { alpine316 } from './test-apk-fixture';
import { ANTKSS_KEYS, PHP7_INDEX as INDEX, PHP7_KEYS, PHP7_SIGNED_FROM } from './test-apk-signature';

const REPOSITORY: ApkRepository = { url: 'https://dl-cdn.alpinelinux.org/alpine/v3.12/community', file: 'etc/apk/repositories', line: 2 };
const URL = 'https://dl-cdn.alpinelinux.org/alpine/v3.12/community/x86_64/APKINDEX.tar.gz';

/** a fetch answering from a URL → answer table (404 otherwise), recording what was asked and with which headers */
function fakeFetch(answer: (url: string, headers: Record<string, string>) => Response | undefined) {
  const asked: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    asked.push({ url, headers });
    return answer(url, headers) ?? new Response('not found', { status: 404 });
  }) as unknown as typeof fetch;
  return { fetcher, asked };
}

const temporary = () => mkdtempSync(join(tmpdir(), 'dflint-apk-'));

describe('loadApkIndex', () => {
  test('fetches the index, names it by repository, architecture, DESCRIPTION and build day, keeps it; within the TTL the cache answers, after it a 304 keeps it', async () => {
    const { fetcher, asked } = fakeFetch((url, headers) => (url !== URL ? undefined : headers['if-none-match'] === '"abc"' ? new Response(null, { status: 304 }) : new Response(new Uint8Array(INDEX), { headers: { etag: '"abc"' } })));
    const cacheDirectory = temporary();
    let now = 1_000_000;
    const options = { cacheDirectory, fetch: fetcher, now: () => now, keys: PHP7_KEYS };
    const first = await loadApkIndex({ ...REPOSITORY, tag: 'community' }, 'x86_64', options);
    expect(first.status === 'indexed' && first.index.source).toBe('https://dl-cdn.alpinelinux.org/alpine/v3.12/community x86_64 APKINDEX phpaltver, 2021-07-14');
    expect(first.status === 'indexed' && first.index.tag).toBe('community');
    expect(first.status === 'indexed' && first.index.packages).toHaveLength(70);
    expect(first.status === 'indexed' && first.bytes).toBe(INDEX.length);
    const second = await loadApkIndex({ ...REPOSITORY, tag: 'community' }, 'x86_64', options);
    expect(asked).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(second.status === 'indexed' && second.index))).toEqual(JSON.parse(JSON.stringify(first.status === 'indexed' && first.index)));
    now += APK_INDEX_TTL_MS + 1;
    const third = await loadApkIndex(REPOSITORY, 'x86_64', options);
    expect(asked.map((request) => request.headers['if-none-match'])).toEqual([undefined, '"abc"']);
    expect(third.status === 'indexed' && [third.index.packages.length, third.bytes]).toEqual([70, INDEX.length]);
    // the 304 renewed the time: no request again
    await loadApkIndex(REPOSITORY, 'x86_64', options);
    expect(asked).toHaveLength(2);
    expect(cachedApkIndex(REPOSITORY, 'x86_64', cacheDirectory, PHP7_KEYS)?.packages.map((p) => p.name)).toEqual(first.status === 'indexed' ? first.index.packages.map((p) => p.name) : []);
    expect(cachedApkIndex(REPOSITORY, 'aarch64', cacheDirectory, PHP7_KEYS)).toBeUndefined();
    // an image without the key that verified it is not given the cached index: a load asks afresh and is refused
    expect(cachedApkIndex(REPOSITORY, 'x86_64', cacheDirectory, ANTKSS_KEYS)).toBeUndefined();
    const untrusting = await loadApkIndex(REPOSITORY, 'x86_64', { ...options, keys: ANTKSS_KEYS });
    expect(asked.at(-1)?.headers).toEqual({});
    expect(untrusting.status === 'unavailable' && untrusting.reason).toContain('signed with signkey-60dd1390.rsa.pub, which the image does not trust');
    expect(cachedApkIndex(REPOSITORY, 'x86_64', cacheDirectory, PHP7_KEYS)).toBeDefined();
  });

  test('an index whose signature does not verify, or that no key of the image signed, is unavailable with the reason and not cached', async () => {
    const tampered = Buffer.from(INDEX);
    tampered[PHP7_SIGNED_FROM + 4] ^= 0x01; // the data segment's gzip MTIME: it still decompresses
    const { fetcher } = fakeFetch((url) => new Response(new Uint8Array(url.includes('/tampered/') ? tampered : INDEX)));
    const cacheDirectory = temporary();
    const tamperedRepository = { ...REPOSITORY, url: 'https://example.com/tampered' };
    expect(await loadApkIndex(tamperedRepository, 'x86_64', { cacheDirectory, fetch: fetcher, keys: PHP7_KEYS })).toEqual({
      status: 'unavailable',
      reason: 'https://example.com/tampered/x86_64/APKINDEX.tar.gz: signature does not verify with signkey-60dd1390.rsa.pub',
    });
    expect(await loadApkIndex(REPOSITORY, 'x86_64', { cacheDirectory, fetch: fetcher })).toEqual({
      status: 'unavailable',
      reason: `${URL}: signed with signkey-60dd1390.rsa.pub, which the image does not trust (no such key in /etc/apk/keys; apk refuses it: UNTRUSTED signature)`,
    });
    expect(existsSync(join(cacheDirectory, 'apk'))).toBe(false);
  });

  test('offline asks nothing; 404, 500, a damaged index, a stalled answer and a local repository are one-line reasons', async () => {
    const { fetcher, asked } = fakeFetch((url) => (url.includes('/v3.12/main/') ? new Response('oops', { status: 500 }) : url.includes('/broken/') ? new Response(new Uint8Array(INDEX.subarray(0, 3000))) : undefined));
    const cacheDirectory = temporary();
    expect(await loadApkIndex(REPOSITORY, 'x86_64', { cacheDirectory, fetch: fetcher, offline: true })).toEqual({ status: 'unavailable', reason: OFFLINE_REASON });
    expect(asked).toEqual([]);
    expect(await loadApkIndex(REPOSITORY, 'riscv64', { cacheDirectory, fetch: fetcher })).toEqual({ status: 'unavailable', reason: 'https://dl-cdn.alpinelinux.org/alpine/v3.12/community/riscv64/APKINDEX.tar.gz: not found (HTTP 404)' });
    expect(await loadApkIndex({ ...REPOSITORY, url: 'https://dl-cdn.alpinelinux.org/alpine/v3.12/main' }, 'x86_64', { cacheDirectory, fetch: fetcher })).toEqual({ status: 'unavailable', reason: 'https://dl-cdn.alpinelinux.org/alpine/v3.12/main/x86_64/APKINDEX.tar.gz: HTTP 500' });
    expect(await loadApkIndex({ ...REPOSITORY, url: 'https://example.com/broken' }, 'x86_64', { cacheDirectory, fetch: fetcher, keys: PHP7_KEYS })).toEqual({ status: 'unavailable', reason: 'https://example.com/broken/x86_64/APKINDEX.tar.gz cannot be decompressed: unexpected end of file' });
    expect(await loadApkIndex({ ...REPOSITORY, url: '/media/cdrom/apks' }, 'x86_64', { cacheDirectory, fetch: fetcher })).toEqual({ status: 'unavailable', reason: '/media/cdrom/apks is not an http(s) repository (etc/apk/repositories line 2)' });
    const silent = (async (_url: string, init?: RequestInit) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof fetch;
    expect(await loadApkIndex(REPOSITORY, 'x86_64', { cacheDirectory, fetch: silent, timeoutMs: 20 })).toEqual({ status: 'unavailable', reason: `${URL}: no answer within 20 ms` });
    // as fetch does, aborting the request errors its body
    const stalls = (async (_url: string, init: RequestInit) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new Uint8Array(INDEX.subarray(0, 1000)));
            init.signal!.addEventListener('abort', () => controller.error(init.signal!.reason));
          },
        }),
      )) as unknown as typeof fetch;
    expect(await loadApkIndex(REPOSITORY, 'x86_64', { cacheDirectory, fetch: stalls, timeoutMs: 20, keys: PHP7_KEYS })).toEqual({ status: 'unavailable', reason: `${URL}: no data for 20 ms` });
  });
});

describe('ApkIndexCache', () => {
  test('stores and loads an index by URL (fields other than name and sizes parsed when read, absent sizes kept absent); a damaged, other-format or other-URL file is a miss', () => {
    const directory = temporary();
    const cache = new ApkIndexCache(directory);
    const unsized = { ...alpine316.packages[0], name: 'unsized' };
    delete unsized.installedSize;
    const index = { ...alpine316, tag: 'main', packages: [...alpine316.packages, unsized] };
    const signer = { key: 'signkey-60dd1390.rsa.pub', digest: 'ab12' };
    cache.write(URL, index, { at: 5, etag: '"e"', signer });
    const read = cache.read(URL);
    expect(read?.stamp).toEqual({ at: 5, etag: '"e"', signer });
    expect(JSON.parse(JSON.stringify(read?.index))).toEqual(JSON.parse(JSON.stringify(index)));
    expect(read?.index.packages.at(-1)?.installedSize).toBeUndefined();
    expect(cache.read(`${URL}x`)).toBeUndefined();
    const file = join(directory, 'apk', readdirSync(join(directory, 'apk'))[0]);
    writeFileSync(file, readFileSync(file).subarray(0, 2000));
    expect(cache.read(URL)).toBeUndefined();
    writeFileSync(file, '{"format":1}\n');
    expect(cache.read(URL)).toBeUndefined();
  });
});
