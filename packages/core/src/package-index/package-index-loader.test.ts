import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildContext } from '../layers/types';
import { parseDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { BaseImageState, BaseImageStates } from '../registry/base-image-state';
import type { Platform } from '../registry/platform';
import { createPackageIndexSource } from './package-index-loader';
import { OFFLINE_REASON } from './package-knowledge';
import { fakeFetch, PACKAGES, PACKAGES_XZ, release, SUITE } from './test-apt-server';

const AMD64: Platform = { os: 'linux', architecture: 'amd64' };
const SOURCES = 'deb http://deb.debian.org/debian bookworm main\n';
const MIRROR = { [`${SUITE}InRelease`]: release({ 'main/binary-amd64/Packages': PACKAGES, 'main/binary-amd64/Packages.xz': PACKAGES_XZ }), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ };
const temporary = () => mkdtempSync(join(tmpdir(), 'dflint-package-indexes-'));

/** a resolved base image of the stage carrying these text files (apt sources and config) */
function resolved(stage: number, textFiles: Record<string, string>, platform = AMD64): BaseImageState {
  const index = { image: { platform }, textFiles, packages: [] } as unknown as BaseImageIndex;
  return { status: 'resolved', base: { stage, written: 'debian:bookworm', platform }, index };
}

const debian = (config = 'Acquire::GzipIndexes "true";\nAcquire::Languages "none";\n'): BaseImageStates =>
  new Map([[0, resolved(0, { 'etc/apt/sources.list': SOURCES, 'etc/apt/apt.conf.d/docker': config })]]);

const TWO_STAGES = 'FROM debian:bookworm AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN apt-get purge -y curl\n';

describe('createPackageIndexSource: apt', () => {
  test("a stage chain whose RUN lines use apt gets its base image's indexes, lists and Install-Recommends; documents of a run share one load per index", async () => {
    const { fetcher, asked } = fakeFetch(MIRROR);
    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher });
    const document = await parseDocument(TWO_STAGES);
    const bases = debian('Acquire::GzipIndexes "true";\nAcquire::Languages "none";\nAPT::Install-Recommends "0";\n');
    const [first, second] = await Promise.all([source.load(document, bases, undefined), source.load(document, bases, undefined)]);
    expect(asked).toEqual([`${SUITE}InRelease`, `${SUITE}main/binary-amd64/Packages.xz`]);
    const apt = first.apt(0);
    expect(apt.status).toBe('known');
    if (apt.status !== 'known') throw new Error(apt.reason);
    expect(apt.value.architecture).toBe('amd64');
    expect(apt.value.installRecommends).toBe(false);
    expect(apt.value.indexes.map((index) => [index.source, index.packages.length])).toEqual([['Debian bookworm main amd64 Packages, 2026-07-11', 7]]);
    expect(apt.value.lists.map((file) => [file.name, file.bytes.estimate])).toEqual([
      ['deb.debian.org_debian_dists_bookworm_InRelease', 'exact'],
      ['deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', 'estimated'],
    ]);
    expect(second.apt(0).status).toBe('known');
    expect(first.problems).toEqual([]);
    // the second stage builds on the first: its chain is stage 0's; a stage not in any apt chain says so
    expect(first.apt(1)).toEqual({ status: 'unknown', reason: 'no RUN of the stage runs apt' });
  });

  test('offline: no request, every apt chain unknown with the offline reason, and no problem to note', async () => {
    const { fetcher, asked } = fakeFetch(MIRROR);
    const loaded = await createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher, offline: true }).load(await parseDocument(TWO_STAGES), debian(), undefined);
    expect(loaded.apt(0)).toEqual({ status: 'unknown', reason: OFFLINE_REASON });
    expect(loaded.problems).toEqual([]);
    expect(asked).toEqual([]);
  });

  test('why the apt figures are unknown: an index the mirror lacks (a problem, once per index, at the first RUN using apt), an unresolved or offline base, an architecture apt has no name for, no sources', async () => {
    const document = await parseDocument(`FROM debian:bookworm\nENV A=1\n${TWO_STAGES.split('\n').slice(1).join('\n')}`);
    const missing = await createPackageIndexSource({ cacheDir: temporary(), fetch: fakeFetch({}).fetcher }).load(document, debian(), undefined);
    const reason = 'deb.debian.org/debian bookworm main amd64 Packages: Release: not found (404)';
    expect(missing.apt(0)).toEqual({ status: 'unknown', reason });
    expect(missing.problems).toEqual([{ key: `${SUITE} main amd64`, line: 2, reason }]);

    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fakeFetch(MIRROR).fetcher });
    const states = (state: BaseImageState) => new Map([[0, state]]);
    const unresolved = (why: string): BaseImageState => ({ status: 'unresolved', base: { stage: 0, written: 'debian:bookworm', platform: AMD64 }, reason: why });
    expect((await source.load(document, states(unresolved('offline')), undefined)).apt(0)).toEqual({ status: 'unknown', reason: OFFLINE_REASON });
    expect((await source.load(document, states(unresolved('not found (404)')), undefined)).apt(0)).toEqual({ status: 'unknown', reason: 'base image not resolved (not found (404))' });
    const armv6 = resolved(0, { 'etc/apt/sources.list': SOURCES }, { os: 'linux', architecture: 'arm', variant: 'v6' });
    expect((await source.load(document, states(armv6), undefined)).apt(0)).toEqual({ status: 'unknown', reason: "apt has no architecture for the image's platform linux/arm/v6" });
    expect((await source.load(document, states(resolved(0, {})), undefined)).apt(0)).toEqual({ status: 'unknown', reason: 'the base image has no apt sources (etc/apt/sources.list, sources.list.d)' });
    expect((await source.load(document, undefined, undefined)).apt(0).status).toBe('unknown');
  });

  test('cached(): no request; an index not cached yet is being fetched (no problem to note); after a load of the session, known', async () => {
    const { fetcher, asked } = fakeFetch(MIRROR);
    const cacheDir = temporary();
    const document = await parseDocument(TWO_STAGES);
    const source = createPackageIndexSource({ cacheDir, fetch: fetcher });
    const before = source.cached(document, debian(), undefined);
    expect(before.apt(0)).toEqual({ status: 'unknown', reason: 'deb.debian.org/debian bookworm main amd64 Packages: being fetched' });
    expect(before.problems).toEqual([]);
    expect(asked).toEqual([]);
    await source.load(document, debian(), undefined);
    expect(source.cached(document, debian(), undefined).apt(0).status).toBe('known');
    // another session (the next editor start) reads the disk cache
    expect(createPackageIndexSource({ cacheDir, fetch: fetcher }).cached(document, debian(), undefined).apt(0).status).toBe('known');
    expect(asked).toHaveLength(2);
  });

  test("cached(): the indexes it lacks are pending, by the key load() notes them under; a background load's failure is said instead of 'being fetched'", async () => {
    const document = await parseDocument(TWO_STAGES);
    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fakeFetch({}).fetcher });
    const key = `${SUITE} main amd64`;
    expect(source.cached(document, debian(), undefined).pending).toEqual([key]);
    const loaded = await source.load(document, debian(), undefined);
    expect(loaded.problems.map((problem) => problem.key)).toEqual([key]);
    const failures = new Map([[key, loaded.problems[0].reason]]);
    const after = source.cached(document, debian(), undefined, failures);
    expect(after.apt(0)).toEqual({ status: 'unknown', reason: 'deb.debian.org/debian bookworm main amd64 Packages: Release: not found (404)' });
    expect(after.pending).toEqual([]);
  });
});

describe('createPackageIndexSource: npm and Python', () => {
  const context = (...contextPaths: string[]): BuildContext => ({
    root: '/ctx',
    copies: new Map([[1, { files: contextPaths.map((contextPath) => ({ path: `/app/${contextPath}`, size: 10, contextPath })), estimate: 'exact' as const, missing: [], notes: [] }]]),
    notes: [],
  });

  test('the lockfiles and requirements COPY takes are asked of the npm and Python loaders, when a RUN runs their managers', async () => {
    const document = await parseDocument('FROM node:22\nCOPY . /app/\nRUN npm ci && pip install -r requirements.txt\n');
    const loaded = await createPackageIndexSource({ offline: true }).load(document, undefined, context('package-lock.json', 'requirements.txt', 'src/index.js', 'dist/app-1.0.tar.gz'));
    // asked of the loaders: offline, npm's says so; the Python files are not in /ctx, which its loader reads
    expect(loaded.npm('package-lock.json')).toEqual({ status: 'unknown', reason: 'package index not fetched (offline)' });
    expect(loaded.python('requirements.txt')).toEqual({ status: 'unknown', reason: 'requirements.txt: not in the build context' });
    expect(loaded.python('dist/app-1.0.tar.gz')).toEqual({ status: 'unknown', reason: 'app-1.0.tar.gz: not in the build context' });
    expect(loaded.npm('src/index.js')).toEqual({ status: 'unknown', reason: 'no RUN of the stage runs a package manager that reads it' });
    const withoutNode = await createPackageIndexSource({ offline: true }).load(await parseDocument('FROM node:22\nCOPY . /app/\n'), undefined, context('package-lock.json'));
    expect(withoutNode.npm('package-lock.json')).toEqual({ status: 'unknown', reason: 'no RUN of the stage runs a package manager that reads it' });
  });
});
