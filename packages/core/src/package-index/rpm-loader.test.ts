// The dnf part of createPackageIndexSource: a stage chain whose RUN lines run dnf/yum/microdnf gets
// its base image's repositories loaded (a fake fetch serves the dflint test repository).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { BaseImageStates } from '../registry/base-image-state';
import { createPackageIndexSource } from './package-index-loader';
import { NOT_CACHED_REASON } from './package-index-options';
import { OFFLINE_REASON } from './package-knowledge';
import { DFLINT_REPO_SOURCE, dflintRepoFetch, fedoraWithRpm, RPM_BASEURL } from './test-rpm-knowledge';

const temporary = () => mkdtempSync(join(tmpdir(), 'dflint-rpm-loader-'));
const DOCUMENT = 'FROM fedora:40 AS base\nRUN dnf install -y app\nFROM base\nRUN microdnf remove -y app\n';

function fedora(index: BaseImageIndex = fedoraWithRpm()): BaseImageStates {
  return new Map([[0, { status: 'resolved', base: { stage: 0, written: 'fedora:40', platform: index.image.platform }, index }]]) as BaseImageStates;
}

describe('createPackageIndexSource: dnf', () => {
  test("a chain running dnf gets its base image's repositories, dnf.conf's options and the cache dnf keeps; documents of a run share one load", async () => {
    const { fetcher, asked } = dflintRepoFetch();
    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher });
    const document = await parseDocument(DOCUMENT);
    const bases = fedora(fedoraWithRpm('[main]\ninstall_weak_deps=0\nclean_requirements_on_remove=False\ntsflags=nodocs\n'));
    const [first, second] = await Promise.all([source.load(document, bases, undefined), source.load(document, bases, undefined)]);
    expect(asked).toEqual([`${RPM_BASEURL}/repodata/repomd.xml`, `${RPM_BASEURL}/repodata/primary.xml.gz`]);
    const rpm = first.rpm(0);
    if (rpm.status !== 'known') throw new Error(rpm.reason);
    expect(rpm.value.indexes.map((index) => [index.source, index.packages.length])).toEqual([[DFLINT_REPO_SOURCE, 17]]);
    expect([rpm.value.architecture, rpm.value.installWeakDeps, rpm.value.cleanRequirementsOnRemove, rpm.value.nodocs]).toEqual(['x86_64', false, false, true]);
    expect(rpm.value.cacheFiles.map((file) => [file.name, file.bytes.estimate === 'exact' ? file.bytes.value : file.bytes.estimate])).toEqual([
      ['dflint/repodata/repomd.xml', 1357],
      ['dflint/repodata/primary.xml.gz', 2331],
      ['dflint/repodata/filelists.xml.gz', 1152],
      ['dflint.solv', 'unknown'],
    ]);
    expect(second.rpm(0).status).toBe('known');
    expect(first.problems).toEqual([]);
    expect(first.rpm(1)).toEqual({ status: 'unknown', reason: 'no RUN of the stage runs dnf, yum or microdnf' });
    expect(first.apt(0).status).toBe('unknown');
  });

  test('cached(): what a load put in the cache is read without a request; what it lacks is pending', async () => {
    const cacheDir = temporary();
    const document = await parseDocument(DOCUMENT);
    const empty = createPackageIndexSource({ cacheDir, fetch: dflintRepoFetch().fetcher }).cached(document, fedora(), undefined);
    expect(empty.rpm(0)).toEqual({ status: 'unknown', reason: NOT_CACHED_REASON });
    expect(empty.pending).toEqual([`rpm ${RPM_BASEURL}`]);
    await createPackageIndexSource({ cacheDir, fetch: dflintRepoFetch().fetcher }).load(document, fedora(), undefined);
    const { fetcher, asked } = dflintRepoFetch();
    const cached = createPackageIndexSource({ cacheDir, fetch: fetcher, now: () => Date.now() + 365 * 86_400_000 }).cached(document, fedora(), undefined);
    expect(cached.rpm(0).status).toBe('known');
    expect(cached.pending).toEqual([]);
    expect(asked).toEqual([]);
  });

  test('a repository that cannot be fetched: unknown naming it, and one problem keyed by the repository', async () => {
    const missing = (async () => new Response('not found', { status: 404 })) as unknown as typeof fetch;
    const loaded = await createPackageIndexSource({ cacheDir: temporary(), fetch: missing }).load(await parseDocument(DOCUMENT), fedora(), undefined);
    const reason = `repo dflint (dflint test repository): ${RPM_BASEURL}/repodata/repomd.xml: not found (404)`;
    expect(loaded.rpm(0)).toEqual({ status: 'unknown', reason });
    expect(loaded.problems).toEqual([{ key: `rpm ${RPM_BASEURL}`, line: 1, reason }]);
  });

  test('offline, an unresolved base, a base without repositories: unknown and why, no request', async () => {
    const { fetcher, asked } = dflintRepoFetch();
    const document = await parseDocument(DOCUMENT);
    const offline = await createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher, offline: true }).load(document, fedora(), undefined);
    expect(offline.rpm(0)).toEqual({ status: 'unknown', reason: OFFLINE_REASON });
    expect(offline.problems).toEqual([]);
    const source = createPackageIndexSource({ cacheDir: temporary(), fetch: fetcher });
    const unresolved = new Map([[0, { status: 'unresolved', base: { stage: 0, written: 'fedora:40' }, reason: 'not found (404)' }]]) as unknown as BaseImageStates;
    expect((await source.load(document, unresolved, undefined)).rpm(0)).toEqual({ status: 'unknown', reason: 'base image not resolved (not found (404))' });
    const bare = fedoraWithRpm();
    delete (bare.textFiles as Record<string, string>)['etc/yum.repos.d/dflint.repo'];
    expect((await source.load(document, fedora(bare), undefined)).rpm(0)).toEqual({ status: 'unknown', reason: 'the base image enables no rpm repository (etc/yum.repos.d)' });
    expect(asked).toEqual([]);
  });
});
