// The harness of the RUN-merge semantics tests (merge-runs.semantics.test.ts and
// merge-runs.random.test.ts): a sandbox that runs scripts with stub commands, and the merge of
// every RUN in a Dockerfile, so both runs can be compared.
import { spawn } from 'child_process';
import { announceSkip } from '../test-shared';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseDocument } from '../parse/document';
import { applyOffsetEdits, toOffsetEdits } from './edits';
import { mergeRunsEdit } from './merge-runs';
import { ok, type FixOutcome } from './outcome';

export const SH = '/bin/sh';
export const hasSh = existsSync(SH);
if (!hasSh) announceSkip(`merge-runs.semantics.test: ${SH} is absent, so the RUN-merge semantics tests are SKIPPED`);
export const shTest = hasSh ? test : test.skip;

/** A refusal because errexit is on before the last RUN: safe, as an `&&` chain turns errexit off. */
export const ERREXIT_REFUSAL = /errexit|set -e/;

export interface Outcome {
  ok: boolean;
  log: string;
  files: string[];
}

/** Stubs on PATH and a work tree that is rebuilt, same path and layout, before every execution. */
export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'dflint-merge-'));
  private readonly bin = join(this.root, 'bin');
  private readonly tree = join(this.root, 'tree');
  private readonly log = join(this.tree, 'log');
  readonly workdir = join(this.tree, 'w');
  readonly absoluteDir = join(this.tree, 'x');

  constructor() {
    mkdirSync(this.bin);
    const logLine = `printf '%s %s FOO=%s BAR=%s args=%s\\n' "\${0##*/}" "$PWD" "\${FOO-unset}" "\${BAR-unset}" "$*" >> "$LOG"`;
    for (let n = 1; n <= 4; n++) this.stub(`ok${n}`, `${logLine}\nexit 0`);
    for (let n = 1; n <= 2; n++) this.stub(`fail${n}`, `${logLine}\nexit 1`);
    this.stub('mk', ': > "$1"');
  }

  /** Runs the scripts one after another, each in a fresh `shell`, until one fails. */
  async run(scripts: readonly string[], shell: readonly string[] = [SH, '-c']): Promise<Outcome> {
    rmSync(this.tree, { recursive: true, force: true });
    for (const dir of ['w/d1/d2', 'w/d2', 'x']) mkdirSync(join(this.tree, dir), { recursive: true });
    writeFileSync(this.log, '');
    let ok = true;
    for (const script of scripts) {
      if ((await this.sh(shell, script)) !== 0) {
        ok = false;
        break;
      }
    }
    return { ok, log: readFileSync(this.log, 'utf8'), files: this.files(this.tree, '') };
  }

  /**
   * The exit status of `sh -c script`. It resolves when the output pipes close, so background
   * jobs have finished too.
   */
  private sh([command, ...args]: readonly string[], script: string): Promise<number | null> {
    const env = { PATH: `${this.bin}:/usr/bin:/bin`, LOG: this.log, HOME: this.absoluteDir, FOO: 'env0' };
    return new Promise((resolve, reject) => {
      const child = spawn(command, [...args, script], { cwd: this.workdir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.resume();
      child.stderr.resume();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.on('error', reject);
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private stub(name: string, body: string): void {
    const path = join(this.bin, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
  }

  private files(dir: string, prefix: string): string[] {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => prefix !== '' || entry.name !== 'log')
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) =>
        entry.isDirectory()
          ? [`${prefix}${entry.name}/`, ...this.files(join(dir, entry.name), `${prefix}${entry.name}/`)]
          : [`${prefix}${entry.name}`],
      );
  }
}

export interface Merged {
  /** the RUNs' shell (SHELL instruction), the same for all of them */
  shell: string[];
  originals: string[];
  merged: string;
  /** the merged Dockerfile */
  text: string;
  keywords: string[];
  /** comment lines of the Dockerfile (trimmed) the merged text no longer has */
  lostComments: string[];
}

/** Merges every RUN of the Dockerfile; the scripts are the argsText Docker hands to `sh -c`. */
export async function mergeAll(dockerfile: string): Promise<FixOutcome<Merged>> {
  const document = await parseDocument(dockerfile);
  const runs = document.instructions.filter((instruction) => instruction.keyword === 'RUN');
  const edit = mergeRunsEdit(document, runs);
  if (!edit.ok) return edit;
  const text = applyOffsetEdits(document.text, toOffsetEdits(document.lines, [edit.value]), document.eol);
  const after = await parseDocument(text);
  const mergedRuns = after.instructions.filter((instruction) => instruction.keyword === 'RUN');
  if (mergedRuns.length !== 1) throw new Error(`expected one RUN after the merge, got ${mergedRuns.length}:\n${text}`);
  const shell = runs[0].shell?.argv ?? [SH, '-c'];
  if (runs.some((run) => run.shell?.argv.join(' ') !== shell.join(' '))) throw new Error('the RUNs run under different shells');
  return ok({
    shell,
    originals: runs.map((run) => run.argsText),
    merged: mergedRuns[0].argsText,
    text,
    keywords: after.instructions.map((instruction) => instruction.keyword),
    lostComments: lostComments(dockerfile, text),
  });
}

/** The comment lines of `before` (trimmed, each as often as it occurs) that `after` lacks. */
export function lostComments(before: string, after: string): string[] {
  const commentLines = (text: string) => text.split(/\r\n?|\n/).map((line) => line.trim()).filter((line) => line.startsWith('#'));
  const left = commentLines(after);
  return commentLines(before).filter((comment) => {
    const at = left.indexOf(comment);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
}

/** What differs between running the RUNs apart and merged, or undefined. */
export function difference(original: Outcome, merged: Outcome): string | undefined {
  const lines: string[] = [];
  if (original.ok !== merged.ok) lines.push(`success: original ${original.ok}, merged ${merged.ok}`);
  if (original.log !== merged.log) lines.push(`log (original):\n${indent(original.log)}\nlog (merged):\n${indent(merged.log)}`);
  const files = (outcome: Outcome) => outcome.files.join(' ');
  if (files(original) !== files(merged)) lines.push(`files: original [${files(original)}], merged [${files(merged)}]`);
  return lines.length ? lines.join('\n') : undefined;
}

export function indent(text: string): string {
  return text === '' ? '    (empty)' : text.trimEnd().replace(/^/gm, '    ');
}

export function report(dockerfile: string, merge: Merged, diff: string): string {
  return [
    `Dockerfile:\n${indent(dockerfile)}`,
    `original scripts:\n${merge.originals.map((script) => `    ${merge.shell.join(' ')} ${JSON.stringify(script)}`).join('\n')}`,
    `merged script:\n    ${merge.shell.join(' ')} ${JSON.stringify(merge.merged)}`,
    diff,
  ].join('\n');
}
