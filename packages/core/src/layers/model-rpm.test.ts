// Issue 16: dnf/yum/microdnf install and remove in the layer model, over the dflint test repository
// (fixtures/rpm/dflint-repo, real createrepo_c metadata) and a hand-built base with an rpm database.
import { OFFLINE_REASON, packageIndexesUnknown, type PackageIndexStates, type RpmKnowledge } from '../package-index/package-knowledge';
import { DFLINT_REPO_CACHE_BYTES, DFLINT_REPO_SOURCE, fedoraWithRpm, rpmFixtureKnowledge, rpmFixtureStates, RPMDB_BYTES } from '../package-index/test-rpm-knowledge';
import { parseDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import { buildLayerModel } from './model';
import { RPM_DATABASE_SOURCE } from './shell-effects/rpm-effects';
import { baseStates, debianIndex } from './test-base-image';
import type { StageLayers, Step } from './types';

let knowledge: RpmKnowledge;
beforeAll(async () => {
  knowledge = await rpmFixtureKnowledge();
});

async function stageOf(text: string, options: { packages?: PackageIndexStates; base?: BaseImageIndex | { reason: string } } = {}): Promise<StageLayers> {
  const document = await parseDocument(text);
  const model = buildLayerModel(document, { baseImages: baseStates(document, options.base ?? fedoraWithRpm()), packages: options.packages ?? rpmFixtureStates(knowledge) });
  return model.stages[model.stages.length - 1];
}

const runs = (stage: StageLayers): Step[] => stage.steps.filter((step) => step.instruction.keyword === 'RUN');
const packageEntries = (step: Step) => step.stored.filter((entry) => entry.reason === 'package');
const packagesOf = (step: Step) => packageEntries(step).map((entry) => (entry.effect.kind === 'package' ? entry.effect.name : '')).sort();
const packageBytes = (step: Step) => packageEntries(step).reduce((sum, entry) => sum + entry.bytes.value, 0);

describe('dnf install with repositories known', () => {
  test("each new package is stored at primary.xml's installed size, estimated from the repository; rpm's database makes the step a lower bound", async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN dnf install -y app && dnf clean all\n'));
    // dnf 4.14 on this repository over an installed postfix and python3: app, helper, libfoo and the weak app-docs (142 k)
    expect(packagesOf(run)).toEqual(['app', 'app-docs', 'helper', 'libfoo']);
    expect(packageBytes(run)).toBe(20_000 + 90_000 + 4_000 + 31_000);
    expect(packageEntries(run).every((entry) => entry.bytes.estimate === 'estimated' && entry.bytes.source === DFLINT_REPO_SOURCE)).toBe(true);
    expect(run.addedBytes.estimate).toBe('lower-bound');
    expect(run.addedBytes.value).toBe(145_000 + RPMDB_BYTES);
    expect(run.addedBytes.reason).toMatch(/rpm's database stores each new package's header/);
    // the metadata cache was cleaned in the same RUN
    expect(run.stored.some((entry) => entry.path.startsWith('/var/cache/dnf'))).toBe(false);
  });

  test('weak dependencies: installed by default, not with --setopt=install_weak_deps=False or the image dnf.conf', async () => {
    const names = async (line: string, base?: BaseImageIndex) => {
      const packages = base ? rpmFixtureStates(await rpmFixtureKnowledge(base)) : undefined;
      return packagesOf(runs(await stageOf(`FROM fedora:40\nRUN ${line}\n`, { base, packages }))[0]);
    };
    expect(await names('dnf install -y app')).toContain('app-docs');
    expect(await names('dnf install -y --setopt=install_weak_deps=False app')).toEqual(['app', 'helper', 'libfoo']);
    expect(await names('yum install -y app', fedoraWithRpm('[main]\ninstall_weak_deps=False\n'))).toEqual(['app', 'helper', 'libfoo']);
  });

  test('an installed package adds nothing, and no database is rewritten', async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN dnf install -y python3 && dnf clean all\n'));
    expect(run.stored).toEqual([]);
    expect(run.addedBytes).toEqual({ value: 0, estimate: 'exact' });
  });

  test("an upgrade a requirement needs stores the new version and hides the base image's, estimated from its rpm database", async () => {
    const base = fedoraWithRpm(undefined, [['libfoo', '1.0-1', 30_000]]);
    const stage = await stageOf('FROM fedora:40\nRUN dnf install -y newtool && dnf clean all\n', { base, packages: rpmFixtureStates(await rpmFixtureKnowledge(base)) });
    const [run] = runs(stage);
    // dnf 4.14: "Installing: newtool.noarch 1-1, Upgrading: libfoo.x86_64 1.2-1"
    expect(packagesOf(run)).toEqual(['libfoo', 'newtool']);
    const libfoo = packageEntries(run).find((entry) => entry.effect.kind === 'package' && entry.effect.name === 'libfoo')!;
    expect(libfoo.effect.kind === 'package' && [libfoo.effect.version, libfoo.effect.replaces]).toEqual(['1.2-1', { value: 30_000, estimate: 'estimated', source: RPM_DATABASE_SOURCE }]);
    expect(stage.steps[0].wastedBytes).toEqual({ value: 30_000 + RPMDB_BYTES, estimate: 'estimated', source: RPM_DATABASE_SOURCE });
  });

  test('microdnf without `clean all` leaves the metadata in /var/cache/yum', async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN microdnf install -y tool\n'));
    const cache = run.stored.filter((entry) => entry.path.startsWith('/var/cache/yum'));
    expect(cache.map((entry) => [entry.reason, entry.bytes.value, entry.bytes.estimate])).toEqual([['cache', DFLINT_REPO_CACHE_BYTES, 'lower-bound']]);
  });

  test('a requirement nothing provides: the figure is a lower bound whose entry names it', async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN dnf install -y broken app\n'));
    const unresolved = packageEntries(run).filter((entry) => entry.bytes.estimate === 'unknown');
    expect(unresolved.map((entry) => entry.bytes.reason)).toEqual(['nonexistent-lib >= 2: nothing in the repositories provides it (required by broken)']);
    expect(run.addedBytes.estimate).toBe('lower-bound');
  });

  test('the metadata cache dnf keeps is repomd.xml, primary and filelists as downloaded, and libsolv\'s cache (unknown)', async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN dnf makecache\n'));
    expect(run.addedBytes).toMatchObject({ value: DFLINT_REPO_CACHE_BYTES, estimate: 'lower-bound' });
    expect(run.addedBytes.reason).toMatch(/libsolv's cache of repo dflint/);
  });

  test('--nodocs: primary.xml counts the documentation dnf leaves out, so each package is unknown with its size as an upper bound', async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN microdnf install -y --nodocs tool\n'));
    expect(packagesOf(run)).toEqual(['libfoo', 'tool']);
    expect(packageEntries(run).find((entry) => entry.effect.kind === 'package' && entry.effect.name === 'tool')?.bytes).toEqual({ value: 0, estimate: 'unknown', reason: "tool-2-1.x86_64: --nodocs leaves out its documentation, which primary.xml's installed size (5000 bytes, an upper bound) counts but does not size apart" });
  });
});

describe('dnf remove', () => {
  test('a later RUN removing what an earlier one installed wastes its packages (with the dependencies nothing needs)', async () => {
    const stage = await stageOf('FROM fedora:40\nRUN dnf install -y app && dnf clean all\nRUN dnf remove -y app\n');
    const [install, remove] = runs(stage);
    expect(packageEntries(install).every((entry) => entry.shadowedBy !== undefined)).toBe(true);
    expect(install.wastedBytes.value).toBeGreaterThanOrEqual(145_000);
    expect(packagesOf(remove)).toEqual([]);
  });

  test("a base image package's removal hides its files, estimated from the base's rpm database, and its database file (exact)", async () => {
    const stage = await stageOf('FROM fedora:40\nRUN dnf remove -y python3\n');
    expect(stage.steps[0].wastedBytes).toEqual({ value: 50_000 + RPMDB_BYTES, estimate: 'estimated', source: RPM_DATABASE_SOURCE });
    // the rewritten database's new size is not known
    expect(runs(stage)[0].addedBytes.estimate).toBe('unknown');
  });
});

describe('without repositories', () => {
  test('offline: every dnf figure is unknown and says the index was not fetched, never 0', async () => {
    const stage = await stageOf('FROM fedora:40\nRUN dnf makecache\nRUN dnf install -y app\nRUN dnf remove -y python3\n', { packages: packageIndexesUnknown(OFFLINE_REASON) });
    for (const run of runs(stage)) expect(run.addedBytes).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE_REASON });
  });

  test("an unresolved base image: rpm's packages are not known, so neither is the install", async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN dnf install -y app\n', { base: { reason: 'offline' } }));
    expect(run.addedBytes).toMatchObject({ estimate: 'unknown', reason: 'base image not resolved (offline)' });
  });

  test("a base whose rpm database dflint does not read (Berkeley DB): its packages are not known, so neither is the install", async () => {
    const base = debianIndex({}, { 'var/lib/rpm/Packages': 1000 });
    base.textFiles = fedoraWithRpm().textFiles;
    const [run] = runs(await stageOf('FROM rockylinux:8\nRUN dnf install -y app\n', { base }));
    expect(run.addedBytes).toMatchObject({ estimate: 'unknown', reason: "the base image's rpm database (/var/lib/rpm/Packages) is not SQLite, which dflint does not read" });
  });

  test('what is not modelled (an upgrade) stays unknown and says so', async () => {
    const [run] = runs(await stageOf('FROM fedora:40\nRUN dnf upgrade -y && dnf clean all\n'));
    expect(run.addedBytes.estimate).toBe('unknown');
    expect(run.notes.join('\n')).toMatch(/`upgrade` is not modelled/);
  });
});
