import { BEING_RESOLVED, parseDockerfile, type BaseImageSource, type BaseImageStates, type RegistryOptions } from '@dflint/core';
import { baseImages } from '../../core/src/registry/base-images';
import type { BaseImageFigure } from './analysis-types';
import { BackgroundResolution } from './background-resolution';
import { imageKey, type RegistryInput } from './registry-options';

const REGISTRY: RegistryInput = { offline: false, mirrors: { 'docker.io': 'http://127.0.0.1:1' }, insecureRegistries: [] };
const TEXT = 'FROM debian:bookworm\nRUN true\n';
const IMAGE = imageKey(baseImages(parseDockerfile(TEXT))[0])!;
const figure = (reason: string): BaseImageFigure => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } }, written: 'debian:bookworm', kind: 'image', image: IMAGE, reason });

/** A source whose resolutions the test settles: each resolve() waits for `settle` with a reason (undefined: resolved). */
function fakeSources() {
  const created: RegistryOptions[] = [];
  const waiting: Array<(reason: string | undefined, digest?: string) => void> = [];
  const newSource = (options: RegistryOptions): BaseImageSource => {
    created.push(options);
    return {
      cached: () => new Map(),
      resolve: (document) =>
        new Promise<BaseImageStates>((resolve) =>
          waiting.push((reason, digest = 'sha256:1') => {
            const states = baseImages(document).map((base) => [base.stage, reason === undefined ? { status: 'resolved', base, index: { image: { digest } } } : { status: 'unresolved', base, reason }] as const);
            resolve(new Map(states) as unknown as BaseImageStates);
          }),
        ),
    };
  };
  return { created, waiting, newSource };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('background resolution of base images', () => {
  test('an image is resolved once for every document naming it; when it settles those documents are analysed again', async () => {
    const sources = fakeSources();
    const settled: string[][] = [];
    const resolution = new BackgroundResolution({ newSource: sources.newSource, settled: (uris) => settled.push(uris), log: () => undefined });
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    resolution.analysed('file:///b/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    resolution.analysed('file:///c/Dockerfile', 'FROM scratch\n', REGISTRY, []);
    expect(sources.waiting).toHaveLength(1);
    expect(sources.created).toEqual([{ offline: false, mirrors: REGISTRY.mirrors, insecureRegistries: [] }]);
    sources.waiting[0](undefined);
    await flush();
    expect(settled).toEqual([['file:///a/Dockerfile', 'file:///b/Dockerfile']]);
    // resolved: an analysis finds it in the cache; one that does not says why, and starts nothing
    expect(resolution.failures(REGISTRY)).toEqual({ [IMAGE]: 'downloaded, but the cache folder did not keep it' });
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    expect(sources.waiting).toHaveLength(1);
    // the settled resolver (and the indexes it holds) is gone: the next download gets a new one
    const alpine = 'FROM alpine:3.20\n';
    resolution.analysed('file:///c/Dockerfile', alpine, REGISTRY, [{ ...figure(BEING_RESOLVED), image: imageKey(baseImages(parseDockerfile(alpine))[0]) }]);
    expect(sources.waiting).toHaveLength(2);
    expect(sources.created).toHaveLength(2);
  });

  test('a failure is kept with its reason and not retried on every analysis; it is retried later or when the configuration changes', async () => {
    let now = 0;
    const sources = fakeSources();
    const logged: string[] = [];
    const resolution = new BackgroundResolution({ newSource: sources.newSource, settled: () => undefined, log: (line) => logged.push(line), retryAfterMs: 1000, now: () => now });
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    sources.waiting[0]('127.0.0.1:1: connection refused');
    await flush();
    expect(resolution.failures(REGISTRY)).toEqual({ [IMAGE]: '127.0.0.1:1: connection refused' });
    expect(resolution.failures({ ...REGISTRY, mirrors: {} })).toEqual({});
    expect(logged).toEqual([`dflint: resolving ${IMAGE} in the background`, `dflint: ${IMAGE}: base image not resolved (127.0.0.1:1: connection refused)`]);
    for (let edit = 0; edit < 5; edit++) resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    expect(sources.waiting).toHaveLength(1);

    now = 1001;
    expect(resolution.failures(REGISTRY)).toEqual({});
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    expect(sources.waiting).toHaveLength(2);
    expect(sources.created).toHaveLength(2);
    sources.waiting[1]('still refused');
    await flush();
    resolution.retryFailures();
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    expect(sources.waiting).toHaveLength(3);
    expect(sources.created).toHaveLength(3);
  });

  test('nothing starts for an image already resolved, offline, or with a problem of its own', () => {
    const sources = fakeSources();
    const resolution = new BackgroundResolution({ newSource: sources.newSource, settled: () => undefined, log: () => undefined });
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure('offline'), { ...figure('$BASE has no default'), image: undefined }, { ...figure(''), reason: undefined }]);
    expect(sources.waiting).toHaveLength(0);
  });

  test('a closed document is not analysed again when its image settles', async () => {
    const sources = fakeSources();
    const settled: string[][] = [];
    const resolution = new BackgroundResolution({ newSource: sources.newSource, settled: (uris) => settled.push(uris), log: () => undefined });
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    resolution.forget('file:///a/Dockerfile');
    sources.waiting[0](undefined);
    await flush();
    expect(settled).toEqual([]);
  });

  test('a tag the cache resolved is re-checked once a session; when it names another image, the worker forgets its indexes and the documents are analysed again', async () => {
    const sources = fakeSources();
    const settled: string[][] = [];
    let changed = 0;
    const resolution = new BackgroundResolution({ newSource: sources.newSource, settled: (uris) => settled.push(uris), log: () => undefined, baseImagesChanged: () => changed++ });
    const cached = (digest: string): BaseImageFigure => ({ ...figure(''), reason: undefined, resolved: { reference: 'docker.io/library/debian:bookworm', digest, platform: 'linux/amd64', storedBytes: 1, fileBytes: 1, compressedBytes: 1, layerCount: 1 } });
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [cached('sha256:1')]);
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [cached('sha256:1')]);
    expect(sources.waiting).toHaveLength(1);
    sources.waiting[0](undefined, 'sha256:1');
    await flush();
    expect([settled, changed]).toEqual([[], 0]);
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [cached('sha256:1')]);
    expect(sources.waiting).toHaveLength(1);

    const other = { ...REGISTRY, mirrors: {} };
    resolution.analysed('file:///b/Dockerfile', TEXT, other, [cached('sha256:1')]);
    sources.waiting[1](undefined, 'sha256:2');
    await flush();
    expect([settled, changed]).toEqual([[['file:///b/Dockerfile']], 1]);
  });

  test('no re-check for an image pinned by digest, nor for one this session downloaded', async () => {
    const sources = fakeSources();
    const resolution = new BackgroundResolution({ newSource: sources.newSource, settled: () => undefined, log: () => undefined });
    const resolved = { reference: 'docker.io/library/debian', digest: 'sha256:1', platform: 'linux/amd64', storedBytes: 1, fileBytes: 1, compressedBytes: 1, layerCount: 1 };
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [{ ...figure(''), reason: undefined, image: `docker.io/library/debian@sha256:${'1'.repeat(64)} linux/amd64`, resolved }]);
    expect(sources.waiting).toHaveLength(0);
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [figure(BEING_RESOLVED)]);
    sources.waiting[0](undefined);
    await flush();
    resolution.analysed('file:///a/Dockerfile', TEXT, REGISTRY, [{ ...figure(''), reason: undefined, resolved }]);
    expect(sources.waiting).toHaveLength(1);
  });
});
