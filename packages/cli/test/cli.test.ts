import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { announceSkip, runCli, tempDir } from './run-cli';

const BLOATED = 'examples/python-api/Dockerfile';
const CLEAN = 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.12.1-r0\n';
/** one consecutive-run warning: the merge saves what the first RUN writes and the second deletes (delete-after-add's finding on it is off) */
const TWO_RUNS = 'FROM alpine:3.20\nRUN a > /x\nRUN rm /x\n# dflint-ignore-file delete-after-add\n';

function expectOneLineError(run: { status: number | null; stderr: string; stdout: string }, pattern: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('dflint lint', () => {
  test('the bloated example prints findings grouped under the file with line:col, and exits 1', () => {
    const run = runCli([BLOATED]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(BLOATED);
    expect(run.stdout).toMatch(/^\s+4:1\s+warning\s+MAINTAINER is deprecated.*maintainer-deprecated$/m);
    // the stale index of the lone apt-get update is apt-update-alone's; merging the three RUNs gains no bytes
    expect(run.stdout).toMatch(/^\s+6:5\s+warning\s+`apt-get update` at line 6 installs nothing in its RUN.*apt-update-alone$/m);
    expect(run.stdout).not.toMatch(/^\s+6:1.*consecutive-run$/m);
    // two one-command RUNs in a row: hadolint's DL3059, at style
    expect(run.stdout).toMatch(/^\s+12:1\s+style\s+2 consecutive RUNs \(lines 12 and 13\) can be one RUN: 1 layer fewer\s+consecutive-run$/m);
    expect(run.stdout).toMatch(/^\s+6:5\s+warning\s+`apt-get update` at line 6 leaves apt package lists.*package-cache$/m);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ warnings, 1 style\) in 1 file/);
    expect(run.stdout).not.toMatch(/\x1b\[/); // no colour into a pipe
  });

  test('--color forces ANSI colour; NO_COLOR is honoured on a pipe anyway', () => {
    expect(runCli([BLOATED, '--color']).stdout).toMatch(/\x1b\[/);
    expect(runCli([BLOATED], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  test('a clean file exits 0 with a summary', () => {
    const run = runCli(['-', '--stdin-filename', 'Dockerfile'], { input: CLEAN });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('✔ no problems in 1 file');
  });

  test('--format json follows the contract with 1-based positions', () => {
    const run = runCli(['-', '--stdin-filename', 'svc/Dockerfile', '--format', 'json'], { input: TWO_RUNS });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toEqual([
      {
        file: 'svc/Dockerfile',
        findings: [
          expect.objectContaining({
            rule: 'consecutive-run',
            severity: 'warning',
            message: '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer, saves an unknown amount',
            line: 2,
            column: 1,
            endLine: 3,
            endColumn: 10,
            aliases: ['DL3059'],
          }),
        ],
      },
    ]);
  });

  test('--failure-threshold decides the exit code', () => {
    // a warning
    expect(runCli(['-', '-t', 'error'], { input: TWO_RUNS }).status).toBe(0);
    expect(runCli(['-', '-t', 'warning'], { input: TWO_RUNS }).status).toBe(1);
    expect(runCli(['-', '-t', 'info'], { input: TWO_RUNS }).status).toBe(1);
    expect(runCli(['-', '-t', 'none'], { input: TWO_RUNS }).status).toBe(0);
  });

  test('--rule and --disable pick rules, by name or by alias', () => {
    const input = 'FROM alpine:3.20\nMAINTAINER me\nRUN a > /x\nRUN rm /x\n# dflint-ignore-file delete-after-add\n';
    const rulesIn = (args: string[]) =>
      JSON.parse(runCli(['-', '--format', 'json', ...args], { input }).stdout)[0].findings.map((f: { rule: string }) => f.rule);
    expect(rulesIn([])).toEqual(['maintainer-deprecated', 'consecutive-run']);
    expect(rulesIn(['--rule', 'consecutive-run'])).toEqual(['consecutive-run']);
    expect(rulesIn(['--disable', 'DL3059'])).toEqual(['maintainer-deprecated']);
    expect(rulesIn(['--disable', 'consecutive-run,maintainer-deprecated'])).toEqual([]);
  });

  test('an unknown rule is a usage error', () => {
    expectOneLineError(runCli(['-', '--rule', 'no-such-rule'], { input: CLEAN }), /^dflint: unknown rule 'no-such-rule'/);
  });

  test('inline suppression comments', () => {
    const input = 'FROM alpine:3.20\n# dflint-ignore maintainer-deprecated\nMAINTAINER me\n# hadolint ignore=DL3059\nRUN a > /x\nRUN rm /x\n# dflint-ignore-file delete-after-add\n';
    expect(runCli(['-'], { input }).status).toBe(0);
    expect(runCli(['-'], { input: input.replace('# hadolint ignore=DL3059\n', '') }).status).toBe(1);
  });
});

describe('inputs', () => {
  test('a directory is searched for Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile and Containerfile', () => {
    const dir = tempDir();
    for (const name of ['Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'web.dockerfile', 'Containerfile', 'README.md', 'Dockerfile.dockerignore']) {
      writeFileSync(path.join(dir, name), TWO_RUNS);
    }
    mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/pkg/Dockerfile'), TWO_RUNS);
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub/Dockerfile'), TWO_RUNS);
    const files = JSON.parse(runCli(['.', '--format', 'json'], { cwd: dir }).stdout).map((r: { file: string }) => r.file);
    expect(files.sort()).toEqual(['Containerfile', 'Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'sub/Dockerfile', 'web.dockerfile'].sort());
    const kept = JSON.parse(runCli(['--format', 'json', '--ignore-pattern', 'sub/', '--ignore-pattern', '*.dev'], { cwd: dir }).stdout);
    expect(kept.map((r: { file: string }) => r.file).sort()).toEqual(['Containerfile', 'Dockerfile', 'api.Dockerfile', 'web.dockerfile'].sort());
  });

  test('globs are expanded; a glob matching nothing is an error', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a/Dockerfile'), CLEAN);
    writeFileSync(path.join(dir, 'b/Dockerfile'), TWO_RUNS);
    const run = runCli(['*/Dockerfile', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual(['a/Dockerfile', 'b/Dockerfile']);
    expectOneLineError(runCli(['*/Containerfile'], { cwd: dir }), /^dflint: \*\/Containerfile: no files match this pattern\n/);
  });

  test('a missing file: one line on stderr, exit 2, the other files still linted', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), TWO_RUNS);
    const run = runCli(['missing/Dockerfile', 'Dockerfile', '--format', 'json'], { cwd: dir });
    expectOneLineError(run, /^dflint: missing\/Dockerfile: no such file\n$/);
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual(['Dockerfile']);
  });

  test('a directory without Dockerfiles where a file was expected', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'Dockerfile'));
    expectOneLineError(runCli(['Dockerfile'], { cwd: dir }), /^dflint: Dockerfile: no Dockerfiles found in this directory\n$/);
  });

  test('a binary file and a UTF-16 file are refused with a reason', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expectOneLineError(runCli(['image.png'], { cwd: dir }), /^dflint: image.png: is a binary file, not a Dockerfile\n$/);
    writeFileSync(path.join(dir, 'Dockerfile'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FROM alpine:3.20\n', 'utf16le')]));
    expectOneLineError(runCli(['Dockerfile'], { cwd: dir }), /is UTF-16 encoded/);
  });

  const asRoot = process.getuid?.() === 0;
  if (asRoot) announceSkip('"an unreadable file": running as root, which can read any file; the case cannot be made');
  (asRoot ? test.skip : test)('an unreadable file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Dockerfile'), CLEAN);
    chmodSync(path.join(dir, 'Dockerfile'), 0o000);
    expectOneLineError(runCli(['Dockerfile'], { cwd: dir }), /^dflint: Dockerfile: permission denied\n$/);
  });
});

describe('usage', () => {
  test('--help explains inputs, formats, exit codes and shows examples', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    for (const text of ['--format', '--rule', '--disable', '--failure-threshold', '--stdin-filename', 'Exit codes', 'Examples:', 'dflint-ignore']) {
      expect(run.stdout).toContain(text);
    }
  });

  test('--version prints the package version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(require('../package.json').version);
  });

  test('an unknown option or a bad choice is a usage error', () => {
    expectOneLineError(runCli(['--frobnicate']), /^dflint: Unknown argument: frobnicate\nRun 'dflint --help' for usage\.\n$/);
    expectOneLineError(runCli(['--format', 'xml', '-']), /^dflint: Invalid values:.*format.*xml/);
  });

  test('--list-rules lists every rule', () => {
    const run = runCli(['--list-rules']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^consecutive-run\s+warning/m);
    expect(run.stdout).toMatch(/^maintainer-deprecated\s+warning/m);
  });
});
