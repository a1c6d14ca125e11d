// Helpers shared by the config*.test.ts files: a temp project, and the CLI's view of it.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from './run-cli';

/**
 * maintainer-deprecated and consecutive-run (warnings): two RUNs whose merge saves bytes (the
 * default profile reports no other merge); the delete-after-add finding on the same bytes is off
 */
export const DOCKERFILE = 'FROM alpine:3.20\nMAINTAINER me\nRUN a > /x\nRUN rm /x\n# dflint-ignore-file delete-after-add\n';

export function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Lints with --format json: the exit status and, per file, `rule: severity` of each finding. */
export function lint(dir: string, args: string[], input?: string) {
  const run = runCli([...args, '--format', 'json'], { cwd: dir, input });
  const parsed = run.stdout ? (JSON.parse(run.stdout) as { file: string; findings: { rule: string; severity: string }[] }[]) : [];
  const files: Record<string, string[]> = {};
  for (const result of parsed) files[result.file] = result.findings.map((finding) => `${finding.rule}: ${finding.severity}`);
  return { status: run.status, stderr: run.stderr, files };
}

export function printConfig(dir: string, file: string, args: string[] = []) {
  const run = runCli(['--print-config', file, ...args], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as {
    file: string;
    configFile: string | null;
    hadolintFile: string | null;
    ignored: boolean;
    context: string;
    failureThreshold: string;
    rules: Record<string, unknown>;
  };
}
