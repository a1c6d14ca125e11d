// Issue 13 item 5: an internal error while analysing one file (here a real stack overflow,
// injected) costs that file its results, never the other files of the run.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/main';
import { memoryIo } from './memory-io';
import { tempDir } from './run-cli';

const KILLER = '# dflint-test: overflow the stack here';
const FORMAT_KILLER = '# dflint-test: overflow the stack when formatting this file';

jest.mock('@dflint/core', () => {
  const actual = jest.requireActual('@dflint/core');
  const overflow = (depth: number): number => overflow(depth + 1) + 1;
  const explode = (text: string) => {
    if (text.includes(KILLER)) overflow(0);
  };
  return {
    ...actual,
    analyzeDockerfile: (input: { text?: string }) => {
      explode(input.text ?? '');
      return actual.analyzeDockerfile(input);
    },
    formatReport: (format: string, report: { results: Array<{ text?: string }> }, options: unknown) => {
      if (report.results.some((result) => result.text?.includes(FORMAT_KILLER))) overflow(0);
      return actual.formatReport(format, report, options);
    },
    // the report streamed to stdout formats json and stylish a file at a time, through these
    formatJsonItem: (result: { text?: string }) => {
      if (result.text?.includes(FORMAT_KILLER)) overflow(0);
      return actual.formatJsonItem(result);
    },
    StylishWriter: class extends actual.StylishWriter {
      file(result: { text?: string }) {
        if (result.text?.includes(FORMAT_KILLER)) overflow(0);
        return super.file(result);
      }
    },
    fixText: (text: string, ...rest: unknown[]) => {
      explode(text);
      return actual.fixText(text, ...rest);
    },
  };
});

function project(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.Dockerfile'), 'FROM alpine:3.20\nMAINTAINER me\n');
  writeFileSync(path.join(dir, 'killer.Dockerfile'), `${KILLER}\nFROM alpine:3.20\nMAINTAINER me\n`);
  writeFileSync(path.join(dir, 'z.Dockerfile'), 'FROM alpine:3.20\nMAINTAINER you\n');
  return dir;
}

interface JsonResult {
  file: string;
  findings: Array<{ rule: string; message: string }>;
}

test('lint: the killer file gets one internal-error finding, the files around it their own results', async () => {
  const dir = project();
  const io = memoryIo(dir);
  const code = await main(['a.Dockerfile', 'killer.Dockerfile', 'z.Dockerfile', '-f', 'json'], io);
  const results = JSON.parse(io.stdout) as JsonResult[];
  expect(results.map((r) => [r.file, r.findings.map((f) => f.rule)])).toEqual([
    ['a.Dockerfile', ['maintainer-deprecated']],
    ['killer.Dockerfile', ['internal-error']],
    ['z.Dockerfile', ['maintainer-deprecated']],
  ]);
  expect(results[1].findings[0].message).toMatch(/^dflint failed on this file \(a dflint bug; please report it\): Maximum call stack/);
  expect(io.stderr).toBe('');
  expect(code).toBe(1);
});

test('--fix: the files around the killer are fixed and written; the killer is left as it was', async () => {
  const dir = project();
  const io = memoryIo(dir);
  await main(['--fix', 'a.Dockerfile', 'killer.Dockerfile', 'z.Dockerfile'], io);
  expect(readFileSync(path.join(dir, 'a.Dockerfile'), 'utf8')).toContain('LABEL org.opencontainers.image.authors="me"');
  expect(readFileSync(path.join(dir, 'z.Dockerfile'), 'utf8')).toContain('LABEL org.opencontainers.image.authors="you"');
  expect(readFileSync(path.join(dir, 'killer.Dockerfile'), 'utf8')).toBe(`${KILLER}\nFROM alpine:3.20\nMAINTAINER me\n`);
  expect(io.stdout).toMatch(/killer\.Dockerfile\n.*dflint failed on this file.*internal-error/);
});

test('layers: one line naming the file, exit 2, no stack trace', async () => {
  const dir = project();
  const io = memoryIo(dir);
  expect(await main(['layers', 'killer.Dockerfile'], io)).toBe(2);
  expect(io.stderr).toMatch(/^dflint: killer\.Dockerfile: internal error \(a dflint bug; please report it\): Maximum call stack size exceeded\n$/);
});

test('--fix of stdin: one line naming the input, exit 2', async () => {
  const dir = project();
  const io = memoryIo(dir);
  io.stdin = Readable.from([`${KILLER}\nFROM alpine:3.20\n`]);
  expect(await main(['--fix', '-', '--stdin-filename', 'piped'], io)).toBe(2);
  expect(io.stderr).toMatch(/^dflint: piped: internal error \(a dflint bug; please report it\): Maximum call stack/);
});

function withFormatKiller(): string {
  const dir = project();
  writeFileSync(path.join(dir, 'format-killer.Dockerfile'), `${FORMAT_KILLER}\nFROM alpine:3.20\n`);
  return dir;
}

test('json: a file whose results cannot be formatted is reported as its internal error, the others as usual', async () => {
  const io = memoryIo(withFormatKiller());
  await main(['a.Dockerfile', 'format-killer.Dockerfile', '-f', 'json'], io);
  const results = JSON.parse(io.stdout) as JsonResult[];
  expect(results.map((r) => [r.file, r.findings.map((f) => f.rule)])).toEqual([
    ['a.Dockerfile', ['maintainer-deprecated']],
    ['format-killer.Dockerfile', ['internal-error']],
  ]);
});

test('stylish: the same, in the human report', async () => {
  const io = memoryIo(withFormatKiller());
  await main(['a.Dockerfile', 'format-killer.Dockerfile'], io);
  expect(io.stdout).toMatch(/a\.Dockerfile\n.*maintainer-deprecated[\s\S]*format-killer\.Dockerfile\n.*Maximum call stack size exceeded/);
});
