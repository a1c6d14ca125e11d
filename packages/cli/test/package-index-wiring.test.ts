import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { createPackageIndexSource, type BaseImageIndex, type BaseImageSource, type BaseImageState, type PackageIndexOptions, type RegistryOptions } from '@dflint/core';
import { assembleBaseImageIndex } from '../../core/src/registry/base-image-index';
import { baseImages } from '../../core/src/registry/base-images';
import { indexLayer } from '../../core/src/registry/layer-index';
import { layerTar } from '../../core/src/registry/test-images';
import { fakeFetch, PACKAGES, PACKAGES_XZ, release, SUITE } from '../../core/src/package-index/test-apt-server';
import { main } from '../src/main';
import { indexDownloadLine } from '../src/progress';
import { memoryIo } from './memory-io';
import { tempDir } from './run-cli';

// issue 16 item 3 (lane A2), CLI side: one package-index source per run after the base images,
// --offline/DFLINT_OFFLINE honoured, one note per index the run could not load. A fake registry
// resolves every base to a Debian image with bookworm's sources; a fake fetch is Debian's mirror.

const AMD64 = { os: 'linux', architecture: 'amd64' };
const TEXT_FILES = { 'etc/apt/sources.list': 'deb http://deb.debian.org/debian bookworm main\n', 'etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n' };
const MIRROR = { [`${SUITE}InRelease`]: release({ 'main/binary-amd64/Packages': PACKAGES, 'main/binary-amd64/Packages.xz': PACKAGES_XZ }), [`${SUITE}main/binary-amd64/Packages.xz`]: PACKAGES_XZ };

let debian: BaseImageIndex;
beforeAll(async () => {
  const layer = await indexLayer(Readable.from([layerTar({ ...TEXT_FILES, 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n' })]));
  const image = { reference: { registry: 'docker.io', repository: 'library/debian', tag: 'bookworm' }, digest: 'sha256:0', platform: AMD64, config: { env: [], diffIds: [], history: [] }, layers: [{ digest: 'sha256:1', size: 1 }] };
  debian = assembleBaseImageIndex(image as unknown as Parameters<typeof assembleBaseImageIndex>[0], [layer]);
});

function debianRegistry(options: RegistryOptions): BaseImageSource {
  const states = (document: Parameters<BaseImageSource['resolve']>[0]) =>
    new Map(
      baseImages(document, { targetPlatform: AMD64 }).map((base): [number, BaseImageState] => {
        if (options.offline) return [base.stage, { status: 'unresolved', base, reason: 'offline' }];
        return [base.stage, { status: 'resolved', base, index: debian }];
      }),
    );
  return { resolve: (document) => Promise.resolve(states(document)), cached: states };
}

/** package-index sources over a fake mirror (the table), recording their options and the URLs asked */
function fakeIndexes(table: Record<string, string | Buffer>) {
  const made: PackageIndexOptions[] = [];
  const { fetcher, asked } = fakeFetch(table);
  const cacheDir = tempDir();
  const create = (options: PackageIndexOptions) => {
    made.push(options);
    return createPackageIndexSource({ ...options, cacheDir, fetch: fetcher });
  };
  return { create, made, asked };
}

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const INSTALL = 'FROM debian:bookworm\nLABEL a=b\nRUN apt-get update && apt-get install -y curl\n';
const NOTE = 'deb.debian.org/debian bookworm main amd64 Packages: Release: not found (404); figures that need it are unknown';

describe("the run's package indexes", () => {
  test('a missing index: one note per index per run (at the first RUN using apt), over two Dockerfiles and every --fix pass; the exit code is unchanged', async () => {
    const dir = project({ 'a.Dockerfile': INSTALL, 'b.Dockerfile': 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n' });
    const indexes = fakeIndexes({});
    const io = memoryIo(dir);
    const code = await main(['a.Dockerfile', 'b.Dockerfile', '--fix-dry-run'], io, debianRegistry, indexes.create);
    expect(io.stderr).toBe(`dflint: note: a.Dockerfile:3: ${NOTE}\n`);
    expect(indexes.made).toHaveLength(1);
    expect(indexes.made[0]).toMatchObject({ offline: false, env: io.env });
    // InRelease, then Release, once for the run
    expect(indexes.asked).toEqual([`${SUITE}InRelease`, `${SUITE}Release`]);
    const offline = memoryIo(dir, { DFLINT_OFFLINE: '1' });
    expect(await main(['a.Dockerfile', 'b.Dockerfile', '--fix-dry-run'], offline, debianRegistry, indexes.create)).toBe(code);
    expect(offline.stderr).toBe('');
    expect(indexes.made[1]).toMatchObject({ offline: true });
    expect(indexes.asked).toHaveLength(2);
  });

  test('dflint layers notes it too; --quiet hides the note of a lint run, as it hides other warnings', async () => {
    const dir = project({ Dockerfile: INSTALL });
    const layers = memoryIo(dir);
    expect(await main(['layers', '-f', 'json'], layers, debianRegistry, fakeIndexes({}).create)).toBe(0);
    expect(layers.stderr).toBe(`dflint: note: Dockerfile:3: ${NOTE}\n`);
    const quiet = memoryIo(dir);
    await main(['Dockerfile', '-q'], quiet, debianRegistry, fakeIndexes({}).create);
    expect(quiet.stderr).toBe('');
  });

  test('with the mirror answering: no note, each index fetched once for lint and layers of several Dockerfiles; --offline asks nothing', async () => {
    const dir = project({ 'a.Dockerfile': INSTALL, 'b.Dockerfile': INSTALL.replace('curl', 'gcc') });
    const indexes = fakeIndexes(MIRROR);
    const io = memoryIo(dir);
    await main(['a.Dockerfile', 'b.Dockerfile'], io, debianRegistry, indexes.create);
    await main(['layers', 'a.Dockerfile', 'b.Dockerfile', '-f', 'json'], io, debianRegistry, indexes.create);
    expect(io.stderr).toBe('');
    // the second run reads the Release and the index from the cache the first one filled
    expect(indexes.asked).toEqual([`${SUITE}InRelease`, `${SUITE}main/binary-amd64/Packages.xz`]);
    const offline = fakeIndexes(MIRROR);
    await main(['layers', 'a.Dockerfile', '--offline'], memoryIo(dir), debianRegistry, offline.create);
    expect(offline.asked).toEqual([]);
  });

  test('on a terminal, an index download shows on the progress line, then is erased', async () => {
    const dir = project({ Dockerfile: INSTALL });
    const io = { ...memoryIo(dir, { DFLINT_PROGRESS_AFTER_MS: '0' }), stderrIsTTY: true };
    let screen = '';
    io.err = (text: string) => void (screen += text);
    await main(['layers'], io, debianRegistry, fakeIndexes(MIRROR).create);
    const drawn = screen.indexOf(`\rfetching deb.debian.org/debian bookworm main amd64 Packages: 3.6 of 3.6 KiB`);
    expect(drawn).toBeGreaterThanOrEqual(0);
    expect(screen.indexOf('\r\x1b[K', drawn)).toBeGreaterThan(drawn);
  });

  test('the progress line of an index download', () => {
    expect(indexDownloadLine({ index: 'deb.debian.org/debian bookworm main amd64 Packages', receivedBytes: 3.2 * 1024 ** 2, totalBytes: 8790396 })).toBe(
      'fetching deb.debian.org/debian bookworm main amd64 Packages: 3.2 of 8.4 MiB',
    );
  });
});
