import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { SEED as SEED_TEXT } from '../../core/src/layers/test-seed';
import { runCli, tempDir, type CliRun } from './run-cli';
const MiB = 1024 * 1024;

const MULTI_STAGE = [
  'FROM busybox AS build',
  'RUN dd if=/dev/zero bs=1024 count=1024 of=/app',
  'FROM busybox AS unused',
  'RUN true',
  'FROM busybox AS tools',
  'FROM busybox AS app',
  'RUN --mount=type=bind,from=tools,target=/t true',
  'COPY --from=build /app /app',
  '',
].join('\n');

function expectOneLineError(run: CliRun, pattern: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

function projectWith(dockerfile: string | Buffer): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  return dir;
}

/** the measured ground-truth seed case (../shared/groundtruth/cases/seed-chmod-layers), written out here */
const SEED_DIR = projectWith(SEED_TEXT);
const SEED = path.join(SEED_DIR, 'Dockerfile');

describe('dflint layers: the report (needs the layer model)', () => {
  test('--format json on the measured seed case: 4 MiB wasted, exact, 6 layers and 1 history entry', () => {
    const run = runCli(['layers', SEED, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.file).toBe(SEED);
    const target = report.stages[report.stages.length - 1];
    expect(target).toMatchObject({ index: 0, name: null, base: 'busybox' });
    expect(target.totals.wastedBytes).toEqual({ value: 4 * MiB, estimate: 'exact' });
    expect(target.totals.layerCount).toBe(6);
    expect(target.totals.historyCount).toBe(1);
    expect(target.layers.map((layer: { line: number }) => layer.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(target.layers[2]).toMatchObject({
      line: 3,
      endLine: 3,
      instruction: 'RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one',
      createsLayer: true,
      addedBytes: { value: MiB, estimate: 'exact' },
    });
    expect(target.layers[7]).toMatchObject({ instruction: 'CMD ls -alh /data', createsLayer: false });
  });

  test('the table: a row per instruction, totals, and the wasted paths with the lines that hide them', () => {
    const run = runCli(['layers', SEED], { cwd: SEED_DIR });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\x1b\[/); // no colour into a pipe
    expect(run.stdout).toMatch(/^stage 0 FROM busybox {2}\(target\)$/m);
    expect(run.stdout).toMatch(/^ +3 {2}RUN dd if=\/dev\/zero bs=1024 count=1024 of=\/data\/one +layer +1\.0 MiB +1\.0 MiB +exact$/m);
    expect(run.stdout).toMatch(/^ +8 {2}CMD ls -alh \/data +— +0 B +0 B +exact$/m);
    expect(run.stdout).toContain('totals: 6 layers, 1 history entry; added 5.0 MiB, wasted 4.0 MiB');
    expect(run.stdout).toMatch(/^ {4}\/data\/one {2}3\.0 MiB {2}added at line 3; stored again by chmod at lines 4 and 6; deleted by rm at line 7$/m);
    expect(run.stdout).toMatch(/^ {4}\/data\/two {2}1\.0 MiB {2}added at line 5; stored again by chmod at line 6$/m);
    expect(runCli(['layers', SEED, '--color']).stdout).toMatch(/\x1b\[/);
  });

  test('- reads stdin, with the current directory as the context', () => {
    const run = runCli(['layers', '-', '--format', 'json'], { cwd: SEED_DIR, input: `FROM busybox\nCOPY Dockerfile /d\n` });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.file).toBe('-');
    expect(report.stages[0].layers[1].createsLayer).toBe(true);
  });

  test('--target shows the stage and the stages it needs, the target last', () => {
    const dir = projectWith(MULTI_STAGE);
    const report = JSON.parse(runCli(['layers', '--target', 'app', '--format', 'json'], { cwd: dir }).stdout);
    expect(report.stages.map((stage: { name: string }) => stage.name)).toEqual(['build', 'tools', 'app']);
    const byIndex = JSON.parse(runCli(['layers', '--target', '1', '--format', 'json'], { cwd: dir }).stdout);
    expect(byIndex.stages.map((stage: { name: string }) => stage.name)).toEqual(['unused']);
    const all = JSON.parse(runCli(['layers', '--format', 'json'], { cwd: dir }).stdout);
    expect(all.stages.map((stage: { index: number }) => stage.index)).toEqual([0, 1, 2, 3]);
  });
});

describe('dflint layers: "exact" means exact (issue 14 item 11)', () => {
  const BUILDER = 'FROM python:3.12 AS builder\nWORKDIR /app\nCOPY uv.lock ./\nRUN uv sync\nRUN make\nFROM python:3.12-slim\nCOPY --from=builder /app /app\nRUN echo hi >> ~/.bashrc\n';

  test('json: unknown is value null; COPY --from after `uv sync`/`make` in /app is a lower bound, an append to a base-image file too', () => {
    const dir = projectWith(BUILDER);
    writeFileSync(path.join(dir, 'uv.lock'), Buffer.alloc(185_703));
    const run = runCli(['layers', 'Dockerfile', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const [builder, runtime] = JSON.parse(run.stdout).stages;
    // the uv.lock here is 185,703 zero bytes: uv sync's figure says why it knows nothing
    expect(builder.layers[3].addedBytes).toEqual({ value: null, estimate: 'unknown', reason: expect.stringMatching(/^uv\.lock: not valid TOML/) });
    expect(runtime.layers[1].addedBytes).toEqual({ value: 185_703, estimate: 'lower-bound' });
    // the tests run offline (test/jest-setup.ts): the append's bound says the base is why
    expect(runtime.layers[2].addedBytes).toEqual({ value: 3, estimate: 'lower-bound', reason: 'base image not resolved (offline)' });
  });

  test('the table prints ? (never ≥ 0 B) and a note naming the command it cannot see into', () => {
    const dir = projectWith(BUILDER);
    writeFileSync(path.join(dir, 'uv.lock'), Buffer.alloc(185_703));
    const run = runCli(['layers', 'Dockerfile'], { cwd: dir });
    expect(run.stdout).toMatch(/^ {5}5 {2}RUN make +layer +\? +0 B {2}unknown$/m);
    expect(run.stdout).not.toMatch(/≥ 0 B|at least 0 B/);
    expect(run.stdout).toContain('    line 5: `make` writes files dflint cannot see\n');
    expect(run.stdout).toContain('    line 7: /app may hold files `uv` (line 4) and `make` (line 5) wrote, which dflint cannot see: the copied size is a lower bound\n');
  });
});

describe('dflint layers: input errors (one line, exit 2)', () => {
  test('no ./Dockerfile, or a missing file named on the command line', () => {
    expectOneLineError(runCli(['layers'], { cwd: tempDir() }), /^dflint: Dockerfile: no such file$/m);
    expectOneLineError(runCli(['layers', 'nope/Dockerfile']), /^dflint: nope\/Dockerfile: no such file$/m);
  });

  test('a --context directory that does not exist or is a file', () => {
    expectOneLineError(runCli(['layers', SEED, '--context', 'no-such-dir']), /^dflint: --context no-such-dir: no such directory$/m);
    expectOneLineError(runCli(['layers', SEED, '--context', SEED]), /--context .*Dockerfile: not a directory$/m);
  });

  test('an unknown --target names the stages there are', () => {
    const dir = projectWith(MULTI_STAGE);
    expectOneLineError(runCli(['layers', '--target', 'nope'], { cwd: dir }), /^dflint: --target nope: no such stage \(stages: 0 "build", 1 "unused", 2 "tools", 3 "app"\)$/m);
    expectOneLineError(runCli(['layers', '--target', '4'], { cwd: dir }), /--target 4: no such stage/);
  });

  test('a binary file, a directory, and a Dockerfile without FROM', () => {
    expectOneLineError(runCli(['layers'], { cwd: projectWith(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])) }), /Dockerfile: is a binary file, not a Dockerfile$/m);
    const dir = tempDir();
    mkdirSync(path.join(dir, 'Dockerfile'));
    expectOneLineError(runCli(['layers'], { cwd: dir }), /Dockerfile: is a directory, not a Dockerfile$/m);
    expectOneLineError(runCli(['layers', '-'], { input: '# only a comment\n' }), /^dflint: -: no FROM instruction/m);
  });

  test('a lint-only format, or stdin with another file, is a usage error that points at the subcommand help', () => {
    const dir = projectWith(MULTI_STAGE);
    for (const run of [runCli(['layers', 'Dockerfile', '--format', 'stylish'], { cwd: dir }), runCli(['layers', '-', 'Dockerfile'], { cwd: dir })]) {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^dflint: (Invalid values: .*format.*"table", "json"|layers reads - \(stdin\) only as its one Dockerfile)\nRun 'dflint layers --help' for usage\.\n$/);
    }
  });
});

describe('dflint layers a b', () => {
  function twoProjects() {
    const dir = projectWith(MULTI_STAGE);
    writeFileSync(path.join(dir, 'small.Dockerfile'), 'FROM busybox\nRUN echo hi > /hi\n');
    return dir;
  }

  test('prints a report per file, in order; JSON is then an array of the reports', () => {
    const dir = twoProjects();
    const table = runCli(['layers', 'Dockerfile', 'small.Dockerfile'], { cwd: dir });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^Dockerfile\n/);
    expect(table.stdout).toMatch(/\nsmall\.Dockerfile\n\nstage 0 FROM busybox/);
    expect(table.stdout.match(/totals:/g)).toHaveLength(5);
    const json = JSON.parse(runCli(['layers', '--format', 'json', 'Dockerfile', 'small.Dockerfile'], { cwd: dir }).stdout);
    expect(json.map((report: { file: string; stages: unknown[] }) => [report.file, report.stages.length])).toEqual([['Dockerfile', 4], ['small.Dockerfile', 1]]);
    expect(JSON.parse(runCli(['layers', '--format', 'json', 'small.Dockerfile'], { cwd: dir }).stdout).file).toBe('small.Dockerfile');
  });

  test('a file that cannot be read: one line on stderr, exit 2, the other still reported', () => {
    const run = runCli(['layers', 'missing', 'small.Dockerfile'], { cwd: twoProjects() });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('dflint: missing: no such file\n');
    expect(run.stdout).toMatch(/^small\.Dockerfile\n/);
  });
});

describe('dflint layers --help', () => {
  test('explains the options and shows examples; the top-level help mentions the subcommand', () => {
    const run = runCli(['layers', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/dflint layers \[Dockerfile\.\.\.\|-\] \[--context DIR\] \[--target STAGE\] \[--format table\|json\]/);
    for (const option of ['--context', '--target', '--format', '--color']) expect(run.stdout).toContain(option);
    expect(run.stdout).toMatch(/Examples:\n\s+dflint layers/);
    expect(run.stdout).not.toContain('--failure-threshold');
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/^\s+dflint layers \[dockerfiles\.\.\]\s+Show, per stage, what each instruction adds/m);
  });
});
