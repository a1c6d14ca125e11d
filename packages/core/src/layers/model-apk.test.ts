// Issue 16: apk add/del in the layer model, over the committed Alpine v3.16 main excerpt and a
// hand-built Alpine base with apk's packages, world and state files.
import { apkAddClosure } from '../package-index/apk-closure';
import { OFFLINE_REASON, packageIndexesUnknown, type PackageIndexStates } from '../package-index/package-knowledge';
import { alpine316, ALPINE_SOURCE, base, baseWorld } from '../package-index/test-apk-fixture';
import { ALPINE_STATE_FILES, alpineWithApk, apkFixtureStates, CACHE_BYTES } from '../package-index/test-apk-knowledge';
import { parseDocument } from '../parse/document';
import type { BaseImageIndex } from '../registry/base-image-index';
import { buildLayerModel } from './model';
import { apkRecordBytes, BASE_APK_SOURCE } from './shell-effects/apk-effects';
import { baseStates } from './test-base-image';
import type { StageLayers, Step } from './types';

async function stageOf(text: string, options: { packages?: PackageIndexStates; base?: BaseImageIndex | { reason: string } } = {}): Promise<StageLayers> {
  const document = await parseDocument(text);
  const model = buildLayerModel(document, { baseImages: baseStates(document, options.base ?? alpineWithApk()), packages: options.packages ?? apkFixtureStates() });
  return model.stages[model.stages.length - 1];
}

const runs = (stage: StageLayers): Step[] => stage.steps.filter((step) => step.instruction.keyword === 'RUN');
const packageEntries = (step: Step) => step.stored.filter((entry) => entry.reason === 'package');
const packagesOf = (step: Step) => packageEntries(step).map((entry) => (entry.effect.kind === 'package' ? entry.effect.name : ''));
const closureOf = (request: string[], virtual?: string) => apkAddClosure({ indexes: [alpine316], installed: base, world: baseWorld, request, ...(virtual && { virtual }) });
const paths = (step: Step) => step.stored.filter((entry) => entry.reason !== 'package').map((entry) => entry.path).sort();

describe('apk add with package indexes', () => {
  test("the closure's new packages are stored, each its I: estimated from the index; the installed database, world and cached index too", async () => {
    const [run] = runs(await stageOf('FROM alpine:3.16\nRUN apk add curl\n'));
    const closure = closureOf(['curl']);
    expect(closure.added.length).toBeGreaterThan(3);
    expect(packagesOf(run).sort()).toEqual(closure.added.map((pkg) => pkg.name).sort());
    const files = packageEntries(run);
    expect(files.reduce((sum, entry) => sum + entry.bytes.value, 0)).toBe(closure.installedSize);
    expect(files.every((entry) => entry.bytes.estimate === 'estimated' && entry.bytes.source === ALPINE_SOURCE)).toBe(true);
    expect(paths(run)).toEqual(['/etc/apk/world', '/lib/apk/db/installed', '/var/cache/apk']);
    const records = closure.added.reduce((sum, pkg) => sum + apkRecordBytes(pkg), 0);
    expect(run.stored.find((entry) => entry.path === '/lib/apk/db/installed')?.bytes).toEqual({ value: ALPINE_STATE_FILES['lib/apk/db/installed'] + records, estimate: 'estimated', source: ALPINE_SOURCE });
    const world = 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\ncurl\n'.length;
    expect(run.stored.find((entry) => entry.path === '/etc/apk/world')?.bytes.value).toBe(world);
    expect(run.stored.find((entry) => entry.path === '/var/cache/apk')?.bytes).toEqual({ value: CACHE_BYTES, estimate: 'exact' });
    expect(run.addedBytes).toMatchObject({ estimate: 'estimated', value: closure.installedSize + records + ALPINE_STATE_FILES['lib/apk/db/installed'] + world + CACHE_BYTES });
    // the base's installed database and world are rewritten: their old bytes are wasted
    const from = (await stageOf('FROM alpine:3.16\nRUN apk add --no-cache curl\n')).steps[0];
    expect(from.wastedBytes).toEqual({ value: ALPINE_STATE_FILES['lib/apk/db/installed'] + ALPINE_STATE_FILES['etc/apk/world'], estimate: 'exact' });
  });

  test('--no-cache keeps no index in /var/cache/apk; -U/--update-cache does, and `apk update` alone stores just the index', async () => {
    const [noCache] = runs(await stageOf('FROM alpine:3.16\nRUN apk add --no-cache curl\n'));
    expect(paths(noCache)).toEqual(['/etc/apk/world', '/lib/apk/db/installed']);
    const [update] = runs(await stageOf('FROM alpine:3.16\nRUN apk add -U curl\n'));
    expect(paths(update)).toContain('/var/cache/apk');
    const [alone] = runs(await stageOf('FROM alpine:3.16\nRUN apk update\n'));
    expect(alone.addedBytes).toEqual({ value: CACHE_BYTES, estimate: 'exact' });
  });

  test('an installed package adds nothing; one installed but not in the world only goes into the world', async () => {
    const [installed] = runs(await stageOf('FROM alpine:3.16\nRUN apk add --no-cache busybox\n'));
    expect(installed.stored).toEqual([]);
    expect(installed.addedBytes).toEqual({ value: 0, estimate: 'exact' });
    const [world] = runs(await stageOf('FROM alpine:3.16\nRUN apk add --no-cache musl\n'));
    expect(paths(world)).toEqual(['/etc/apk/world']);
    expect(packagesOf(world)).toEqual([]);
  });

  test('a package nothing provides makes the figure a lower bound naming it', async () => {
    const [both] = runs(await stageOf('FROM alpine:3.16\nRUN apk add --no-cache curl no-such-package\n'));
    expect(both.addedBytes.estimate).toBe('lower-bound');
    expect(both.addedBytes.reason).toBe('no-such-package: no package or provider of that name in the indexes');
    expect(both.addedBytes.value).toBeGreaterThan(closureOf(['curl']).installedSize);
    const [extra] = runs(await stageOf('FROM alpine:3.16\nRUN apk add --no-cache -X https://example.com/alpine/testing hello-world\n'));
    expect(extra.addedBytes).toMatchObject({ estimate: 'lower-bound', reason: 'hello-world: no package or provider of that name in the indexes; https://example.com/alpine/testing not read' });
  });

  test('a second add copies up the installed database the first wrote: its bytes are wasted, not the packages', async () => {
    const stage = await stageOf('FROM alpine:3.16\nRUN apk add --no-cache curl\nRUN apk add --no-cache make\n');
    const [first, second] = runs(stage);
    expect(first.stored.find((entry) => entry.path === '/lib/apk/db/installed')?.shadowedBy?.step).toBe(stage.steps.indexOf(second));
    expect(packageEntries(first).every((entry) => !entry.shadowedBy)).toBe(true);
    expect(packagesOf(second)).toEqual(['make']);
  });

  test("an upgrade a dependency forces stores the new version and wastes the base's, estimated from its apk database", async () => {
    const older = alpineWithApk();
    const musl = older.packages.find((pkg) => pkg.name === 'musl')!;
    musl.version = '1.2.3-r0';
    const stage = await stageOf('FROM alpine:3.16\nRUN apk add --no-cache musl-dev\n', { base: older });
    expect(packagesOf(runs(stage)[0]).sort()).toEqual(['musl', 'musl-dev']);
    expect(stage.steps[0].wastedBytes).toEqual({ value: ALPINE_STATE_FILES['lib/apk/db/installed'] + ALPINE_STATE_FILES['etc/apk/world'] + musl.installedSize!, estimate: 'estimated', source: BASE_APK_SOURCE });
  });
});

describe('apk del', () => {
  test('--virtual .build-deps in one RUN, apk del .build-deps in a later one: every package it pulled in is wasted', async () => {
    const stage = await stageOf('FROM alpine:3.16\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\nRUN apk del .build-deps\n');
    const [install, del] = runs(stage);
    const closure = closureOf(['gcc', 'musl-dev'], '.build-deps');
    expect(packagesOf(install).sort()).toEqual(closure.added.filter((pkg) => pkg.name !== '.build-deps').map((pkg) => pkg.name).sort());
    expect(packageEntries(install).every((entry) => entry.shadowedBy?.how === 'delete')).toBe(true);
    expect(install.wastedBytes.estimate).toBe('estimated');
    expect(install.wastedBytes.value).toBeGreaterThanOrEqual(closure.installedSize);
    expect(install.wastedBytes.value).toBeGreaterThan(100 * 1024 * 1024);
    expect(packagesOf(del)).toEqual([]);
    expect(paths(del)).toEqual(['/etc/apk/world', '/lib/apk/db/installed']);
    // the database shrinks back by the records the add wrote
    const database = (step: Step) => step.stored.find((entry) => entry.path === '/lib/apk/db/installed')!.bytes.value;
    expect(database(del)).toBe(ALPINE_STATE_FILES['lib/apk/db/installed']);
  });

  test("a base image package's removal wastes its files, estimated from the base's apk database", async () => {
    const stage = await stageOf('FROM alpine:3.16\nRUN apk del libc-utils\n');
    const gone = base.filter((pkg) => ['libc-utils', 'musl-utils', 'scanelf'].includes(pkg.name));
    expect(stage.steps[0].wastedBytes).toEqual({ value: ALPINE_STATE_FILES['lib/apk/db/installed'] + ALPINE_STATE_FILES['etc/apk/world'] + gone.reduce((sum, pkg) => sum + pkg.installedSize!, 0), estimate: 'estimated', source: BASE_APK_SOURCE });
  });

  test('a name apk knows nowhere: apk refuses the command, nothing changes', async () => {
    const [run] = runs(await stageOf('FROM alpine:3.16\nRUN apk del no-such-package\n'));
    expect(run.stored).toEqual([]);
  });
});

describe('without package knowledge', () => {
  test('offline: every apk figure is unknown and says the index was not fetched, never 0', async () => {
    const stage = await stageOf('FROM alpine:3.16\nRUN apk update\nRUN apk add --no-cache curl\nRUN apk add curl\nRUN apk del curl\n', { packages: packageIndexesUnknown(OFFLINE_REASON) });
    for (const run of runs(stage)) expect(run.addedBytes).toEqual({ value: 0, estimate: 'unknown', reason: OFFLINE_REASON });
  });

  test("an unresolved base image: apk's packages are not known, so neither is the add", async () => {
    const [run] = runs(await stageOf('FROM alpine:3.16\nRUN apk add --no-cache curl\n', { base: { reason: 'offline' } }));
    expect(run.addedBytes).toMatchObject({ estimate: 'unknown', reason: 'base image not resolved (offline)' });
  });
});
