import { estimated, exact } from '../layers/bytes';
import { formatLayersJson } from './layers-json';
import { BASE_DIGEST, baseImageReport, multiStageReport, seedReport } from './layers-test-fixtures';

const MiB = 1024 * 1024;
const CONTRACT_LAYER_KEYS = ['line', 'endLine', 'instruction', 'createsLayer', 'addedBytes', 'wastedBytes'];

describe('formatLayersJson', () => {
  test('one object per file with the contract fields, 1-based lines and the stage totals', async () => {
    const json = JSON.parse(formatLayersJson(await seedReport()));
    expect(json.file).toBe('Dockerfile');
    expect(json.stages).toHaveLength(1);
    const [stage] = json.stages;
    expect(stage).toMatchObject({ index: 0, name: null, base: 'busybox' });
    expect(stage.totals).toEqual({ addedBytes: exact(2 * MiB), wastedBytes: exact(2 * MiB), imageBytes: { value: null, estimate: 'unknown' }, layerCount: 4, historyCount: 1 });
    expect(stage.layers.map((l: { line: number }) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stage.layers[2]).toMatchObject({
      line: 3,
      endLine: 3,
      instruction: 'RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one',
      createsLayer: true,
      addedBytes: { value: MiB, estimate: 'exact' },
      wastedBytes: { value: MiB, estimate: 'exact' },
    });
    expect(stage.layers[5]).toMatchObject({ instruction: 'CMD ls -alh /data', createsLayer: false });
    for (const layer of stage.layers) expect(Object.keys(layer)).toEqual(expect.arrayContaining(CONTRACT_LAYER_KEYS));
  });

  test('says which later command hides a wasted path', async () => {
    const [stage] = JSON.parse(formatLayersJson(await seedReport())).stages;
    expect(stage.layers[2].wastedPaths).toEqual([
      { path: '/data/one', tree: false, bytes: exact(MiB), hiddenBy: { line: 4, command: 'chmod', how: 'copy-up' } },
    ]);
    expect(stage.layers[3].wastedPaths[0].hiddenBy).toEqual({ line: 5, command: 'rm', how: 'delete' });
  });

  test('multi-stage: unnamed stages are null, estimates are kept, continuation lines end at endLine', async () => {
    const json = JSON.parse(formatLayersJson(await multiStageReport()));
    expect(json.stages.map((s: { index: number }) => s.index)).toEqual([0, 1, 2]);
    expect(json.stages.map((s: { name: string | null }) => s.name)).toEqual(['build', null, 'test']);
    expect(json.stages.map((s: { baseStage: number | null }) => s.baseStage)).toEqual([null, null, 0]);
    const [build, runtime, test] = json.stages;
    expect(build.layers[2].addedBytes).toEqual({ value: 3 * MiB, estimate: 'lower-bound' });
    // unknown is null, never a 0 standing for "don't know"
    expect(build.layers[3].addedBytes).toEqual({ value: null, estimate: 'unknown' });
    expect(build.layers[3].notes).toEqual(['go build writes files of unknown size']);
    expect(runtime.layers[2]).toMatchObject({ line: 7, endLine: 8, instruction: 'RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*' });
    expect(runtime.layers[1].wastedPaths).toEqual([
      { path: '/var/lib/apt/lists', tree: true, bytes: { value: null, estimate: 'unknown' }, hiddenBy: { line: 8, command: 'rm', how: 'delete' } },
    ]);
    expect(runtime.totals.wastedBytes).toEqual({ value: null, estimate: 'unknown' });
    expect(test.totals).toMatchObject({ addedBytes: { value: 3 * MiB, estimate: 'lower-bound' }, wastedBytes: exact(0), layerCount: 3, historyCount: 1 });
    expect(json.notes).toEqual(['no .dockerignore: the whole context is sent']);
  });

  test('byte figures carry only value, estimate, source and reason', async () => {
    const report = await seedReport();
    const step = report.stages[0].steps[2];
    step.addedBytes = Object.assign({}, step.addedBytes, { internal: 'not for the contract' });
    step.wastedBytes = { value: 0, estimate: 'unknown', reason: '`make` writes files dflint cannot see', internal: 0 } as typeof step.wastedBytes;
    const [stage] = JSON.parse(formatLayersJson(report)).stages;
    expect(stage.layers[2].addedBytes).toEqual(exact(MiB));
    expect(stage.layers[2].wastedBytes).toEqual({ value: null, estimate: 'unknown', reason: '`make` writes files dflint cannot see' });
  });

  test('an estimated figure (hand-made: sizes from a package index) carries its source, in layers and totals', async () => {
    const source = 'Debian bookworm main amd64 Packages, 2026-12-05';
    const report = await seedReport();
    const [model] = report.stages;
    model.steps[2].addedBytes = estimated(3 * MiB, source);
    model.totals.addedBytes = { value: 4 * MiB, estimate: 'lower-bound', source, reason: 'why' };
    const [stage] = JSON.parse(formatLayersJson(report)).stages;
    expect(stage.layers[2].addedBytes).toEqual({ value: 3 * MiB, estimate: 'estimated', source });
    expect(stage.totals.addedBytes).toEqual({ value: 4 * MiB, estimate: 'lower-bound', source, reason: 'why' });
  });
});

describe('formatLayersJson: the base image (DESIGN.md wave 2)', () => {
  const BASE_BYTES = 74 * MiB + 819 * 1024;
  const ADDED = 2 * MiB + 3526 + 17;

  test('resolved: baseImage with digest, platform, sizes; totals.imageBytes = base + added; hidden base files sized', async () => {
    const [app, test] = JSON.parse(formatLayersJson(await baseImageReport(true))).stages;
    expect(app.baseImage).toEqual({
      reference: 'docker.io/library/debian:bookworm',
      digest: BASE_DIGEST,
      platform: 'linux/amd64',
      compressedBytes: 29 * MiB,
      layerCount: 1,
      bytes: exact(BASE_BYTES),
      resolved: true,
    });
    expect(app.totals.imageBytes).toEqual(exact(BASE_BYTES + ADDED));
    expect(app.totals.addedBytes).toEqual(exact(ADDED));
    expect(app.layers[0].wastedBytes).toEqual(exact(1536 * 1024 + 3526));
    expect(app.shadowedBase).toEqual([
      { path: '/root/.bashrc', line: 3, command: 'echo', bytes: exact(3526) },
      { path: '/usr/share/doc', line: 2, command: 'rm', bytes: exact(1536 * 1024) },
    ]);
    // FROM <stage>: its base is that stage's (baseStage), so baseImage is null; its totals still count the base
    expect(test).toMatchObject({ baseStage: 0, baseImage: null });
    expect(test.totals.imageBytes).toEqual(exact(BASE_BYTES + ADDED));
  });

  test('offline: unresolved with its note; every figure it leaves unknown or a bound says why', async () => {
    const [app] = JSON.parse(formatLayersJson(await baseImageReport(false))).stages;
    const offline = 'base image not resolved (offline)';
    expect(app.baseImage).toEqual({ reference: 'docker.io/library/debian:bookworm', bytes: { value: null, estimate: 'unknown', reason: offline }, resolved: false, note: 'offline' });
    expect(app.layers[0].wastedBytes).toEqual({ value: null, estimate: 'unknown', reason: offline });
    expect(app.layers[2].addedBytes).toEqual({ value: 17, estimate: 'lower-bound', reason: offline });
    expect(app.totals.imageBytes).toEqual({ value: 2 * MiB + 17, estimate: 'lower-bound', reason: offline });
    expect(app.shadowedBase[1]).toEqual({ path: '/usr/share/doc', line: 2, command: 'rm', bytes: { value: null, estimate: 'unknown', reason: offline } });
    // exact figures carry no reason
    expect(app.layers[3].addedBytes).toEqual(exact(2 * MiB));
  });

  test('a stage without a registry base (FROM scratch) has baseImage null', async () => {
    const report = await seedReport();
    report.stages[0].totals.imageBytes = report.stages[0].totals.addedBytes;
    const [stage] = JSON.parse(formatLayersJson(report)).stages;
    expect(stage.baseImage).toBeNull();
    expect(stage.totals.imageBytes).toEqual(exact(2 * MiB));
    expect(Object.keys(stage)).toEqual(expect.arrayContaining(['index', 'name', 'base', 'baseImage', 'layers', 'totals']));
  });
});
