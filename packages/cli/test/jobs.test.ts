// --jobs: linting on worker threads gives byte for byte what one thread gives, a bad file included.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { runCli, tempDir } from './run-cli';

/** Forty Dockerfiles of different shapes, a binary file among them, and one that holds a stack-deep script. */
function project(): string {
  const dir = tempDir();
  const shapes = [
    'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\nMAINTAINER me\n',
    'FROM alpine:3.20 AS build\nCOPY . /src\nRUN chmod -R 755 /src && rm -rf /src/tmp\nFROM build\nCMD echo hi\n',
    'from node:20\nWORKDIR app\nRUN npm install && npm cache clean --force\nUSER root\n',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\n',
    'FROM python:3.12\nRUN pip install flask\nRUN <<EOF\nset -e\ncurl -o x https://example.com/x | sh\nEOF\n',
  ];
  for (let i = 0; i < 40; i++) {
    const folder = path.join(dir, `svc${i % 7}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${String(i).padStart(2, '0')}.Dockerfile`), `${shapes[i % shapes.length]}ENV N=${i}\n`);
  }
  writeFileSync(path.join(dir, 'svc3', '17b.Dockerfile'), Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, 'svc4', '18b.Dockerfile'), `FROM alpine:3.20\nRUN ${'( '.repeat(3000)}true${' )'.repeat(3000)}\n`);
  return dir;
}

const ENV = { DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0', DFLINT_WORKER_MIN_FILES: '8' };

describe('--jobs 2 against --jobs 1 on the same files', () => {
  const dir = project();
  const run = (jobs: string, format: string) => runCli(['**/*.Dockerfile', '--format', format, '--jobs', jobs], { cwd: dir, env: { ...ENV, DFLINT_DEBUG: '1' } });

  test.each(['json', 'stylish', 'sarif'])('%s: the same stdout and exit code; stderr the same but for the threads line', (format) => {
    const one = run('1', format);
    const two = run('2', format);
    expect(two.stderr).toMatch(/^dflint: debug: linting 42 files on 2 threads \(this one and 1 worker\)$/m);
    expect(one.stderr).not.toMatch(/ threads /);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
    expect(two.stderr.replace(/^dflint: debug: .*\n/m, '')).toBe(one.stderr);
    // the binary file is said once on stderr and costs the run exit 2; the others keep their findings
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/svc3\/17b\.Dockerfile: is a binary file/);
  });

  test('every readable file is in the report, in the order of the file list', () => {
    const results = JSON.parse(run('2', 'json').stdout) as Array<{ file: string; findings: unknown[] }>;
    const files = results.map((result) => result.file);
    expect(files).toHaveLength(41);
    expect(files).toEqual([...files].sort());
    expect(results.filter((result) => result.findings.length > 0).length).toBeGreaterThan(30);
  });
});

test('without --jobs, a run uses as many threads as the cores (this one and a worker on 2 cores)', () => {
  const threads = availableParallelism();
  const run = runCli(['**/*.Dockerfile', '--format', 'json'], { cwd: project(), env: { ...ENV, DFLINT_DEBUG: '1' } });
  if (threads >= 2) expect(run.stderr).toMatch(new RegExp(`^dflint: debug: linting 42 files on ${threads} threads \\(this one and ${threads - 1} workers?\\)$`, 'm'));
  else expect(run.stderr).not.toMatch(/ threads /);
  expect(JSON.parse(run.stdout)).toHaveLength(41);
});

test('--jobs takes a whole number, 1 or more', () => {
  const run = runCli(['--jobs', '0', 'Dockerfile'], { cwd: tempDir() });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--jobs takes a whole number, 1 or more \(got 0\)/);
});
