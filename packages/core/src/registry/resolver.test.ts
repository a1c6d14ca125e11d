import { parseDocument } from '../parse/document';
import type { BaseImageStates, DownloadProgress, RegistryOptions } from './base-image-state';
import { ResolvedImageCache } from './index-cache';
import { BaseImageResolver } from './resolver';
import { AMD64, pushImage, removeTemporaryCaches, temporaryCache, type PushedImage } from './test-images';
import { startTestRegistry, type TestRegistry } from './test-registry-server';

let registry: TestRegistry;
let debian: PushedImage;

beforeAll(async () => {
  registry = await startTestRegistry({ requireToken: true });
  debian = pushImage(registry, 'library/debian', 'bookworm', [{ 'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\n', 'usr/share/doc/a': 'a'.repeat(3000) }, { 'etc/motd': 'hi\n' }], ['GOPATH=/go']);
  pushImage(registry, 'library/alpine', '3', [{ 'lib/apk/db/installed': 'P:musl\nV:1.2.5-r0\n' }]);
});
afterAll(async () => {
  removeTemporaryCaches();
  await registry.close();
});
beforeEach(() => (registry.requests.length = 0));

const resolver = (options: RegistryOptions = {}) => new BaseImageResolver({ mirrors: { 'docker.io': registry.url }, cacheDir: temporaryCache(), platform: AMD64, env: {}, ...options });
const summary = (states: BaseImageStates) => Object.fromEntries([...states].map(([stage, state]) => [stage, state.status === 'resolved' ? `${state.index.fileBytes} B` : state.reason]));
const blobRequests = () => registry.requests.filter((path) => path.includes('/blobs/'));

describe('BaseImageResolver.resolve', () => {
  test('each registry stage gets a state: its files, config and packages; scratch and FROM <stage> get none', async () => {
    const document = await parseDocument('FROM debian:bookworm AS build\nFROM build\nFROM scratch\nFROM alpine:3\n');
    const states = await resolver().resolve(document);
    expect(summary(states)).toEqual({ 0: `${32 + 3000 + 3} B`, 3: `${'P:musl\nV:1.2.5-r0\n'.length} B` });
    const build = states.get(0)!;
    expect(build.status === 'resolved' && build.index.image.config.env).toEqual(['GOPATH=/go']);
    expect(build.status === 'resolved' && build.index.textFiles).toEqual({ 'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\n' });
    const alpine = states.get(3)!;
    expect(alpine.status === 'resolved' && alpine.index.packages.map((p) => p.name)).toEqual(['musl']);
  });

  test('offline: every image is `offline`, no request, not even from a warm cache', async () => {
    const cacheDir = temporaryCache();
    const document = await parseDocument('FROM debian:bookworm\nFROM alpine:3\nFROM $NOPE\n');
    await resolver({ cacheDir }).resolve(document);
    registry.requests.length = 0;
    const offline = resolver({ cacheDir, offline: true });
    expect(summary(await offline.resolve(document))).toEqual({ 0: 'offline', 1: 'offline', 2: 'offline' });
    expect(summary(offline.cached(document))).toEqual({ 0: 'offline', 1: 'offline', 2: 'offline' });
    expect(registry.requests).toEqual([]);
  });

  test('a FROM dflint cannot name is unresolved with why, the other stages still resolved', async () => {
    const states = await resolver().resolve(await parseDocument('FROM $BASE\nFROM debian:bookworm\nFROM Debian:x\n'));
    expect(summary(states)).toEqual({ 0: '$BASE has no default in an ARG before the first FROM', 1: `${3035} B`, 2: expect.stringMatching(/not a valid repository name component/) });
  });

  test('the same image for many Dockerfiles at once: resolved once, its layers downloaded once', async () => {
    const shared = resolver();
    const documents = await Promise.all(['FROM debian:bookworm\n', 'FROM debian:bookworm AS a\nFROM debian:bookworm\n', 'FROM docker.io/library/debian:bookworm\n'].map((text) => parseDocument(text)));
    const all = await Promise.all(documents.map((document) => shared.resolve(document)));
    expect(all.flatMap((states) => [...states.values()].map((state) => state.status))).toEqual(['resolved', 'resolved', 'resolved', 'resolved']);
    expect(blobRequests().filter((path) => debian.layers.some((layer) => path.endsWith(layer.digest)))).toHaveLength(2);
    registry.requests.length = 0;
    await shared.resolve(documents[0]);
    expect(registry.requests).toEqual([]);
  });

  test('progress while the layers stream: bytes and layers done, of the image being downloaded', async () => {
    const events: DownloadProgress[] = [];
    await resolver({ onProgress: (progress) => events.push({ ...progress }) }).resolve(await parseDocument('FROM debian:bookworm\n'));
    const total = debian.layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((event) => event.image === 'docker.io/library/debian:bookworm' && event.totalBytes === total && event.layerCount === 2)).toBe(true);
    expect(events.at(-1)).toMatchObject({ receivedBytes: total, layersDone: 2 });
    expect(events.map((event) => event.receivedBytes)).toEqual([...events.map((event) => event.receivedBytes)].sort((a, b) => a - b));
  });
});

describe('failures', () => {
  test('a failure is kept for the resolver (one request per run), until forgetFailures()', async () => {
    const shared = resolver();
    const document = await parseDocument('FROM debian:bookworm\n');
    registry.fail.set('/v2/library/debian/manifests/bookworm', 503);
    try {
      expect(summary(await shared.resolve(document))[0]).toMatch(/answered 503/);
      registry.requests.length = 0;
      expect(summary(await shared.resolve(document))[0]).toMatch(/answered 503/);
      expect(summary(shared.cached(document))[0]).toMatch(/answered 503/);
      expect(registry.requests).toEqual([]);
    } finally {
      registry.fail.clear();
    }
    shared.forgetFailures();
    expect(summary(await shared.resolve(document))[0]).toBe('3035 B');
  });
});

describe('the network budget', () => {
  test('an image whose uncached layers exceed what is left is unresolved before any layer is fetched; cached layers cost nothing', async () => {
    const total = debian.layers.reduce((sum, layer) => sum + layer.size, 0);
    const cacheDir = temporaryCache();
    const document = await parseDocument('FROM debian:bookworm\n');
    const tight = await resolver({ cacheDir, networkBudgetBytes: total - 1 }).resolve(document);
    expect(summary(tight)[0]).toBe(`its layers (${total} B) exceed the network budget left (${total - 1} B); raise the network budget (--network-budget, config networkBudget)`);
    expect(blobRequests().filter((path) => debian.layers.some((layer) => path.endsWith(layer.digest)))).toEqual([]);
    // enough for debian, not for alpine after it
    const budget = resolver({ cacheDir, networkBudgetBytes: total });
    expect(summary(await budget.resolve(document))[0]).toBe(`${3035} B`);
    expect(summary(await budget.resolve(await parseDocument('FROM alpine:3\n')))[0]).toMatch(/exceed the network budget left \(0 B\)/);
    // a second run on the same cache downloads nothing: a budget of 0 is enough
    expect(summary(await resolver({ cacheDir, networkBudgetBytes: 0 }).resolve(document))[0]).toBe(`${3035} B`);
  });
});

describe('BaseImageResolver.cached', () => {
  test('no request: `being resolved` until resolve() has it, then resolved; a tag past its TTL still counts', async () => {
    const cacheDir = temporaryCache();
    const document = await parseDocument('FROM debian:bookworm\nFROM scratch\n');
    const editor = resolver({ cacheDir });
    expect(summary(editor.cached(document))).toEqual({ 0: 'being resolved' });
    expect(registry.requests).toEqual([]);
    await editor.resolve(document);
    registry.requests.length = 0;
    const state = editor.cached(document).get(0)!;
    expect(state.status).toBe('resolved');
    // another session on the same cache, the tag's resolution written long ago
    const written = state.status === 'resolved' ? state.index.image : undefined;
    new ResolvedImageCache(cacheDir, () => 0).write(written!);
    const later = resolver({ cacheDir });
    const first = later.cached(document).get(0)!;
    expect(first.status === 'resolved' && first.index.image.digest).toBe(debian.digest);
    expect(later.cached(document).get(0)).toStrictEqual(first);
    expect(registry.requests).toEqual([]);
  });
});
