import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Dialect } from './jobs';

/** One ShellCheck comment, positions 1-based over the script it was given (json1: tabs count 1, columns in code points). */
export interface ShellcheckComment {
  code: number;
  level: 'error' | 'warning' | 'info' | 'style';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A script to check and its dialect. */
export interface Script {
  dialect: Dialect;
  text: string;
}

/** What a ShellCheck run gives: the comments of each script in order, or why there are none. */
export type CheckOutcome = { comments: ShellcheckComment[][] } | { problem: string };

/**
 * Left out as hadolint leaves them out: ash is read as sh (SC2187), and `source`d files cannot be
 * followed (SC1090, SC1091) since a Dockerfile cannot carry `# shellcheck source=` directives.
 */
const EXCLUDED = 'SC2187,SC1090,SC1091';
/** scripts per invocation: the command line stays short and a long batch still splits across cores */
export const SCRIPTS_PER_CALL = 60;

/**
 * The shellcheck binary: `DFLINT_SHELLCHECK` when it names a file, none when it is `0`/`off`/`false`,
 * else `shellcheck` on PATH. Undefined when there is none, with the reason.
 */
export type FoundShellcheck = { binary: string } | { missing: string; switchedOff?: true };

export function findShellcheck(env: NodeJS.ProcessEnv = process.env): FoundShellcheck {
  const setting = env.DFLINT_SHELLCHECK?.trim();
  if (setting && /^(0|off|false|no)$/i.test(setting)) return { missing: 'switched off by DFLINT_SHELLCHECK', switchedOff: true };
  if (setting && !/^(1|on|true|yes)$/i.test(setting)) {
    return executable(setting) ? { binary: setting } : { missing: `DFLINT_SHELLCHECK=${setting} is not an executable file` };
  }
  const names = process.platform === 'win32' ? ['shellcheck.exe', 'shellcheck'] : ['shellcheck'];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (executable(candidate)) return { binary: candidate };
    }
  }
  return { missing: 'no `shellcheck` on PATH' };
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Checks the scripts with one call per dialect, waiting for them (a document's few scripts: tests, one file, a cache miss). */
export function checkScriptsSync(binary: string, scripts: readonly Script[]): CheckOutcome {
  return withFiles(scripts, (files, byDialect) => {
    const comments: ShellcheckComment[][] = scripts.map(() => []);
    for (const [dialect, indexes] of byDialect) {
      const result = spawnSync(binary, argsFor(dialect, indexes.map((i) => files[i])), { encoding: 'utf8', maxBuffer: 1 << 28 });
      const problem = problemOf(result.error, result.status, result.stderr);
      if (problem) return { problem };
      const read = readJson1(result.stdout, files);
      if ('problem' in read) return read;
      for (const i of indexes) comments[i] = read.byFile.get(files[i]) ?? [];
    }
    return { comments };
  });
}

/** The same without blocking: one process per dialect present, run in parallel. */
export async function checkScripts(binary: string, scripts: readonly Script[]): Promise<CheckOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dflint-shellcheck-'));
  try {
    const files = writeScripts(dir, scripts);
    const comments: ShellcheckComment[][] = scripts.map(() => []);
    const groups = [...groupByDialect(scripts)];
    const outcomes = await Promise.all(groups.map(([dialect, indexes]) => runAsync(binary, argsFor(dialect, indexes.map((i) => files[i])))));
    for (const [g, [, indexes]] of groups.entries()) {
      const outcome = outcomes[g];
      if ('problem' in outcome) return outcome;
      const read = readJson1(outcome.stdout, files);
      if ('problem' in read) return read;
      for (const i of indexes) comments[i] = read.byFile.get(files[i]) ?? [];
    }
    return { comments };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runAsync(binary: string, args: string[]): Promise<{ stdout: string } | { problem: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => resolve({ problem: `shellcheck could not run: ${error.message}` }));
    child.on('close', (status) => {
      const problem = problemOf(undefined, status, Buffer.concat(stderr).toString('utf8'));
      resolve(problem ? { problem } : { stdout: Buffer.concat(stdout).toString('utf8') });
    });
  });
}

function withFiles<T>(scripts: readonly Script[], use: (files: string[], byDialect: Map<Dialect, number[]>) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'dflint-shellcheck-'));
  try {
    return use(writeScripts(dir, scripts), groupByDialect(scripts));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeScripts(dir: string, scripts: readonly Script[]): string[] {
  return scripts.map((script, index) => {
    const file = path.join(dir, `${index}.sh`);
    writeFileSync(file, script.text);
    return file;
  });
}

function groupByDialect(scripts: readonly Script[]): Map<Dialect, number[]> {
  const groups = new Map<Dialect, number[]>();
  scripts.forEach((script, index) => {
    const group = groups.get(script.dialect);
    if (group) group.push(index);
    else groups.set(script.dialect, [index]);
  });
  return groups;
}

function argsFor(dialect: Dialect, files: string[]): string[] {
  return ['--format=json1', '--norc', `--shell=${dialect}`, `--exclude=${EXCLUDED}`, ...files];
}

/** ShellCheck exits 0 (clean) or 1 (comments); 2 and up, a signal or a spawn error are failures. */
function problemOf(error: Error | undefined, status: number | null, stderr: string): string | undefined {
  if (error) return `shellcheck could not run: ${error.message}`;
  if (status === 0 || status === 1) return undefined;
  const said = stderr.trim().split('\n')[0];
  return `shellcheck failed (${status === null ? 'killed' : `exit ${status}`})${said ? `: ${said}` : ''}`;
}

function readJson1(stdout: string, files: readonly string[]): { byFile: Map<string, ShellcheckComment[]> } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { problem: 'shellcheck printed no JSON (is it ShellCheck 0.7 or later?)' };
  }
  const byFile = new Map<string, ShellcheckComment[]>(files.map((file) => [file, []]));
  const comments = (parsed as { comments?: unknown }).comments;
  if (!Array.isArray(comments)) return { problem: 'shellcheck printed JSON without comments' };
  for (const raw of comments as (ShellcheckComment & { file: string })[]) {
    const { code, level, message, line, column, endLine, endColumn } = raw;
    byFile.get(raw.file)?.push({ code, level, message, line, column, endLine, endColumn });
  }
  return { byFile };
}
