import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knowledge, PackageIndexStates, PythonKnowledge, RunPackages } from '../../package-index/package-knowledge';
import { estimated, sumBytes } from '../bytes';
import { OFFLINE_REASON, packageIndexesUnknown } from '../../package-index/package-knowledge';
import { localDistribution } from '../../package-index/python-local';
import { cachedPythonKnowledge } from '../../package-index/python-source';
import type { CacheWriteEffect, PackageEffect, UnknownWriteEffect } from '../types';
import { effectsOf } from './test-fixtures';

const FIXTURES = join(__dirname, '..', '..', 'package-index', 'fixtures', 'python');

/** What the model hands a RUN: files copied from the context at /tmp, python knowledge of the fixtures. */
function runPackages(copied: Record<string, string>, python: (contextPath: string) => Knowledge<PythonKnowledge>, aptKnown = true): RunPackages {
  const states: PackageIndexStates = {
    ...packageIndexesUnknown(OFFLINE_REASON),
    apt: () => (aptKnown ? { status: 'known', value: { indexes: [], architecture: 'amd64', lists: [], installRecommends: true } } : { status: 'unknown', reason: OFFLINE_REASON }),
    python,
  };
  return { states, chainStage: 0, contextPathOf: (path) => copied[path] };
}

const COPIED: Record<string, string> = { '/tmp/tinydemo-0.3.tar.gz': 'tinydemo-0.3.tar.gz', '/tmp/tinydemo-0.3-py3-none-any.whl': 'tinydemo-0.3-py3-none-any.whl', '/tmp/cext-1.0.tar.gz': 'cext-1.0.tar.gz' };
const pkg = (effect: object) => effect as PackageEffect;
const local = runPackages(COPIED, (contextPath) => localDistribution(FIXTURES, contextPath));

async function pipEffects(line: string, packages: RunPackages | null = local, env: Record<string, string> = {}) {
  const effects = await effectsOf(`RUN ${line}`, { packages: packages ?? undefined, workdir: '/app', env: new Map(Object.entries(env)) });
  const write = effects.find((effect) => effect.kind === 'unknown-write') as UnknownWriteEffect | undefined;
  const distributions = effects.filter((effect): effect is PackageEffect => effect.kind === 'package');
  // pip's install as one figure: its distributions' package effects and the write of what they do not account for
  const bytes = distributions.length ? sumBytes([...distributions.map((dist) => dist.bytes), ...(write?.bytes ? [write.bytes] : [])]) : write?.bytes;
  const install = write || distributions.length ? { ...write, path: write ? write.path : distributions[0]!.path, bytes } : undefined;
  return { cache: effects.find((effect) => effect.kind === 'cache-write') as CacheWriteEffect | undefined, install, distributions };
}

describe('pip install sized from the package index', () => {
  it('an sdist from the context: the installed files and the wheel pip builds and caches, both estimated', async () => {
    const known = localDistribution(FIXTURES, 'tinydemo-0.3.tar.gz');
    const dist = known.status === 'known' ? known.value.distributions[0] : undefined;
    const { cache, install } = await pipEffects('pip install --break-system-packages --no-build-isolation /tmp/tinydemo-0.3.tar.gz');
    expect(install).toMatchObject({ path: '/usr/local', bytes: dist?.installedBytes });
    expect(cache).toMatchObject({ dir: '/root/.cache/pip', bytes: dist?.cacheBytes });
    expect(install?.bytes?.estimate).toBe('estimated');
  });

  it('a local wheel caches nothing; --no-cache-dir or PIP_NO_CACHE_DIR keep nothing either', async () => {
    const wheel = await pipEffects('pip3 install /tmp/tinydemo-0.3-py3-none-any.whl');
    expect(wheel.cache).toBeUndefined();
    expect(wheel.install?.bytes?.estimate).toBe('estimated');
    expect((await pipEffects('pip install --no-cache-dir /tmp/tinydemo-0.3.tar.gz')).cache).toBeUndefined();
    expect((await pipEffects('python3 -m pip install /tmp/tinydemo-0.3.tar.gz', local, { PIP_NO_CACHE_DIR: '1' })).cache).toBeUndefined();
  });

  it('installs into a virtualenv, --target or --user when told so; elsewhere than Debian/Ubuntu the place is unknown', async () => {
    expect((await pipEffects('/opt/venv/bin/pip install /tmp/tinydemo-0.3-py3-none-any.whl')).install?.path).toBe('/opt/venv');
    expect((await pipEffects('pip install --target ./vendor /tmp/tinydemo-0.3-py3-none-any.whl')).install?.path).toBe('/app/vendor');
    expect((await pipEffects('pip install --user /tmp/tinydemo-0.3-py3-none-any.whl')).install?.path).toBe('/root/.local');
    const elsewhere = runPackages({ '/tmp/x-1.0-py3-none-any.whl': 'tinydemo-0.3-py3-none-any.whl' }, (path) => localDistribution(FIXTURES, path), false);
    const { install } = await pipEffects('pip install /tmp/x-1.0-py3-none-any.whl', elsewhere);
    expect(install?.path).toBeUndefined();
    expect(install?.bytes?.estimate).toBe('estimated');
  });

  it('what it cannot size makes the figure a lower bound naming it', async () => {
    const { install, cache } = await pipEffects('pip install /tmp/tinydemo-0.3-py3-none-any.whl requests');
    expect(install?.bytes).toMatchObject({ estimate: 'lower-bound', reason: 'pip install requests: a package from the index, not from a requirements file in the build context' });
    expect(cache?.bytes.estimate).toBe('unknown');
    const compiled = await pipEffects('pip install /tmp/cext-1.0.tar.gz');
    expect(compiled.install?.bytes?.reason).toBe('cext-1.0: builds compiled extensions (src/fast.c) whose size is unknown');
    const withDeps = runPackages({ '/tmp/depdemo-1.0-py3-none-any.whl': 'depdemo-1.0-py3-none-any.whl' }, (path) => localDistribution(FIXTURES, path));
    expect((await pipEffects('pip install /tmp/depdemo-1.0-py3-none-any.whl', withDeps)).install?.bytes).toMatchObject({ estimate: 'lower-bound', reason: expect.stringMatching(/^requests: a dependency of depdemo/) });
    expect((await pipEffects('pip install --no-deps /tmp/depdemo-1.0-py3-none-any.whl', withDeps)).install?.bytes?.estimate).toBe('estimated');
    const editable = await pipEffects('pip install -e . /tmp/tinydemo-0.3-py3-none-any.whl');
    expect(editable.install?.bytes).toMatchObject({ estimate: 'lower-bound', reason: 'pip install -e .: an editable project, whose build dflint does not run' });
    const notCopied = await pipEffects('pip install /srv/other-1.0.tar.gz');
    expect(notCopied.install?.bytes).toMatchObject({ estimate: 'unknown', reason: 'pip install /srv/other-1.0.tar.gz: /srv/other-1.0.tar.gz did not come from the build context' });
  });

  it('a requirements file from the context: its knowledge, or why it is unknown (offline)', async () => {
    const offline = runPackages({ '/app/requirements.txt': 'requirements.txt' }, () => ({ status: 'unknown', reason: OFFLINE_REASON }));
    const { install, cache } = await pipEffects('pip install -r requirements.txt', offline);
    expect(install?.bytes).toMatchObject({ estimate: 'unknown', reason: OFFLINE_REASON });
    expect(install?.reason).toBe(`pip install: ${OFFLINE_REASON}`);
    expect(cache?.bytes).toMatchObject({ estimate: 'unknown', reason: OFFLINE_REASON });
  });

  it('without package knowledge the handler says what it did before', async () => {
    const { install, cache } = await pipEffects('pip install /tmp/tinydemo-0.3.tar.gz', null);
    expect(install).toMatchObject({ reason: 'pip install: installs files dflint cannot size' });
    expect(install?.bytes).toBeUndefined();
    expect(cache?.bytes.estimate).toBe('unknown');
  });

  it('uv and poetry install a lock file\'s distributions without the .pyc pip would compile, unless told to', async () => {
    const knowledge: PythonKnowledge = {
      source: 'PyPI JSON API for uv.lock, 2026-12-06',
      distributions: [{ name: 'a', version: '1', installedBytes: estimated(10_000, 'PyPI JSON API for uv.lock, 2026-12-06'), compiledBytes: 3_000 }],
    };
    const locks = runPackages({ '/app/uv.lock': 'uv.lock', '/srv/poetry.lock': 'poetry.lock', '/app/requirements.txt': 'requirements.txt' }, () => ({ status: 'known', value: knowledge }));
    expect((await pipEffects('uv sync --frozen', locks)).install?.bytes).toMatchObject({ value: 7_000, estimate: 'estimated' });
    expect((await pipEffects('uv sync --compile-bytecode', locks)).install?.bytes?.value).toBe(10_000);
    expect((await pipEffects('uv pip install -r requirements.txt', locks)).install?.bytes?.value).toBe(7_000);
    expect((await pipEffects('poetry install --directory /srv --no-root', locks)).install?.bytes?.value).toBe(7_000);
    expect((await pipEffects('pip install -r requirements.txt', locks)).install?.bytes?.value).toBe(10_000);
    expect((await pipEffects('poetry install', locks)).install?.bytes).toMatchObject({ estimate: 'unknown', reason: 'poetry install: no poetry.lock from the build context at /app/poetry.lock' });
  });

  it('a requirements file whose hash a wheel does not match: pip would refuse it, the figure is a lower bound naming it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dflint-piphash-'));
    try {
      for (const wheel of ['tinydemo-0.3-py3-none-any.whl', 'depdemo-1.0-py3-none-any.whl']) copyFileSync(join(FIXTURES, wheel), join(root, wheel));
      const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(FIXTURES, file))).digest('hex');
      const wrong = sha256('depdemo-1.0-py3-none-any.whl');
      writeFileSync(join(root, 'requirements.txt'), `./tinydemo-0.3-py3-none-any.whl --hash=sha256:${wrong}\n./depdemo-1.0-py3-none-any.whl --hash=sha256:${wrong}\n`);
      const packages = runPackages({ '/app/requirements.txt': 'requirements.txt' }, (path) => cachedPythonKnowledge(root, path, { offline: true }));
      const { install } = await pipEffects('pip install --no-deps -r requirements.txt', packages);
      const reason = `tinydemo-0.3-py3-none-any.whl: none of requirements.txt's hashes matches the file (its sha256 ${sha256('tinydemo-0.3-py3-none-any.whl')}); pip would refuse the install`;
      expect(install?.bytes).toMatchObject({ estimate: 'lower-bound', reason });
      expect(install?.bytes?.value).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('pip uninstall: a distribution an earlier install of the chain stored is removed from where it lies; other names stay unsized', async () => {
    const chain: RunPackages = { ...local, contextPathOf: (path) => ({ ...COPIED, '/app/requirements.txt': 'requirements.txt' })[path], pip: new Map() };
    const removals = async (line: string) => (await effectsOf(`RUN ${line}`, { packages: chain, workdir: '/app' })).map((effect) => (effect.kind === 'package' ? [pkg(effect).op, pkg(effect).name, pkg(effect).path] : [effect.kind, (effect as UnknownWriteEffect).reason]));
    await pipEffects('pip install --user /tmp/tinydemo-0.3-py3-none-any.whl', chain);
    expect(chain.pip?.get('tinydemo')).toEqual({ name: 'tinydemo', path: '/root/.local' });
    expect(await removals('pip uninstall -y TinyDemo requests')).toEqual([['remove', 'tinydemo', '/root/.local'], ['unknown-write', 'pip uninstall: removes package files']]);
    expect(chain.pip?.size).toBe(0);
    expect(await removals('pip uninstall -y tinydemo')).toEqual([['unknown-write', 'pip uninstall: removes package files']]);
  });

  it('pip uninstall -r: the distributions a requirements file names, as the package knowledge reads it', async () => {
    const knowledge: PythonKnowledge = { source: 'test', distributions: [{ name: 'a', version: '1', installedBytes: estimated(10, 'test') }, { name: 'b', version: '1', installedBytes: estimated(5, 'test'), dependencyOf: 'a' }] };
    const chain: RunPackages = { ...runPackages({ '/app/requirements.txt': 'requirements.txt' }, () => ({ status: 'known', value: knowledge })), pip: new Map() };
    const install = await effectsOf('RUN pip install -r requirements.txt', { packages: chain, workdir: '/app' });
    expect(install.filter((effect) => effect.kind === 'package').map((effect) => [pkg(effect).name, pkg(effect).path, pkg(effect).bytes.value])).toEqual([['a', '/usr/local', 10], ['b', '/usr/local', 5]]);
    const uninstall = await effectsOf('RUN pip uninstall -y -r requirements.txt', { packages: chain, workdir: '/app' });
    // pip uninstall leaves the dependencies
    expect(uninstall.map((effect) => [pkg(effect).op, pkg(effect).name])).toEqual([['remove', 'a']]);
  });
});


describe('uv removals', () => {
  it('uv pip uninstall and uv remove say they remove package files, not that they install them', async () => {
    for (const line of ['uv pip uninstall --system requests', 'uv remove requests']) {
      const writes = (await effectsOf(`RUN ${line}`)).filter((effect): effect is UnknownWriteEffect => effect.kind === 'unknown-write');
      expect(writes.map((effect) => effect.reason)).toEqual([`uv ${line.startsWith('uv pip') ? 'pip uninstall' : 'remove'}: removes package files`]);
    }
  });
});
