import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, tempDir } from './run-cli';

const BIN = path.join(REPO_ROOT, 'packages/cli/bin/dflint.js');

/** Runs the CLI with stdout on a pipe that this side closes after the first chunk, as `| head -c 1` does. */
function runClosingStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that closes stdout early (dflint … | head)', () => {
  let project: string;
  let files: string[];

  beforeAll(() => {
    project = tempDir();
    // enough report for several pipe buffers: the CLI is still writing when the pipe closes
    const text = `FROM debian:bookworm\n${'RUN apt-get update\nRUN apt-get install curl\n'.repeat(40)}`;
    files = Array.from({ length: 60 }, (_, i) => {
      writeFileSync(path.join(project, `${i}.Dockerfile`), text);
      return `${i}.Dockerfile`;
    });
  });

  test.each([
    ['a lint', (names: string[]) => ['--format', 'json', ...names]],
    ['dflint layers', (names: string[]) => ['layers', '--format', 'json', ...names]],
  ])('%s stops with one line and exit 2, not a stack trace', async (_label, args) => {
    const { code, stderr } = await runClosingStdout(args(files), project);
    expect(stderr).not.toMatch(/\n\s+at |EPIPE|Unhandled/);
    expect(stderr).toContain('dflint: stopped: the program reading the report closed its end of the pipe\n');
    expect(code).toBe(2);
  });
});
