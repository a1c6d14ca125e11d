import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCli, tempDir, type CliRun } from './run-cli';

const BIN = path.join(REPO_ROOT, 'packages/cli/bin/dflint.js');

// consecutive-run has a safe merge fix; its merged text is the rule's business, so these tests
// assert what --fix does (file replaced, fewer findings, mode and CRLF kept), not the exact merge
const MERGEABLE = 'FROM busybox:1.36\nRUN dd if=/dev/zero bs=1024 count=2048 of=/b\nRUN rm /b\n';
const CLEAN = 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.12.1-r0\n';

function rulesIn(run: CliRun): string[] {
  return JSON.parse(run.stdout).flatMap((file: { findings: Array<{ rule: string }> }) => file.findings.map((f) => f.rule));
}

function dockerfileIn(text: string, name = 'Dockerfile'): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

function expectUsageError(run: CliRun, pattern: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.split('\n')[0]).toMatch(/^dflint: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('dflint --fix', () => {
  test('rewrites the file, reports only what is left, and exits from the remaining findings', () => {
    const { dir } = dockerfileIn(MERGEABLE);
    expect(rulesIn(runCli(['Dockerfile', '--format', 'json'], { cwd: dir }))).toContain('consecutive-run');

    const run = runCli(['--fix', 'Dockerfile'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^fixed 1 problem in Dockerfile \(consecutive-run\), saves 2\.0 MiB$/m);
    expect(run.stdout).toMatch(/✔ no problems in 1 file/);
    expect(run.status).toBe(0);

    const fixed = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    expect(fixed).not.toBe(MERGEABLE);
    expect(fixed.match(/^RUN /gm)).toHaveLength(1);
    expect(rulesIn(runCli(['Dockerfile', '--format', 'json'], { cwd: dir }))).toEqual([]);
    // nothing but the Dockerfile is left in the folder
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  test('the findings left after fixing decide the exit code', () => {
    // the refresh merged into its install (apt-update-alone) and the lists cleanup are fixed; merging
    // the git clone in too gains no bytes, so it is not asked for; unpinned-remote has no fix, so it stays
    const { dir } = dockerfileIn('FROM debian:bookworm\nMAINTAINER me\nRUN apt-get update\nRUN apt-get install -y curl git\nRUN git clone https://example.com/x.git /x\n');
    const run = runCli(['--fix', 'Dockerfile', '-t', 'style', '--format', 'json'], { cwd: dir });
    // JSON stdout stays pure: no summary line in it
    const remaining = rulesIn(run);
    expect(remaining).not.toContain('consecutive-run');
    expect(remaining).toContain('unpinned-remote');
    expect(run.status).toBe(1);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toMatch(/^RUN apt-get update && \\\n {4}apt-get install -y curl git && \\\n {4}rm -rf \/var\/lib\/apt\/lists\/\*\nRUN git clone /m);
    expect(runCli(['--fix', 'Dockerfile', '-t', 'none'], { cwd: dir }).status).toBe(0);
  });

  test('unsafe fixes wait for --unsafe-fixes, and the summary points at them', () => {
    // volatile-arg-early moves the ARG down: an unsafe fix (it changes which steps see the ARG)
    const text = 'FROM node:20\nARG GIT_SHA\nRUN make\nLABEL org.opencontainers.image.revision=$GIT_SHA\n';
    const unsafeRules = (run: CliRun) =>
      JSON.parse(run.stdout).flatMap((file: { findings: Array<{ rule: string; fix?: { safety: string } }> }) =>
        file.findings.filter((f) => f.fix?.safety === 'unsafe').map((f) => f.rule),
      );
    const { dir, file } = dockerfileIn(text);
    expect(unsafeRules(runCli(['Dockerfile', '--format', 'json'], { cwd: dir }))).toEqual(['volatile-arg-early']);

    const safeOnly = runCli(['--fix', 'Dockerfile'], { cwd: dir });
    expect(safeOnly.stdout).toMatch(/^Dockerfile: 1 more fixable with --unsafe-fixes$/m);
    expect(readFileSync(file, 'utf8')).toBe(text);

    const unsafe = runCli(['--fix', '--unsafe-fixes', 'Dockerfile'], { cwd: dir });
    expect(unsafe.stdout).toMatch(/^fixed 1 problem in Dockerfile \(volatile-arg-early\)$/m);
    expect(unsafe.stdout).not.toMatch(/--unsafe-fixes/);
    expect(readFileSync(file, 'utf8')).not.toBe(text);
    expect(unsafeRules(runCli(['Dockerfile', '--format', 'json'], { cwd: dir }))).toEqual([]);
  });

  test('keeps CRLF line endings and the file mode', () => {
    const crlf = MERGEABLE.replace(/\n/g, '\r\n');
    const { dir, file } = dockerfileIn(crlf);
    chmodSync(file, 0o640);
    const run = runCli(['--fix', 'Dockerfile'], { cwd: dir });
    expect(run.status).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).not.toBe(crlf);
    expect(fixed.split('\r\n').length).toBeGreaterThan(2);
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/\n/); // every line ending is CRLF
    expect(statSync(file).mode & 0o7777).toBe(0o640);
  });

  test('a symbolic link is written through: the link stays, its target is fixed', () => {
    const { dir, file } = dockerfileIn(MERGEABLE, 'real.Dockerfile');
    symlinkSync('real.Dockerfile', path.join(dir, 'Dockerfile'));
    const run = runCli(['--fix', 'Dockerfile'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(lstatSync(path.join(dir, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'Dockerfile'))).toBe('real.Dockerfile');
    expect(readFileSync(file, 'utf8').match(/^RUN /gm)).toHaveLength(1);
  });

  test('the report after fixing fingerprints findings by the fixed text, as a later plain run does', () => {
    // layer-count has no fix: it survives the merge, on a line the merge moved
    const { dir } = dockerfileIn(`FROM busybox:1.36\nRUN mkdir /a\nRUN mkdir /b\nRUN mkdir /c\n`);
    writeFileSync(path.join(dir, '.dflintrc.json'), JSON.stringify({ rules: { 'layer-count': ['warning', { max: 1 }] } }));
    const fingerprintsOf = (run: CliRun) =>
      JSON.parse(run.stdout).runs[0].results.map((result: { ruleId: string; partialFingerprints: unknown }) => [result.ruleId, result.partialFingerprints]);
    const fixed = fingerprintsOf(runCli(['--fix', 'Dockerfile', '--format', 'sarif'], { cwd: dir }));
    const later = fingerprintsOf(runCli(['Dockerfile', '--format', 'sarif'], { cwd: dir }));
    expect(fixed.map(([rule]: [string]) => rule)).toEqual(['layer-count']);
    expect(fixed).toEqual(later);
  });

  test('a file with nothing to fix is not rewritten', () => {
    const { dir, file } = dockerfileIn(CLEAN);
    const before = statSync(file);
    const run = runCli(['--fix', 'Dockerfile'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/fixed/);
    expect(statSync(file).ino).toBe(before.ino);
    expect(readFileSync(file, 'utf8')).toBe(CLEAN);
  });

  test('fixes every Dockerfile of a directory, one summary line each', () => {
    const { dir } = dockerfileIn(MERGEABLE);
    writeFileSync(path.join(dir, 'api.Dockerfile'), 'FROM alpine:3.20\nRUN a\nRUN b\nRUN c\n');
    // a merge that saves only layers is reported (and fixed) under dflint:strict
    writeFileSync(path.join(dir, '.dflintrc.yaml'), 'extends: dflint:strict\n');
    const run = runCli(['--fix', '.'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^fixed 1 problem in Dockerfile \(consecutive-run\), saves 2\.0 MiB$/m);
    // a merge that saves only layers names no bytes
    expect(run.stdout).toMatch(/^fixed \d+ problems? in api\.Dockerfile \(consecutive-run( ×\d)?\)$/m);
    expect(readFileSync(path.join(dir, 'api.Dockerfile'), 'utf8').match(/^RUN /gm)).toHaveLength(1);
  });

  test('killed before the rename, the original Dockerfile is byte-identical', () => {
    const original = MERGEABLE.replace(/\n/g, '\r\n');
    const { dir, file } = dockerfileIn(original);
    chmodSync(file, 0o640);
    const killed = spawnSync(process.execPath, [BIN, '--fix', 'Dockerfile'], {
      cwd: dir,
      env: { ...process.env, DFLINT_TEST_CRASH_BEFORE_RENAME: '1' },
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(readFileSync(file)).toEqual(Buffer.from(original));
    expect(statSync(file).mode & 0o7777).toBe(0o640);
    // the complete temp file may remain beside it, and is never taken for a Dockerfile
    const leftovers = readdirSync(dir).filter((name) => name !== 'Dockerfile');
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^\.Dockerfile\.dflint-\d+-[0-9a-f]+\.tmp$/);
    expect(readFileSync(path.join(dir, leftovers[0]), 'utf8').match(/^RUN /gm)).toHaveLength(1);
    expect(JSON.parse(runCli(['.', '--format', 'json'], { cwd: dir }).stdout).map((r: { file: string }) => r.file)).toEqual(['Dockerfile']);
  });
});

describe('dflint --fix -', () => {
  test('prints the fixed text to stdout and nothing else, exit 0', () => {
    const run = runCli(['--fix', '-'], { input: 'FROM busybox:1.36\nMAINTAINER me\nRUN dd if=/dev/zero bs=1024 count=2048 of=/b\nRUN rm /b\n' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^FROM busybox:1.36\n/);
    expect(run.stdout.match(/^RUN /gm)).toHaveLength(1);
    expect(run.stdout).not.toMatch(/problem|fixed/);
  });

  test('text with nothing to fix comes back unchanged', () => {
    expect(runCli(['--fix', '-'], { input: CLEAN }).stdout).toBe(CLEAN);
  });

  // issue 13: a lone CR is a line break for the parser, and so for the fixes applied
  test('a file with lone CR line breaks is fixed at the right places', () => {
    const label = runCli(['--fix', '-'], { input: 'FROM alpine:3.20\rMAINTAINER me\n' });
    expect(label.stdout).toBe('FROM alpine:3.20\rLABEL org.opencontainers.image.authors="me"\n');

    const input = '# note\rFROM alpine:3.20\nRUN apt-get update\nRUN echo important-step-1\nRUN echo important-step-2\n';
    const { dir } = dockerfileIn('extends: dflint:strict\n', 'strict.yaml');
    const merged = runCli(['--fix', '-', '--config', path.join(dir, 'strict.yaml')], { input }).stdout;
    expect(merged).toMatch(/^# note\rFROM alpine:3.20\nRUN apt-get update && \\\n/);
    expect(merged.match(/^RUN /gm)).toHaveLength(1);
    for (const step of ['echo important-step-1 &&', 'echo important-step-2']) expect(merged.split(step)).toHaveLength(2);
  });

  test('- must be the only input', () => {
    const { dir } = dockerfileIn(MERGEABLE);
    expectUsageError(runCli(['--fix', '-', 'Dockerfile'], { cwd: dir, input: MERGEABLE }), /- must be the only input/);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(MERGEABLE);
  });
});

describe('dflint --fix-dry-run', () => {
  test('prints a unified diff per changed file, writes nothing, and reports what would be left', () => {
    const { dir, file } = dockerfileIn('FROM busybox:1.36\nMAINTAINER me\nRUN dd if=/dev/zero bs=1024 count=2048 of=/b\nRUN rm /b\n');
    writeFileSync(path.join(dir, 'clean.Dockerfile'), CLEAN);
    const before = readFileSync(file, 'utf8');
    const run = runCli(['--fix-dry-run', '.'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['Dockerfile', 'clean.Dockerfile']);

    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['--- a/Dockerfile', '+++ b/Dockerfile', expect.stringMatching(/^@@ -1,4 \+1,\d @@$/)]);
    expect(lines).toContain('-RUN rm /b');
    expect(lines.some((line) => line.startsWith('+RUN dd'))).toBe(true);
    expect(run.stdout).not.toMatch(/clean\.Dockerfile\n\+\+\+/);
    // maintainer-deprecated's fix is in the same diff when that rule offers one
    expect(run.stdout).toMatch(/^would fix \d+ problems? in Dockerfile \((maintainer-deprecated, )?consecutive-run\), would save 2\.0 MiB$/m);
    // what --fix would leave decides the exit code
    expect(run.stdout).toMatch(/MAINTAINER is deprecated|✔ no problems in 2 files/);
    expect(run.status).toBe(run.stdout.includes('MAINTAINER is deprecated') ? 1 : 0);
  });

  test('the output (diff, then the report) applies with git apply and gives what --fix writes', () => {
    const { dir, file } = dockerfileIn(MERGEABLE.replace(/\n/g, '\r\n'));
    const diff = runCli(['--fix-dry-run', 'Dockerfile'], { cwd: dir }).stdout;
    const apply = spawnSync('git', ['apply'], { cwd: dir, input: diff, encoding: 'utf8' });
    expect(apply.stderr).toBe('');
    expect(apply.status).toBe(0);
    const patched = readFileSync(file, 'utf8');
    const { dir: other, file: otherFile } = dockerfileIn(MERGEABLE.replace(/\n/g, '\r\n'));
    runCli(['--fix', 'Dockerfile'], { cwd: other });
    expect(patched).toBe(readFileSync(otherFile, 'utf8'));
  });

  test('stdin: the diff names the --stdin-filename', () => {
    const run = runCli(['--fix-dry-run', '-', '--stdin-filename', 'svc/Dockerfile'], { input: MERGEABLE });
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['--- a/svc/Dockerfile', '+++ b/svc/Dockerfile']);
    expect(run.stdout).toMatch(/^would fix 1 problem in svc\/Dockerfile/m);
  });

  test('no diff when nothing changes', () => {
    const run = runCli(['--fix-dry-run', '-'], { input: CLEAN });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^(---|\+\+\+|@@)/m);
  });
});

describe('fix usage errors', () => {
  test('--unsafe-fixes needs --fix or --fix-dry-run', () => {
    expectUsageError(runCli(['--unsafe-fixes', '-'], { input: MERGEABLE }), /--unsafe-fixes only works with --fix or --fix-dry-run/);
  });

  test('--fix and --fix-dry-run together', () => {
    const { dir } = dockerfileIn(MERGEABLE);
    expectUsageError(runCli(['--fix', '--fix-dry-run', 'Dockerfile'], { cwd: dir }), /--fix and --fix-dry-run cannot be used together/);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(MERGEABLE);
  });

  test('--fix-dry-run with --format json', () => {
    expectUsageError(runCli(['--fix-dry-run', '--format', 'json', '-'], { input: MERGEABLE }), /--format json/);
  });

  test('--unsafe-fixes with --fix is accepted', () => {
    expect(runCli(['--fix', '--unsafe-fixes', '-'], { input: MERGEABLE }).status).toBe(0);
  });
});

test('--help explains the fix options and what safe and unsafe mean', () => {
  const help = runCli(['--help']).stdout;
  for (const option of ['--fix ', '--fix-dry-run', '--unsafe-fixes']) expect(help).toContain(option);
  expect(help).toMatch(/safe fix keeps the built image identical/);
  expect(help).toMatch(/--fix -\s+reads stdin and prints the fixed text/);
});
