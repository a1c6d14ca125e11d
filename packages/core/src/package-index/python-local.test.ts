import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTar } from '../tar-module';
import { distributionName, localDistribution, readWheelFile } from './python-local';
import { pycBytes } from './python-estimate';

const FIXTURES = join(__dirname, 'fixtures', 'python');

describe('local wheels and sdists', () => {
  it('reads a wheel\'s central directory: every member with the sizes python3\'s zipfile wrote', () => {
    const { entries, fileBytes } = readWheelFile(join(FIXTURES, 'tinydemo-0.3-py3-none-any.whl'));
    expect(fileBytes).toBe(1361);
    expect(entries.map((entry) => [entry.name, entry.size, entry.compressedSize])).toEqual([
      ['tinydemo/__init__.py', 26, 28],
      ['tinydemo/core.py', 640, 40],
      ['tinydemo/data.txt', 5000, 22],
      ['tinydemo-0.3.dist-info/METADATA', 50, 45],
      ['tinydemo-0.3.dist-info/WHEEL', 92, 92],
      ['tinydemo-0.3.dist-info/top_level.txt', 9, 11],
      ['tinydemo-0.3.data/scripts/tinydemo-run', 18, 20],
      ['tinydemo-0.3.dist-info/RECORD', 0, 2],
    ]);
  });

  it('estimates a wheel\'s install: its files, the .pyc of its modules (not of scripts), dist-info records; no cache', () => {
    const knowledge = localDistribution(FIXTURES, 'tinydemo-0.3-py3-none-any.whl');
    expect(knowledge.status).toBe('known');
    const [dist] = knowledge.status === 'known' ? knowledge.value.distributions : [];
    expect(dist).toMatchObject({ name: 'tinydemo', version: '0.3', fileBytes: 1361 });
    const files = 26 + 640 + 5000 + 50 + 92 + 9 + 18 + 0;
    const pyc = pycBytes(26) + pycBytes(640);
    expect(dist.installedBytes).toMatchObject({ estimate: 'estimated', source: 'wheel tinydemo-0.3-py3-none-any.whl' });
    // what remains is RECORD's new lines and INSTALLER, REQUESTED, direct_url.json: a few hundred bytes
    const extra = dist.installedBytes!.value - files - pyc;
    expect(extra).toBeGreaterThan(200);
    expect(extra).toBeLessThan(700);
    expect(dist.cacheBytes).toBeUndefined();
  });

  it('estimates an sdist\'s install from its package directory and the wheel pip caches from its compressed size', () => {
    const knowledge = localDistribution(FIXTURES, 'tinydemo-0.3.tar.gz');
    const [dist] = knowledge.status === 'known' ? knowledge.value.distributions : [];
    expect(dist).toMatchObject({ name: 'tinydemo', version: '0.3', fileBytes: 456 });
    // setup.py, README.md, PKG-INFO and the egg-info are not installed; the three package files are
    expect(dist.installedBytes!.value).toBeGreaterThan(5666 + pycBytes(26) + pycBytes(640));
    expect(dist.installedBytes!.value).toBeLessThan(5666 + pycBytes(26) + pycBytes(640) + 1500);
    expect(dist.cacheBytes).toMatchObject({ estimate: 'estimated', source: 'sdist tinydemo-0.3.tar.gz' });
  });

  it('makes an sdist with compiled extensions a lower bound that names the package and the source file', () => {
    const knowledge = localDistribution(FIXTURES, 'cext-1.0.tar.gz');
    const [dist] = knowledge.status === 'known' ? knowledge.value.distributions : [];
    expect(dist.installedBytes).toMatchObject({ estimate: 'lower-bound', reason: 'cext-1.0: builds compiled extensions (src/fast.c) whose size is unknown' });
    expect(dist.cacheBytes?.estimate).toBe('lower-bound');
  });

  it('says why a truncated wheel, a truncated sdist or a missing file is unknown', () => {
    expect(localDistribution(FIXTURES, 'truncated-0.1-py3-none-any.whl')).toEqual({
      status: 'unknown',
      reason: 'truncated-0.1-py3-none-any.whl: not a zip file (no end of central directory record)',
    });
    const sdist = localDistribution(FIXTURES, 'truncated-0.1.tar.gz');
    expect(sdist.status === 'unknown' && sdist.reason).toMatch(/^truncated-0\.1\.tar\.gz: not a readable sdist/);
    expect(localDistribution(FIXTURES, 'absent-1.0.tar.gz')).toEqual({ status: 'unknown', reason: 'absent-1.0.tar.gz: not in the build context' });
  });

  it('names the dependencies a wheel\'s METADATA declares (not extras\', not Windows\'), unknown', () => {
    const knowledge = localDistribution(FIXTURES, 'depdemo-1.0-py3-none-any.whl');
    const distributions = knowledge.status === 'known' ? knowledge.value.distributions : [];
    expect(distributions.map((dist) => [dist.name, dist.dependencyOf, dist.installedBytes?.estimate])).toEqual([
      ['depdemo', undefined, 'estimated'],
      ['requests', 'depdemo', 'unknown'],
    ]);
    expect(distributions[1].installedBytes?.reason).toBe('requests: a dependency of depdemo, which pip installs too (unless --no-deps or already installed)');
  });

  it('reads an sdist\'s PKG-INFO for its dependencies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dflint-pkginfo-'));
    try {
      mkdirSync(join(dir, 'needs-1.0', 'needs'), { recursive: true });
      writeFileSync(join(dir, 'needs-1.0', 'PKG-INFO'), 'Metadata-Version: 2.2\nName: needs\nVersion: 1.0\nRequires-Dist: numpy>=1.26\n');
      writeFileSync(join(dir, 'needs-1.0', 'needs', '__init__.py'), 'import numpy\n');
      loadTar().c({ cwd: dir, file: join(dir, 'needs-1.0.tar.gz'), gzip: true, sync: true }, ['needs-1.0']);
      const knowledge = localDistribution(dir, 'needs-1.0.tar.gz');
      const distributions = knowledge.status === 'known' ? knowledge.value.distributions : [];
      expect(distributions.map((dist) => [dist.name, dist.dependencyOf])).toEqual([['needs', undefined], ['numpy', 'needs']]);
      const tinydemo = localDistribution(FIXTURES, 'tinydemo-0.3.tar.gz');
      expect(tinydemo.status === 'known' && tinydemo.value.distributions.map((dist) => dist.name)).toEqual(['tinydemo']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads names and versions from wheel and sdist file names', () => {
    expect(distributionName('dist/Foo_Bar-2.0.1-cp311-cp311-manylinux_2_17_x86_64.whl')).toEqual({ name: 'foo-bar', version: '2.0.1' });
    expect(distributionName('pkgs/zope.interface-6.0.tar.gz')).toEqual({ name: 'zope-interface', version: '6.0' });
  });
});

// The ground-truth case /work/gt16/pip-local-sdist: the same sdist prepare.sh makes (2 MiB of random
// data), built here; built with Docker on 2026-12-06, the pip RUN's layer stored 4,197,530 bytes
// (2,098,348 installed under /usr/local/lib/python3.11/dist-packages, 2,099,182 in ~/.cache/pip/wheels).
describe('ground truth: pip install of a local sdist without --no-cache-dir', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dflint-gtdemo-'));
    const project = join(dir, 'gtdemo-1.0');
    mkdirSync(join(project, 'gtdemo'), { recursive: true });
    writeFileSync(join(project, 'setup.py'), 'from setuptools import setup\nsetup(name="gtdemo", version="1.0", packages=["gtdemo"], package_data={"gtdemo": ["data.bin"]})\n');
    writeFileSync(join(project, 'PKG-INFO'), 'Metadata-Version: 2.1\nName: gtdemo\nVersion: 1.0\n');
    writeFileSync(join(project, 'gtdemo', '__init__.py'), '"""ground-truth demo package"""\n');
    writeFileSync(join(project, 'gtdemo', 'data.bin'), randomBytes(2 * 1024 * 1024));
    loadTar().c({ cwd: dir, file: join(dir, 'gtdemo-1.0.tar.gz'), gzip: true, sync: true }, ['gtdemo-1.0']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('predicts the layer within 10%', () => {
    const knowledge = localDistribution(dir, 'gtdemo-1.0.tar.gz');
    const [dist] = knowledge.status === 'known' ? knowledge.value.distributions : [];
    const measured = { installed: 2_098_348, cache: 2_099_182 };
    const predicted = { installed: dist.installedBytes!.value, cache: dist.cacheBytes!.value };
    const rows = (['installed', 'cache'] as const).map((part) => [part, measured[part], predicted[part], `${(((predicted[part] - measured[part]) / measured[part]) * 100).toFixed(3)}%`]);
    const total = predicted.installed + predicted.cache;
    rows.push(['layer', 4_197_530, total, `${(((total - 4_197_530) / 4_197_530) * 100).toFixed(3)}%`]);
    console.log(['part measured predicted error', ...rows.map((row) => row.join(' '))].join('\n'));
    expect(dist.installedBytes!.estimate).toBe('estimated');
    expect(Math.abs(total - 4_197_530) / 4_197_530).toBeLessThan(0.1);
  });
});
