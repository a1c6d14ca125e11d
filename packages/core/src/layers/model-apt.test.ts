// Issue 16: apt-get install/remove/update in the layer model, over the committed bookworm excerpt
// and a hand-built Debian base with dpkg's packages and state files.
import { aptInstallClosure } from '../package-index/apt-closure';
import { OFFLINE_REASON, packageIndexesUnknown, type PackageIndexStates } from '../package-index/package-knowledge';
import { bookworm, BOOKWORM_SOURCE, minbase } from '../package-index/test-apt-fixture';
import { aptFixtureKnowledge, aptFixtureStates, BASE_STATE_BYTES, DEBIAN_STATE_FILES, debianWithDpkg } from '../package-index/test-apt-knowledge';
import { parseDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import { buildLayerModel } from './model';
import { compiledPythonBytes, dpkgInfoBytes } from './shell-effects/dpkg-files';
import { baseStates } from './test-base-image';
import type { StageLayers, Step } from './types';

async function stageOf(text: string, options: { packages?: PackageIndexStates; base?: BaseImageIndex | { reason: string } } = {}): Promise<StageLayers> {
  const document = await parseDocument(text);
  const model = buildLayerModel(document, { baseImages: baseStates(document, options.base ?? debianWithDpkg()), packages: options.packages ?? aptFixtureStates() });
  return model.stages[model.stages.length - 1];
}

const runs = (stage: StageLayers): Step[] => stage.steps.filter((step) => step.instruction.keyword === 'RUN');
const packagesOf = (step: Step) => step.stored.filter((entry) => entry.reason === 'package').map((entry) => (entry.effect.kind === 'package' ? entry.effect.name : ''));
const closureOf = (request: string[], installRecommends: boolean) => aptInstallClosure({ indexes: [bookworm], installed: minbase, request, installRecommends });
const statePaths = (step: Step) => step.stored.filter((entry) => entry.reason !== 'package').map((entry) => entry.path);

describe('apt-get install with package indexes', () => {
  test('the packages the closure adds are stored, each its Installed-Size and control files, estimated from the index', async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n');
    const [run] = runs(stage);
    const closure = closureOf(['curl'], false);
    expect(packagesOf(run).sort()).toEqual(closure.packages.map((entry) => entry.pkg.name).sort());
    const files = run.stored.filter((entry) => entry.reason === 'package');
    expect(files.reduce((sum, entry) => sum + entry.bytes.value, 0)).toBe(
      closure.packages.reduce((sum, { pkg }) => sum + pkg.installedSize + dpkgInfoBytes(pkg) + compiledPythonBytes(pkg), 0),
    );
    expect(files.every((entry) => entry.bytes.estimate === 'estimated' && entry.bytes.source === BOOKWORM_SOURCE)).toBe(true);
    expect(run.addedBytes).toMatchObject({ estimate: 'estimated', source: BOOKWORM_SOURCE });
    expect(run.addedBytes.value).toBeGreaterThan(closure.installedSize);
    // the lists were deleted in the same RUN: not stored
    expect(run.stored.some((entry) => entry.path.startsWith('/var/lib/apt/lists'))).toBe(false);
  });

  test('Recommends: installed by default, not with --no-install-recommends, -o APT::Install-Recommends=0 or the image config', async () => {
    const count = async (line: string, packages?: PackageIndexStates) => packagesOf(runs(await stageOf(`FROM debian:bookworm\nRUN apt-get update && ${line}\n`, { packages }))[0]).length;
    const withRecommends = closureOf(['curl'], true).packages.length;
    const without = closureOf(['curl'], false).packages.length;
    expect(withRecommends).toBeGreaterThan(without);
    expect(await count('apt-get install -y curl')).toBe(withRecommends);
    expect(await count('apt-get install -y --no-install-recommends curl')).toBe(without);
    expect(await count('apt-get install -y -o APT::Install-Recommends=0 curl')).toBe(without);
    expect(await count('apt-get install -y curl', aptFixtureStates(aptFixtureKnowledge({ installRecommends: false })))).toBe(without);
    expect(await count('apt-get install -y --install-recommends curl', aptFixtureStates(aptFixtureKnowledge({ installRecommends: false })))).toBe(withRecommends);
  });

  test('an installed package adds nothing, and no state file is rewritten', async () => {
    const [run] = runs(await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y bash && rm -rf /var/lib/apt/lists/*\n'));
    expect(run.stored).toEqual([]);
    expect(run.addedBytes).toEqual({ value: 0, estimate: 'exact' });
  });

  test('an upgrade stores the new version and hides the base image version, estimated from its dpkg status', async () => {
    const base = debianWithDpkg();
    const mawk = base.packages.find((pkg) => pkg.name === 'mawk')!;
    mawk.version = '1.3.4.20200120-2';
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y mawk\n', { base });
    expect(packagesOf(runs(stage)[0])).toEqual(['mawk']);
    const from = stage.steps[0];
    expect(from.wastedBytes).toMatchObject({ value: BASE_STATE_BYTES + mawk.installedSize!, estimate: 'estimated' });
  });

  test('a package nothing provides makes the figure a lower bound naming it', async () => {
    const [both] = runs(await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl no-such-package\n'));
    expect(both.addedBytes.estimate).toBe('lower-bound');
    expect(both.addedBytes.reason).toBe('no-such-package: not in the package indexes');
    const [alone] = runs(await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y no-such-package && rm -rf /var/lib/apt/lists/*\n'));
    expect(alone.addedBytes).toMatchObject({ estimate: 'unknown', reason: 'no-such-package: not in the package indexes' });
  });

  test('a second install copies up the state files the first wrote: their bytes are wasted', async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends gcc\n');
    const [first, second] = runs(stage);
    const rewritten = ['/var/lib/dpkg/status', '/var/lib/dpkg/status-old', '/var/cache/debconf/templates.dat', '/var/log/dpkg.log', '/var/log/apt/history.log', '/var/lib/apt/extended_states'];
    for (const path of rewritten) expect(first.stored.find((entry) => entry.path === path)?.shadowedBy?.step).toBe(stage.steps.indexOf(second));
    expect(first.stored.filter((entry) => entry.reason === 'package').every((entry) => !entry.shadowedBy)).toBe(true);
    expect(statePaths(second)).toEqual(expect.arrayContaining(rewritten));
    // the base's state files are hidden once, by the first
    expect(stage.steps[0].wastedBytes).toEqual({ value: BASE_STATE_BYTES, estimate: 'exact' });
  });
});

describe('apt-get remove, purge and autoremove', () => {
  test('a purge --auto-remove in a later RUN hides everything the install stored', async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*\nRUN apt-get purge -y --auto-remove gcc libc6-dev\n');
    const [install, purge] = runs(stage);
    expect(packagesOf(install).length).toBe(closureOf(['gcc', 'libc6-dev'], false).packages.length);
    expect(install.stored.every((entry) => entry.shadowedBy !== undefined)).toBe(true);
    expect(install.wastedBytes).toEqual(install.addedBytes);
    expect(install.wastedBytes.value).toBeGreaterThan(100 * 1024 * 1024);
    expect(packagesOf(purge)).toEqual([]);
  });

  test('remove then autoremove: the requested package and the dependencies nothing needs any more', async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN apt-get remove -y curl && apt-get autoremove -y\n');
    const [install] = runs(stage);
    expect(install.stored.filter((entry) => entry.reason === 'package').every((entry) => entry.shadowedBy?.how === 'delete')).toBe(true);
  });

  test("a base image package's removal hides its files (from the dpkg status) and its control files (exact)", async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get purge -y tzdata\n');
    const tzdata = debianWithDpkg().packages.find((pkg) => pkg.name === 'tzdata')!;
    // tzdata keeps debconf templates: debconf backs up its databases over the base's backups
    const backups = DEBIAN_STATE_FILES['var/cache/debconf/templates.dat-old'] + DEBIAN_STATE_FILES['var/cache/debconf/config.dat-old'];
    expect(stage.steps[0].wastedBytes).toEqual({ value: BASE_STATE_BYTES + backups + tzdata.installedSize! + 1_500, estimate: 'estimated', source: "the base image's dpkg status" });
  });

  test('a later rm under /usr/share after an install makes its waste not exact', async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /usr/share/doc\n');
    const [install] = runs(stage);
    expect(install.wastedBytes.estimate).toBe('unknown');
    expect(install.notes.join('\n')).toMatch(/line 3 stores again, moves or deletes files this layer wrote unseen/);
  });
});

test('an rm under /usr/share in the same RUN as the install: the estimate stands, and a note says it counts what the rm removes', async () => {
  const [run] = runs(await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* /usr/share/doc\n'));
  expect(run.addedBytes.estimate).toBe('estimated');
  expect(run.notes).toContain('`rm` removes files under /usr/share/doc that packages this RUN installs may have put there: their estimate still counts them');
});

describe('apt-get update', () => {
  test('the lists it stores are the sizes the knowledge gives; a later rm of them wastes them', async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n');
    const [update] = runs(stage);
    expect(update.addedBytes).toEqual({ value: 151_075 + 18_840_233, estimate: 'estimated', source: BOOKWORM_SOURCE });
    expect(update.wastedBytes).toEqual(update.addedBytes);
  });

  test('an install without any update before it: unknown, and why', async () => {
    const [run] = runs(await stageOf('FROM debian:bookworm\nRUN apt-get install -y curl\n'));
    expect(run.addedBytes.estimate).toBe('unknown');
    expect(run.notes.join('\n')).toMatch(/no `apt-get update` before it/);
  });
});

describe('without package knowledge', () => {
  test('offline: every apt figure is unknown and says the index was not fetched, never 0', async () => {
    const stage = await stageOf('FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\nRUN apt-get purge -y curl\n', { packages: packageIndexesUnknown(OFFLINE_REASON) });
    for (const run of runs(stage)) expect(run.addedBytes).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE_REASON });
  });

  test('an unresolved base image: dpkg\'s packages are not known, so neither is the install', async () => {
    const [run] = runs(await stageOf('FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n', { base: { reason: 'offline' } }));
    expect(run.addedBytes).toMatchObject({ estimate: 'unknown', reason: 'base image not resolved (offline)' });
  });
});
