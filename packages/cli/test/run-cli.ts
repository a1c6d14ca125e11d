import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
export { announceSkip, SHARED } from '../../core/src/test-shared';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'packages/cli/bin/dflint.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would; `npm test` builds it first. */
export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** an open file descriptor to use as stdin instead of `input` (a device, a file) */
  stdinFd?: number;
  /** ms; a run that takes longer is killed and its status is null (so a hang fails the test) */
  timeout?: number;
  /** run as this user (only root can) */
  user?: { uid: number; gid: number };
}

export function runCli(args: string[], options: RunOptions = {}): CliRun {
  if (!existsSync(path.join(REPO_ROOT, 'packages/cli/dist/main.js'))) {
    throw new Error('the CLI is not built: run `npm run build` (npm test does it first)');
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    ...(options.stdinFd === undefined ? { input: options.input ?? '' } : { stdio: [options.stdinFd, 'pipe', 'pipe'] }),
    timeout: options.timeout,
    ...options.user,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dflint-test-'));
}
