import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from './run-cli';

// issue 14 item 2: syntax errors are reported (they printed "no problems", exit 0)

function lintFiles(files: Record<string, string>, args: string[] = []) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return runCli([...Object.keys(files), ...args], { cwd: dir });
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

/** file → its findings, from `--format json` */
function jsonFindings(stdout: string): Record<string, JsonFinding[]> {
  const files = JSON.parse(stdout) as Array<{ file: string; findings: JsonFinding[] }>;
  return Object.fromEntries(files.map((f) => [f.file, f.findings.map(({ rule, severity, message, line, column }) => ({ rule, severity, message, line, column }))]));
}

describe('syntax errors in the CLI', () => {
  test('each reproducer is an error at its position, exit 1 (stylish)', () => {
    const run = lintFiles({
      // pinned bases, so that only the syntax errors are found
      'runn.Dockerfile': 'FROM alpine:3.20\nRUNN apk add curl\n',
      'frm.Dockerfile': 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --frm=build /out /out\n',
      'bare-from.Dockerfile': 'FROM\n',
      'empty-run.Dockerfile': 'FROM alpine:3.20\nRUN\n',
      'no-from.Dockerfile': 'RUN apk add curl=8.12.1-r0\n',
    });
    expect(run.status).toBe(1);
    for (const line of [
      '  2:1  error  unknown instruction: RUNN (did you mean RUN?)  syntax-error',
      '  3:6  error  unknown flag for COPY: --frm (did you mean --from?)  syntax-error',
      '  1:1  error  FROM requires at least one argument  syntax-error',
      '  2:1  error  RUN requires at least one argument  syntax-error',
      '  1:1  error  there is no FROM: a build stage starts with FROM, and only ARG can come before it  syntax-error',
    ]) {
      expect(run.stdout.split('\n')).toContain(line);
    }
    expect(run.stdout).toMatch(/✖ 5 problems \(5 errors\)/);
  });

  test('a README and a shell script get one finding each saying they are not Dockerfiles', () => {
    const readme = '# myapp\n\nA tool.\n\n## Build\n\n```sh\ndocker build -t myapp .\n```\n\nThen run it.\n';
    const run = lintFiles({ 'README.md': readme, 'entrypoint.sh': '#!/bin/sh\nset -eu\napt-get update\nexec "$@"\n' }, ['--format', 'json']);
    expect(run.status).toBe(1);
    expect(jsonFindings(run.stdout)).toEqual({
      'README.md': [{ rule: 'syntax-error', severity: 'error', line: 1, column: 1, message: 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (3:1 reads "A tool.")' }],
      'entrypoint.sh': [{ rule: 'syntax-error', severity: 'error', line: 1, column: 1, message: 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (2:1 reads "set -eu")' }],
    });
  });

  test('the other findings are still made', () => {
    const run = lintFiles({ Dockerfile: 'FROM debian:bookworm\nMAINTAINER me <me@example.com>\nRUNN echo hi\nCOPY --frm=x a b\n' }, ['--format', 'json']);
    expect(run.status).toBe(1);
    const rules = jsonFindings(run.stdout).Dockerfile.map((f) => `${f.line}:${f.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['2:maintainer-deprecated', '3:syntax-error', '4:syntax-error']));
  });
});
