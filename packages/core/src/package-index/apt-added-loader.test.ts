// The loader with the apt sources a Dockerfile adds: their indexes are loaded like the base image's,
// from the fake mirror (test-apt-server.ts: the committed bookworm excerpt, served here also under
// two made-up repository URLs), and tagged with the line that added them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildContext } from '../layers/types';
import { parseDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { BaseImageStates } from '../registry/base-image-state';
import type { Platform } from '../registry/platform';
import { createPackageIndexSource } from './package-index-loader';
import { fakeFetch, PACKAGES, PACKAGES_XZ, release, SUITE } from './test-apt-server';

const AMD64: Platform = { os: 'linux', architecture: 'amd64' };
const temporary = (name: string) => mkdtempSync(join(tmpdir(), `dflint-${name}-`));
const COPIED = 'http://copied.example/debian/dists/bookworm/';
const ECHOED = 'http://echoed.example/debian/dists/bookworm/';
const suite = (url: string) => ({
  [`${url}InRelease`]: release({ 'main/binary-amd64/Packages': PACKAGES, 'main/binary-amd64/Packages.xz': PACKAGES_XZ }),
  [`${url}main/binary-amd64/Packages.xz`]: PACKAGES_XZ,
});

const debian = (): BaseImageStates => {
  const index = { image: { platform: AMD64 }, textFiles: { 'etc/apt/sources.list': 'deb http://deb.debian.org/debian bookworm main\n', 'etc/apt/apt.conf.d/docker': 'Acquire::Languages "none";\n' }, packages: [] } as unknown as BaseImageIndex;
  return new Map([[0, { status: 'resolved', base: { stage: 0, written: 'debian:bookworm', platform: AMD64 }, index }]]);
};

const DOCKERFILE = [
  'FROM debian:bookworm',
  'COPY extra.list /etc/apt/sources.list.d/extra.list',
  'RUN echo "deb http://echoed.example/debian bookworm main" > /etc/apt/sources.list.d/echoed.list && apt-get update',
  'RUN echo "deb $REPO bookworm main" > /etc/apt/sources.list.d/dynamic.list',
  'RUN apt-get update && apt-get install -y curl',
].join('\n');

function context(): BuildContext {
  const root = temporary('apt-added-context');
  writeFileSync(join(root, 'extra.list'), 'deb http://copied.example/debian bookworm main\n');
  const files = [{ path: '/etc/apt/sources.list.d/extra.list', size: 48, contextPath: 'extra.list' }];
  return { root, notes: [], copies: new Map([[1, { files, estimate: 'exact' as const, missing: [], notes: [] }]]) };
}

describe('createPackageIndexSource: apt sources the Dockerfile adds', () => {
  test("a COPY'd .list and an echo'd one are loaded after the base image's, tagged with their line, lists too; a dynamic one is a problem at its line", async () => {
    const { fetcher, asked } = fakeFetch({ ...suite(SUITE), ...suite(COPIED), ...suite(ECHOED) });
    const source = createPackageIndexSource({ cacheDir: temporary('apt-added-cache'), fetch: fetcher });
    const loaded = await source.load(await parseDocument(DOCKERFILE), debian(), context());
    expect(asked.filter((url) => url.endsWith('InRelease')).sort()).toEqual([`${COPIED}InRelease`, `${SUITE}InRelease`, `${ECHOED}InRelease`].sort());
    const apt = loaded.apt(0);
    if (apt.status !== 'known') throw new Error(apt.reason);
    expect(apt.value.indexes.map((index) => index.addedAt)).toEqual([undefined, 1, 2]);
    expect(apt.value.lists.map((list) => [list.name, list.addedAt])).toEqual([
      ['deb.debian.org_debian_dists_bookworm_InRelease', undefined],
      ['deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages', undefined],
      ['copied.example_debian_dists_bookworm_InRelease', 1],
      ['copied.example_debian_dists_bookworm_main_binary-amd64_Packages', 1],
      ['echoed.example_debian_dists_bookworm_InRelease', 2],
      ['echoed.example_debian_dists_bookworm_main_binary-amd64_Packages', 2],
    ]);
    expect(loaded.problems).toEqual([
      { key: 'apt sources /etc/apt/sources.list.d/dynamic.list at 3', line: 3, reason: 'apt sources written to /etc/apt/sources.list.d/dynamic.list not read (`"deb $REPO bookworm main"` is not literal)' },
    ]);
  });

  test('an added repository the mirror lacks makes the chain unknown naming its index, noted once at the first RUN using apt', async () => {
    const { fetcher } = fakeFetch({ ...suite(SUITE), ...suite(COPIED) });
    const loaded = await createPackageIndexSource({ cacheDir: temporary('apt-added-cache'), fetch: fetcher }).load(await parseDocument(DOCKERFILE), debian(), context());
    expect(loaded.apt(0)).toEqual({ status: 'unknown', reason: 'echoed.example/debian bookworm main amd64 Packages: Release: not found (404)' });
    expect(loaded.problems.map((problem) => [problem.line, problem.reason])).toEqual([[2, 'echoed.example/debian bookworm main amd64 Packages: Release: not found (404)']]);
  });
});
