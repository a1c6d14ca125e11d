// The apk part of createPackageIndexSource, over a fake mirror serving a committed APKINDEX.tar.gz.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { BaseImageState, BaseImageStates } from '../registry/base-image-state';
import type { Platform } from '../registry/platform';
import { apkPlan } from './apk-knowledge';
import { apkIndexCacheName } from './apk-repositories';
import { createPackageIndexSource } from './package-index-loader';
import { NOT_CACHED_REASON } from './package-index-options';
import { OFFLINE_REASON } from './package-knowledge';
import { PHP7_INDEX as INDEX, PHP7_KEY_FILE } from './test-apk-signature';

const MAIN = 'https://dl-cdn.alpinelinux.org/alpine/v3.12/main';
const COMMUNITY = 'https://dl-cdn.alpinelinux.org/alpine/v3.12/community';
const AMD64: Platform = { os: 'linux', architecture: 'amd64' };
const temporary = () => mkdtempSync(join(tmpdir(), 'dflint-apk-source-'));

/** a fetch serving the index at these URLs (404 elsewhere), recording what was asked */
function fakeFetch(served: string[]) {
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    return served.includes(url) ? new Response(new Uint8Array(INDEX), { headers: { 'content-length': String(INDEX.length) } }) : new Response('not found', { status: 404 });
  }) as unknown as typeof fetch;
  return { fetcher, asked };
}

/** an alpine image with these text files, trusting the php7 index's key unless `keys` is false */
function alpine(textFiles: Record<string, string>, platform = AMD64, keys = true): BaseImageStates {
  const index = { image: { platform }, textFiles: { ...(keys ? PHP7_KEY_FILE : {}), ...textFiles }, packages: [{ name: 'apk-tools', version: '2.10.8-r1', manager: 'apk' }] } as unknown as BaseImageIndex;
  const state: BaseImageState = { status: 'resolved', base: { stage: 0, written: 'alpine:3.12', platform }, index };
  return new Map([[0, state]]);
}

const REPOSITORIES = { 'etc/apk/repositories': `${MAIN}\n${COMMUNITY}\n` };
const TWO_STAGES = 'FROM alpine:3.12 AS base\nRUN apk add --no-cache php7-curl\nFROM base\nRUN apk del php7-curl\n';

describe('createPackageIndexSource: apk', () => {
  test("a stage chain whose RUN lines use apk gets its base image's indexes and the cache files apk keeps; documents of a run share one load per index", async () => {
    const { fetcher, asked } = fakeFetch([`${MAIN}/x86_64/APKINDEX.tar.gz`, `${COMMUNITY}/x86_64/APKINDEX.tar.gz`]);
    const progress: unknown[] = [];
    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher, onProgress: (each) => progress.push(each) });
    const document = await parseDocument(TWO_STAGES);
    const [first, second] = await Promise.all([source.load(document, alpine(REPOSITORIES), undefined), source.load(document, alpine(REPOSITORIES), undefined)]);
    expect(asked).toEqual([`${MAIN}/x86_64/APKINDEX.tar.gz`, `${COMMUNITY}/x86_64/APKINDEX.tar.gz`]);
    const apk = first.apk(0);
    if (apk.status !== 'known') throw new Error(apk.reason);
    expect(apk.value.architecture).toBe('x86_64');
    expect(apk.value.indexes.map((index) => [index.source, index.packages.length])).toEqual([
      [`${MAIN} x86_64 APKINDEX phpaltver, 2021-07-14`, 70],
      [`${COMMUNITY} x86_64 APKINDEX phpaltver, 2021-07-14`, 70],
    ]);
    // apk-tools 2.10: the cache name hashes the repository URL as written
    const plan = apkPlan((alpine(REPOSITORIES).get(0) as { index: BaseImageIndex }).index);
    if (plan.status !== 'planned') throw new Error(plan.reason);
    expect(apk.value.cacheFiles).toEqual(plan.repositories.map((repository) => ({ name: apkIndexCacheName(repository, 'x86_64', '2.10.8-r1'), bytes: { value: INDEX.length, estimate: 'exact' } })));
    expect(apk.value.cacheFiles[0].name).toMatch(/^APKINDEX\.[0-9a-f]{8}\.tar\.gz$/);
    expect(second.apk(0).status).toBe('known');
    // a progress line per index as it streams, cleared when each is done
    expect(progress).toContainEqual({ index: 'dl-cdn.alpinelinux.org/alpine/v3.12/main x86_64 APKINDEX', receivedBytes: INDEX.length, totalBytes: INDEX.length });
    expect(progress.at(-1)).toBeUndefined();
    expect(first.problems).toEqual([]);
    expect(first.apk(1)).toEqual({ status: 'unknown', reason: 'no RUN of the stage runs apk' });
    expect(first.apt(0)).toEqual({ status: 'unknown', reason: 'no RUN of the stage runs apt' });
  });

  test('an image without the key that signed an index gets no knowledge of it, and why, though another image of the run that holds the key does', async () => {
    const { fetcher, asked } = fakeFetch([`${MAIN}/x86_64/APKINDEX.tar.gz`]);
    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher });
    const document = await parseDocument('FROM alpine:3.12\nRUN apk add php7\n');
    const main = { 'etc/apk/repositories': `${MAIN}\n` };
    const untrusting = await source.load(document, alpine(main, AMD64, false), undefined);
    const reason = 'dl-cdn.alpinelinux.org/alpine/v3.12/main x86_64 APKINDEX: signed with signkey-60dd1390.rsa.pub, which the image does not trust (no such key in /etc/apk/keys; apk refuses it: UNTRUSTED signature)';
    expect(untrusting.apk(0)).toEqual({ status: 'unknown', reason });
    expect(untrusting.problems).toEqual([{ key: `apk ${MAIN}/x86_64/APKINDEX.tar.gz`, line: 1, reason }]);
    const trusting = await source.load(document, alpine(main), undefined);
    expect(trusting.apk(0).status).toBe('known');
    expect(asked).toHaveLength(2);
    // the cache now holds it, verified: still not for the image without the key
    expect(source.cached(document, alpine(main, AMD64, false), undefined).apk(0).status).toBe('unknown');
    expect(source.cached(document, alpine(main), undefined).apk(0).status).toBe('known');
  });

  test('a missing index makes the chain unknown, naming it, and is one problem with a key; offline asks nothing and notes nothing', async () => {
    const { fetcher } = fakeFetch([`${MAIN}/x86_64/APKINDEX.tar.gz`]);
    const document = await parseDocument(TWO_STAGES);
    const loaded = await createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher }).load(document, alpine(REPOSITORIES), undefined);
    const reason = 'dl-cdn.alpinelinux.org/alpine/v3.12/community x86_64 APKINDEX: not found (HTTP 404)';
    expect(loaded.apk(0)).toEqual({ status: 'unknown', reason });
    expect(loaded.problems).toEqual([{ key: `apk ${COMMUNITY}/x86_64/APKINDEX.tar.gz`, line: 1, reason }]);
    const offline = fakeFetch([]);
    const none = await createPackageIndexSource({ cacheDir: temporary(), fetch: offline.fetcher, offline: true }).load(document, alpine(REPOSITORIES), undefined);
    expect(none.apk(0)).toEqual({ status: 'unknown', reason: OFFLINE_REASON });
    expect([none.problems, offline.asked]).toEqual([[], []]);
  });

  test('cached(): what the cache lacks is pending (no request), a failure the language server remembers is said instead; after a load it is known', async () => {
    const { fetcher, asked } = fakeFetch([`${MAIN}/x86_64/APKINDEX.tar.gz`]);
    const cacheDir = temporary();
    const document = await parseDocument('FROM alpine:3.12\nRUN apk add php7\n');
    const bases = alpine({ 'etc/apk/repositories': `${MAIN}\n` });
    const before = createPackageIndexSource({ cacheDir, fetch: fetcher }).cached(document, bases, undefined);
    expect(before.apk(0)).toEqual({ status: 'unknown', reason: `dl-cdn.alpinelinux.org/alpine/v3.12/main x86_64 APKINDEX: ${NOT_CACHED_REASON}` });
    expect(before.pending).toEqual([`apk ${MAIN}/x86_64/APKINDEX.tar.gz`]);
    const remembered = createPackageIndexSource({ cacheDir, fetch: fetcher }).cached(document, bases, undefined, new Map([[`apk ${MAIN}/x86_64/APKINDEX.tar.gz`, 'no answer within 30000 ms']]));
    expect(remembered.apk(0)).toEqual({ status: 'unknown', reason: `dl-cdn.alpinelinux.org/alpine/v3.12/main x86_64 APKINDEX: no answer within 30000 ms` });
    expect(asked).toEqual([]);
    await createPackageIndexSource({ cacheDir, fetch: fetcher }).load(document, bases, undefined);
    // a new source (a new editor session) reads the disk cache, with the downloaded size
    const after = createPackageIndexSource({ cacheDir, fetch: fetcher }).cached(document, bases, undefined);
    expect(after.apk(0).status === 'known' && after.apk(0)).toMatchObject({ value: { cacheFiles: [{ bytes: { value: INDEX.length, estimate: 'exact' } }] } });
    expect(after.pending).toEqual([]);
  });

  test('an image without repositories, with an architecture apk has no name for, or an unresolved base: unknown, and why', async () => {
    const document = await parseDocument('FROM alpine:3.12\nRUN apk add curl\n');
    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fakeFetch([]).fetcher });
    expect((await source.load(document, alpine({}), undefined)).apk(0)).toEqual({ status: 'unknown', reason: 'the base image has no apk repositories (etc/apk/repositories)' });
    expect((await source.load(document, alpine(REPOSITORIES, { os: 'linux', architecture: 'mips64le' }), undefined)).apk(0)).toEqual({ status: 'unknown', reason: 'apk has no architecture for platform linux/mips64le' });
    expect((await source.load(document, alpine({ ...REPOSITORIES, 'etc/apk/arch': 'aarch64\n' }), undefined)).apk(0)).toMatchObject({ status: 'unknown', reason: 'dl-cdn.alpinelinux.org/alpine/v3.12/main aarch64 APKINDEX: not found (HTTP 404)' });
    expect((await source.load(document, alpine({ 'etc/apk/repositories': '/media/cdrom/apks\n' }), undefined)).apk(0)).toEqual({ status: 'unknown', reason: 'no apk repository dflint can read (etc/apk/repositories line 1: a local directory: its index is not fetched)' });
    const unresolved: BaseImageStates = new Map([[0, { status: 'unresolved', base: { stage: 0, written: 'alpine:3.12', platform: AMD64 }, reason: 'offline' } as BaseImageState]]);
    expect((await source.load(document, unresolved, undefined)).apk(0)).toEqual({ status: 'unknown', reason: OFFLINE_REASON });
  });
});
