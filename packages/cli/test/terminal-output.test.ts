import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from './run-cli';

// issue 14 item 4: stylish fits the terminal
const BLOATED = 'FROM debian\nMAINTAINER me\nRUN apt-get update\nRUN apt-get install -y curl\n';

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
