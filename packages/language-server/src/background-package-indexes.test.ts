import { packageIndexesUnknown, parseDocument, type BaseImageSource, type BaseImageStates, type LoadedPackageIndexes, type LoadingPackageIndexSource, type PackageIndexOptions } from '@dflint/core';
import type { AnalysisInput } from './analysis-types';
import { BackgroundPackageIndexes } from './background-package-indexes';
import { cachedPackageIndexes } from './cached-package-indexes';

const KEY = 'http://deb.debian.org/debian/dists/bookworm/ main amd64';
const TEXT = 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n';
const input = (text = TEXT): AnalysisInput => ({ text, rules: {}, layers: true, registry: { offline: false } });
const REASON = 'deb.debian.org/debian bookworm main amd64 Packages: Release: not found (404)';

/** package-index sources whose loads the test settles: each load() waits for `settle` with the keys that failed */
function fakeSources() {
  const created: PackageIndexOptions[] = [];
  const waiting: Array<(failed?: string[]) => void> = [];
  const newSource = (options: PackageIndexOptions): LoadingPackageIndexSource => {
    created.push(options);
    const none = { ...packageIndexesUnknown(''), problems: [], pending: [] };
    return {
      cached: () => none,
      load: () =>
        new Promise<LoadedPackageIndexes>((resolve) => waiting.push((failed = []) => resolve({ ...none, problems: failed.map((key) => ({ key, line: 1, reason: REASON })) }))),
    };
  };
  const newBaseImages = (): BaseImageSource => ({ cached: () => new Map(), resolve: () => Promise.resolve(new Map()) });
  return { created, waiting, newSource, newBaseImages };
}

/** until the background load has parsed the document and is waiting on the fake */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe('background loads of package indexes', () => {
  test('an index is loaded once for every document needing it; when it settles those documents are analysed again; an analysis needing nothing starts nothing', async () => {
    const sources = fakeSources();
    const settled: string[][] = [];
    const indexes = new BackgroundPackageIndexes({ ...sources, settled: (uris) => settled.push(uris), log: () => undefined });
    indexes.analysed('file:///a/Dockerfile', input(), [KEY]);
    indexes.analysed('file:///b/Dockerfile', input(), [KEY]);
    indexes.analysed('file:///c/Dockerfile', input('FROM scratch\n'), []);
    await until(() => sources.waiting.length === 1);
    expect(sources.created).toEqual([{}]);
    sources.waiting[0]();
    await until(() => settled.length === 1);
    expect(settled).toEqual([['file:///a/Dockerfile', 'file:///b/Dockerfile']]);
    // loaded: an analysis finds it in the cache; one that does not says why, and starts nothing
    expect(indexes.failures()).toEqual({ [KEY]: 'fetched, but the cache folder did not keep it' });
    indexes.analysed('file:///a/Dockerfile', input(), [KEY]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sources.waiting).toHaveLength(1);
  });

  test('a failure is kept with its reason and not retried on every analysis; it is retried later or when the configuration changes', async () => {
    let now = 0;
    const sources = fakeSources();
    const logged: string[] = [];
    const indexes = new BackgroundPackageIndexes({ ...sources, settled: () => undefined, log: (line) => logged.push(line), now: () => now, retryAfterMs: 1000 });
    indexes.analysed('file:///a/Dockerfile', input(), [KEY]);
    await until(() => sources.waiting.length === 1);
    sources.waiting[0]([KEY]);
    await until(() => Object.keys(indexes.failures()).length === 1);
    expect(indexes.failures()).toEqual({ [KEY]: REASON });
    expect(logged).toEqual([`dflint: fetching package indexes in the background: ${KEY}`, `dflint: ${REASON}`]);
    indexes.analysed('file:///a/Dockerfile', input(), [KEY]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sources.waiting).toHaveLength(1);
    now += 1001;
    indexes.analysed('file:///a/Dockerfile', input(), [KEY]);
    await until(() => sources.waiting.length === 2);
    sources.waiting[1]([KEY]);
    await until(() => Object.keys(indexes.failures()).length === 1);
    indexes.retryFailures();
    expect(indexes.failures()).toEqual({});
    indexes.analysed('file:///a/Dockerfile', input(), [KEY]);
    await until(() => sources.waiting.length === 3);
  });
});

describe("the worker's package indexes", () => {
  test('an analysis reads the cache only: a missing index is pending by its key, and a failure the main thread reports is said instead', async () => {
    // the test setup gives each test file an empty cache
    const document = await parseDocument(TEXT);
    const platform = { os: 'linux', architecture: 'amd64' };
    const index = { image: { platform }, textFiles: { 'etc/apt/sources.list': 'deb http://deb.debian.org/debian bookworm main\n' }, packages: [] };
    const bases = new Map([[0, { status: 'resolved', base: { stage: 0, written: 'debian:bookworm', platform }, index }]]) as unknown as BaseImageStates;
    const first = cachedPackageIndexes(input());
    expect(first.source.cached(document, bases, undefined).apt(0)).toEqual({ status: 'unknown', reason: 'deb.debian.org/debian bookworm main amd64 Packages: being fetched' });
    expect(first.pending()).toEqual([KEY]);
    const second = cachedPackageIndexes({ ...input(), packageIndexFailures: { [KEY]: REASON } });
    expect(second.source.cached(document, bases, undefined).apt(0)).toEqual({ status: 'unknown', reason: REASON });
    expect(second.pending()).toEqual([]);
  });
});
