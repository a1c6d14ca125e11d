// Issue 18 item 2: a report on stdout is written a file at a time (json, stylish and the one-line
// formats; layers json and table); its bytes must be those of the report written whole, which an
// -o file still is. A file that cannot be linted sits in the middle of the run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../src/main';
import { memoryIo } from './memory-io';
import { tempDir } from './run-cli';

const FILES = ['a.Dockerfile', 'clean.Dockerfile', 'too-big.Dockerfile', 'z.Dockerfile'];

function project(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.Dockerfile'), 'FROM alpine:3.20\nMAINTAINER me\nRUN apt-get update\nRUN apt-get install -y curl\n');
  writeFileSync(path.join(dir, 'clean.Dockerfile'), 'FROM alpine:3.20@sha256:' + 'a'.repeat(64) + '\nUSER nobody\n');
  // over --max-file-size below: reported on stderr, no result, exit 2
  writeFileSync(path.join(dir, 'too-big.Dockerfile'), `FROM alpine:3.20\n${'# padding\n'.repeat(300)}`);
  writeFileSync(path.join(dir, 'z.Dockerfile'), 'FROM alpine:3.20\nMAINTAINER you\nADD http://example.com/x.tgz /x.tgz\n');
  return dir;
}

async function run(dir: string, args: string[]) {
  const io = memoryIo(dir, { DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0' });
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe.each(['json', 'stylish', 'compact', 'gnu', 'codacy', 'github'])('lint --format %s', (format) => {
  test.each([[[]], [['--quiet']]])('on stdout, streamed, equals the report written whole to -o (extra flags %j)', async (extra: string[]) => {
    const dir = project();
    const args = [...FILES, '--max-file-size', '2KB', '--jobs', '1', '-f', format, ...extra];
    const streamed = await run(dir, args);
    const whole = await run(dir, [...args, '-o', 'report.txt']);

    expect(streamed.code).toBe(2);
    expect(whole.code).toBe(2);
    expect(streamed.stderr).toMatch(/too-big\.Dockerfile: is \d\.\d KiB, over the 2\.0 KiB limit/);
    expect(streamed.stderr).toBe(whole.stderr);
    expect(whole.stdout).toBe('');
    // a human report of nothing (--quiet, no errors) is not written at all, to a file or to stdout
    const report = path.join(dir, 'report.txt');
    expect(streamed.stdout).toBe(existsSync(report) ? readFileSync(report, 'utf8') : '');
  });
});

test('lint --format json: the streamed array parses, in the files\' order, the failing file left out', async () => {
  const dir = project();
  const { stdout } = await run(dir, [...FILES, '--max-file-size', '2KB', '-f', 'json']);
  const results = JSON.parse(stdout) as Array<{ file: string; findings: unknown[] }>;
  expect(results.map((result) => result.file)).toEqual(['a.Dockerfile', 'clean.Dockerfile', 'z.Dockerfile']);
  expect(results[0].findings.length).toBeGreaterThan(0);
});

test('lint --format json with no file linted prints an empty array, as the whole report does', async () => {
  const dir = project();
  const streamed = await run(dir, ['too-big.Dockerfile', '--max-file-size', '2KB', '-f', 'json']);
  expect(streamed).toMatchObject({ code: 2, stdout: '[]\n' });
});

describe('layers', () => {
  const layersFiles = ['a.Dockerfile', 'no-from.Dockerfile', 'z.Dockerfile'];
  function layersProject(): string {
    const dir = project();
    writeFileSync(path.join(dir, 'no-from.Dockerfile'), '# nothing to build\n');
    return dir;
  }

  test('--format json over several files is the array of each file\'s own report, the failing one left out', async () => {
    const dir = layersProject();
    const streamed = await run(dir, ['layers', '--format', 'json', ...layersFiles]);
    const alone = await Promise.all(['a.Dockerfile', 'z.Dockerfile'].map((file) => run(dir, ['layers', '--format', 'json', file])));
    expect(streamed.code).toBe(2);
    expect(streamed.stderr).toMatch(/no-from\.Dockerfile: no FROM instruction/);
    expect(streamed.stdout).toBe(`[${alone.map((one) => one.stdout.trimEnd()).join(',\n')}]\n`);
    expect(JSON.parse(streamed.stdout)).toHaveLength(2);
  });

  test('the table over several files is each file\'s table, a line apart', async () => {
    const dir = layersProject();
    const streamed = await run(dir, ['layers', ...layersFiles]);
    const alone = await Promise.all(['a.Dockerfile', 'z.Dockerfile'].map((file) => run(dir, ['layers', file])));
    expect(streamed.code).toBe(2);
    expect(alone[0].stdout).toContain('a.Dockerfile');
    expect(streamed.stdout).toBe(alone.map((one) => one.stdout).join('\n'));
  });
});
