import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { announceSkip, runCli, tempDir, type CliRun, type RunOptions } from './run-cli';

// generous: only a hang (a read that never ends) runs into it
const HANG = { timeout: 30_000 };
/** one consecutive-run warning (delete-after-add's finding on the same bytes is off) */
const TWO_RUNS = 'FROM alpine:3.20\nRUN a > /x\nRUN rm /x\n# dflint-ignore-file delete-after-add\n';

function expectRefused(run: CliRun, pattern: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

function withStdinFrom(file: string, args: string[], options: RunOptions = {}): CliRun {
  const fd = openSync(file, 'r');
  try {
    return runCli(args, { ...options, ...HANG, stdinFd: fd });
  } finally {
    closeSync(fd);
  }
}

const devices = existsSync('/dev/zero') && existsSync('/dev/urandom');
if (!devices) announceSkip('input limits: no /dev/zero or /dev/urandom on this system');
const fifoDir = tempDir();
const fifoMade = spawnSync('mkfifo', [path.join(fifoDir, 'Dockerfile')]).status === 0;
if (!fifoMade) announceSkip('input limits: mkfifo is not available, so the FIFO case cannot be made');

describe('what is not a regular file is refused before it is read', () => {
  (devices ? test : test.skip)('a character device, by name, for lint and layers', () => {
    expectRefused(runCli(['/dev/zero'], HANG), /^dflint: \/dev\/zero: is a character device, not a regular file; .*dflint - < \/dev\/zero$/m);
    expectRefused(runCli(['layers', '/dev/urandom'], HANG), /^dflint: \/dev\/urandom: is a character device/m);
  });

  (fifoMade ? test : test.skip)('a FIFO with no writer does not block', () => {
    expectRefused(runCli(['Dockerfile'], { cwd: fifoDir, ...HANG }), /^dflint: Dockerfile: is a named pipe \(FIFO\), not a regular file/);
    expectRefused(runCli(['--fix', 'Dockerfile'], { cwd: fifoDir, ...HANG }), /is a named pipe/);
    // a directory walk passes it over and lints the rest
    writeFileSync(path.join(fifoDir, 'app.Dockerfile'), TWO_RUNS);
    const walked = runCli(['.', '--format', 'json'], { cwd: fifoDir, ...HANG });
    expect(JSON.parse(walked.stdout).map((result: { file: string }) => result.file)).toEqual(['app.Dockerfile']);
  });

  test('the other files of the run still get their results', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), TWO_RUNS);
    const run = runCli([devices ? '/dev/zero' : 'missing', 'Dockerfile', '--format', 'json'], { cwd: dir, ...HANG });
    expect(run.status).toBe(2);
    const [result] = JSON.parse(run.stdout);
    expect(result.file).toBe('Dockerfile');
    expect(result.findings.map((finding: { rule: string }) => finding.rule)).toContain('consecutive-run');
  });
});

describe('the size limit', () => {
  test('a file over --max-file-size is refused with its size, the limit and how to raise it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM alpine:3.20\nRUN echo ${'a'.repeat(3000)}\n`);
    writeFileSync(path.join(dir, 'small.Dockerfile'), TWO_RUNS);
    const run = runCli(['Dockerfile', 'small.Dockerfile', '--max-file-size', '2KB', '--format', 'json'], { cwd: dir });
    expectRefused(run, /^dflint: Dockerfile: is 3\.0 KiB, over the 2\.0 KiB limit for a Dockerfile; raise it with --max-file-size or the maxFileSize config key$/m);
    expect(JSON.parse(run.stdout).map((result: { file: string }) => result.file)).toEqual(['small.Dockerfile']);
    expect(runCli(['Dockerfile', '--max-file-size', '4k'], { cwd: dir }).status).toBe(0);
    expectRefused(runCli(['layers', 'Dockerfile', '--max-file-size', '1000'], { cwd: dir }), /is 3\.0 KiB, over the 1000 B limit/);
    expectRefused(runCli(['--fix', '-', '--max-file-size', '100'], { cwd: dir, input: TWO_RUNS.repeat(5) }), /^dflint: -: is larger than the 100 B limit/);
  });

  test('the maxFileSize config key sets it, --max-file-size wins, and a bad value is an error', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM alpine:3.20\nRUN echo ${'a'.repeat(3000)}\n`);
    writeFileSync(path.join(dir, '.dflintrc.yaml'), 'maxFileSize: 1KB\n');
    expectRefused(runCli(['Dockerfile'], { cwd: dir }), /over the 1\.0 KiB limit/);
    expect(runCli(['Dockerfile', '--max-file-size', '1MB'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(runCli(['--print-config', 'Dockerfile'], { cwd: dir }).stdout).maxFileSize).toBe(1024);
    writeFileSync(path.join(dir, '.dflintrc.yaml'), 'maxFileSize: lots\n');
    expectRefused(runCli(['Dockerfile'], { cwd: dir }), /^dflint: \.dflintrc\.yaml:1: maxFileSize: must be a size such as 20MB, 512KB or a number of bytes \(got "lots"\)$/m);
    const badFlag = runCli(['Dockerfile', '--max-file-size', 'lots'], { cwd: dir });
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toMatch(/^dflint: --max-file-size must be a size such as 20MB, 512KB or a number of bytes, above 0 \(got 'lots'\)\n/);
  });

  test('a file of more lines than its size limit allows (one per 200 bytes) is refused: short lines cost memory, not bytes', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM alpine\n${'RUN a\n'.repeat(2000)}`);
    writeFileSync(path.join(dir, 'small.Dockerfile'), TWO_RUNS);
    const run = runCli(['Dockerfile', 'small.Dockerfile', '--max-file-size', '300KB', '--format', 'json'], { cwd: dir });
    expectRefused(run, /^dflint: Dockerfile: has 2002 lines, over the 1536 a 300\.0 KiB size limit allows \(one per 200 bytes\); raise it with --max-file-size/m);
    expect(JSON.parse(run.stdout).map((result: { file: string }) => result.file)).toEqual(['small.Dockerfile']);
    expectRefused(runCli(['-', '--max-file-size', '300KB'], { input: `FROM alpine\n${'RUN a\r'.repeat(2000)}` }), /^dflint: -: has 2002 lines/);
    expect(runCli(['Dockerfile', '--max-file-size', '400KB'], { cwd: dir }).status).toBe(1);
  });

  test('at the line limit: a file of as many bytes as lines allowed, all line ends, is one line over', () => {
    const dir = tempDir();
    // 1536 bytes, 1537 lines: the fewest bytes a file over 1536 lines can have
    writeFileSync(path.join(dir, 'Dockerfile'), '\n'.repeat(1536));
    expectRefused(runCli(['Dockerfile', '--max-file-size', '300KB'], { cwd: dir }), /^dflint: Dockerfile: has 1537 lines, over the 1536/m);
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM alpine${'\n'.repeat(1535 - 'FROM alpine'.length)}`);
    const atLimit = runCli(['Dockerfile', '--max-file-size', '300KB'], { cwd: dir });
    expect(atLimit.stderr).not.toMatch(/lines, over/);
    expect(atLimit.status).not.toBe(2);
  });

  test('the default is 10 MiB', () => {
    expect(JSON.parse(runCli(['--print-config', 'Dockerfile']).stdout).maxFileSize).toBe(10 * 1024 * 1024);
  });
});

describe('stdin', () => {
  (devices ? test : test.skip)('binary stdin is refused from its first bytes: /dev/zero and /dev/urandom end at once', () => {
    expectRefused(withStdinFrom('/dev/zero', ['-']), /^dflint: -: is a binary file, not a Dockerfile$/m);
    expectRefused(withStdinFrom('/dev/urandom', ['layers', '-']), /^dflint: -: is a binary file, not a Dockerfile$/m);
    expectRefused(withStdinFrom('/dev/zero', ['--fix', '-']), /is a binary file/);
  });

  test('a UTF-16 stdin is refused', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'utf16'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FROM alpine\n', 'utf16le')]));
    expectRefused(withStdinFrom(path.join(dir, 'utf16'), ['-']), /^dflint: -: is UTF-16 encoded/);
  });

  test('stdin over the limit is refused once it passes it', () => {
    expectRefused(runCli(['-', '--max-file-size', '1KB'], { input: `FROM alpine\n${'RUN echo a\n'.repeat(200)}`, ...HANG }), /^dflint: -: is larger than the 1\.0 KiB limit/);
    expect(runCli(['-', '--max-file-size', '1KB'], { input: TWO_RUNS }).status).toBe(1);
  });
});
