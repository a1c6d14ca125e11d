import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { announceSkip, runCli, tempDir } from './run-cli';
import { hasScript, onTerminal } from './terminal';

// issue 14 items 4 and 5: stylish fits the terminal, and long runs say how far they are
const BLOATED = 'FROM debian:bookworm\nMAINTAINER me\nRUN apt-get update\nRUN apt-get install -y curl=7.88.1-10+deb12u15\n';

function project(files: number): string {
  const dir = tempDir();
  for (let i = 1; i <= files; i++) writeFileSync(path.join(dir, `${i}.Dockerfile`), BLOATED);
  return dir;
}

describe('stylish at the terminal width (COLUMNS stands in for a terminal)', () => {
  const dir = project(1);

  test('COLUMNS=40: no line is wider, every row keeps its rule name, the summary counts per rule', () => {
    const run = runCli(['1.Dockerfile'], { cwd: dir, env: { COLUMNS: '40' } });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    // too narrow for message and rule side by side: the rule follows the severity
    expect(run.stdout).toMatch(/^ {2}2:1 {2}\w+ +maintainer-deprecated$/m);
    expect(run.stdout).toMatch(/^ {2}3:5 {2}\w+ +package-cache$/m);
    expect(run.stdout).toMatch(/^ {2}.*\bpackage-cache 1$/m);
  });

  test('a pipe without COLUMNS, --format compact and -o FILE keep each finding on one whole line', () => {
    const piped = runCli(['1.Dockerfile'], { cwd: dir });
    expect(piped.stdout).toMatch(/^ {2}2:1 {2}warning {2}MAINTAINER is deprecated: use LABEL org\.opencontainers\.image\.authors="me" +maintainer-deprecated$/m);
    const compact = runCli(['1.Dockerfile', '--format', 'compact'], { cwd: dir, env: { COLUMNS: '40' } });
    expect(compact.stdout).toMatch(/^1\.Dockerfile:2:1: warning: MAINTAINER is deprecated: use LABEL org\.opencontainers\.image\.authors="me" \[maintainer-deprecated\]$/m);
    runCli(['1.Dockerfile', '--format', 'stylish', '-o', 'report.txt'], { cwd: dir, env: { COLUMNS: '40' } });
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(piped.stdout);
  });
});

if (!hasScript) announceSkip('progress line on a terminal: util-linux `script` not found on PATH (Debian package bsdutils)');

describe('on a pseudo-terminal: the progress line, and the terminal width', () => {
  const dir = project(3);
  const PROGRESS = /dflint: \d\/3 files…/;

  (hasScript ? test : test.skip)('on a terminal: drawn on stderr, then erased before the report', () => {
    const screen = onTerminal(['.'], dir);
    expect(screen).toMatch(/\rdflint: \d\/3 files…/);
    const erased = screen.lastIndexOf('\r\x1b[K');
    expect(erased).toBeGreaterThan(screen.search(PROGRESS));
    expect(erased).toBeLessThan(screen.indexOf('1.Dockerfile'));
    expect(screen).toMatch(/✖ \d+ problems/);
  });

  (hasScript ? test : test.skip)('stdout to a file, stderr on a terminal: the line is on stderr only, and erased at the end', () => {
    const screen = onTerminal(['.'], dir, {}, { stdoutTo: 'report.txt' });
    expect(screen).toMatch(PROGRESS);
    expect(screen.endsWith('\r\x1b[K')).toBe(true);
    const report = readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(report).toMatch(/✖ \d+ problems/);
    expect(report).not.toMatch(/files…|\r/);
  });

  (hasScript ? test : test.skip)('a 60-column terminal, no COLUMNS: the report wraps to 60 columns', () => {
    const screen = onTerminal(['1.Dockerfile'], dir, {}, { columns: 60 });
    const lines = screen.split('\r\n');
    expect(screen).toMatch(/^ {2}2:1 {2}\w+ +maintainer-deprecated\r$/m);
    expect(lines.filter((line) => line.length > 60)).toEqual([]);
    expect(lines.length).toBeGreaterThan(10);
  });

  (hasScript ? test : test.skip)('not in CI, not with --quiet, not for one file', () => {
    expect(onTerminal(['.'], dir, { CI: 'true' })).not.toMatch(PROGRESS);
    expect(onTerminal(['.', '--quiet'], dir)).not.toMatch(PROGRESS);
    expect(onTerminal(['1.Dockerfile'], dir)).not.toMatch(/files…/);
  });

  test('not on a pipe: stderr stays empty and stdout is the report alone', () => {
    const run = runCli(['.'], { cwd: dir, env: { DFLINT_PROGRESS_AFTER_MS: '0', CI: undefined } });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/files…|\r/);
    expect(run.stdout).toMatch(/✖ \d+ problems/);
  });
});
