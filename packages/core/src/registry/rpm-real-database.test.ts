// rpm's own SQLite database, made by Debian's rpm (4.18): tiny packages built with rpmbuild from
// specs written here, installed with --justdb, then indexed as an image layer holding the database.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { assembleBaseImageIndex } from './base-image-index';
import type { ResolvedImage } from './client';
import { LayerIndexCache } from './index-cache';
import type { InstalledPackage } from './installed-packages';
import { indexLayer } from './layer-index';
import { parseImageReference } from './reference';
import { sqliteTableRows } from './sqlite-reader';
import { layerTar } from './test-images';
import { announceSkip } from '../test-shared';

const missing = ['rpm', 'rpmbuild'].filter((tool) => spawnSync(tool, ['--version']).status !== 0);
if (missing.length > 0) announceSkip(`rpm database tests: ${missing.join(' and ')} not installed (apt-get install rpm)`);

const SUBPACKAGES = 25;
const FILES = 400;
const spec = (name: string, preamble: string, body: string) => `Name: ${name}\n${preamble}\nSummary: a dflint test package\nLicense: MIT\nBuildArch: noarch\n%description\nfor dflint's tests\n${body}`;
/** one package with an epoch and a file of 12345 bytes */
const ALPHA = spec('dflint-alpha', 'Version: 1.2.3\nRelease: 4.fc40\nEpoch: 2', '%install\nmkdir -p %{buildroot}/opt/alpha\nhead -c 12345 /dev/zero > %{buildroot}/opt/alpha/data\n%files\n/opt/alpha/data\n');
/** epoch 0; 400 files, so its header spans several pages; 25 subpackages, so the table spans several leaves */
const MANY = spec(
  'dflint-many',
  'Version: 0.9\nRelease: 1\nEpoch: 0',
  [
    ...Array.from({ length: SUBPACKAGES }, (_, i) => `%package -n dflint-sub-${i + 1}\nSummary: sub ${i + 1}\n%description -n dflint-sub-${i + 1}\nsub\n`),
    '%install',
    `mkdir -p %{buildroot}/opt/many\nfor i in $(seq 1 ${FILES}); do head -c $i /dev/zero > %{buildroot}/opt/many/a-file-with-a-rather-long-name-$i; done`,
    ...Array.from({ length: SUBPACKAGES }, (_, i) => `mkdir -p %{buildroot}/opt/sub-${i + 1}\nhead -c ${(i + 1) * 100} /dev/zero > %{buildroot}/opt/sub-${i + 1}/data`),
    '%files\n/opt/many',
    ...Array.from({ length: SUBPACKAGES }, (_, i) => `%files -n dflint-sub-${i + 1}\n/opt/sub-${i + 1}/data`),
  ].join('\n'),
);

const image = (layerCount: number): ResolvedImage => ({
  reference: parseImageReference('registry.example/ubi9:latest'),
  digest: `sha256:${'1'.repeat(64)}`,
  platform: { os: 'linux', architecture: 'amd64' },
  config: { env: [], diffIds: [], history: [] },
  layers: Array.from({ length: layerCount }, (_, i) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${String(i).repeat(64)}`, size: 1 })),
});

(missing.length > 0 ? describe.skip : describe)('rpm databases made by rpm', () => {
  const work = mkdtempSync(join(tmpdir(), 'dflint-rpm-'));
  const dbPath = join(work, 'db');
  let alphaOnly: Buffer;
  let everything: Buffer;

  /** `rpm -qa` of the database, as InstalledPackages: epoch shown when not 0, LONGSIZE in bytes */
  function rpmQueryAll(): InstalledPackage[] {
    const lines = execFileSync('rpm', ['-qa', '--dbpath', dbPath, '--qf', '%{NAME}\\t%{EPOCH}\\t%{VERSION}-%{RELEASE}\\t%{LONGSIZE}\\n'], { encoding: 'utf8' }).trim().split('\n');
    return lines.map((line) => {
      const [name, epoch, version, size] = line.split('\t');
      return { name, version: `${epoch === '(none)' || epoch === '0' ? '' : `${epoch}:`}${version}`, installedSize: Number(size), manager: 'rpm' as const };
    });
  }

  function buildAndInstall(name: string, text: string): void {
    writeFileSync(join(work, `${name}.spec`), text);
    execFileSync('rpmbuild', ['-bb', '--quiet', '--define', `_topdir ${join(work, 'top')}`, join(work, `${name}.spec`)], { stdio: 'pipe' });
    const rpms = execFileSync('find', [join(work, 'top', 'RPMS'), '-name', `dflint-*.rpm`, '-newer', join(work, `${name}.spec`)], { encoding: 'utf8' }).trim().split('\n');
    execFileSync('rpm', ['--dbpath', dbPath, '--define', '_db_backend sqlite', '-i', '--justdb', '--nodeps', '--noscripts', ...rpms], { stdio: 'pipe' });
  }

  beforeAll(() => {
    buildAndInstall('alpha', ALPHA);
    alphaOnly = readFileSync(join(dbPath, 'rpmdb.sqlite'));
    buildAndInstall('many', MANY);
    everything = readFileSync(join(dbPath, 'rpmdb.sqlite'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('the packages of a layer holding the database are exactly those rpm -qa lists', async () => {
    const expected = rpmQueryAll();
    expect(expected).toHaveLength(2 + SUBPACKAGES);
    expect(expected).toContainEqual({ name: 'dflint-alpha', version: '2:1.2.3-4.fc40', installedSize: 12345, manager: 'rpm' });
    expect(expected).toContainEqual({ name: 'dflint-many', version: '0.9-1', installedSize: (FILES * (FILES + 1)) / 2, manager: 'rpm' });
    const layer = await indexLayer(Readable.from([gzipSync(layerTar({ 'var/lib/rpm/rpmdb.sqlite': everything }))]));
    expect(layer.keptFiles).toEqual({});
    const byName = (a: InstalledPackage, b: InstalledPackage) => a.name.localeCompare(b.name);
    expect([...layer.keptPackages['var/lib/rpm/rpmdb.sqlite']].sort(byName)).toEqual([...expected].sort(byName));
  });

  // sqlite3's dbstat counts 1 interior page, 14 leaves and 15 overflow pages for this table
  test('the table spans several pages and a header overflows its page: what the reader had to follow', () => {
    const pageSize = everything.readUInt16BE(16);
    const blobs = [...sqliteTableRows(everything, 'Packages')].map((row) => row[1] as Buffer);
    expect(blobs).toHaveLength(2 + SUBPACKAGES);
    expect(Math.max(...blobs.map((blob) => blob.length))).toBeGreaterThan(4 * pageSize);
    expect(blobs.reduce((sum, blob) => sum + blob.length, 0)).toBeGreaterThan(SUBPACKAGES * pageSize);
  });

  test("an upper layer's database replaces the lower one's in the base image index, and the cache keeps the lists", async () => {
    const lower = await indexLayer(Readable.from([layerTar({ 'usr/lib/sysimage/rpm/rpmdb.sqlite': alphaOnly })]));
    const upper = await indexLayer(Readable.from([layerTar({ 'usr/lib/sysimage/rpm/rpmdb.sqlite': everything })]));
    expect(assembleBaseImageIndex(image(1), [lower]).packages.map((p) => p.name)).toEqual(['dflint-alpha']);
    const cache = new LayerIndexCache(join(work, 'cache'));
    cache.write('sha256:upper', upper);
    const packages = assembleBaseImageIndex(image(2), [lower, cache.read('sha256:upper')!]).packages;
    expect(packages).toHaveLength(2 + SUBPACKAGES);
    expect(packages.filter((p) => p.manager === 'rpm')).toEqual(packages);
  });
});
