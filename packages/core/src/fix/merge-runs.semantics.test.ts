// Does merging RUNs keep what they do? Each original RUN runs as its own `/bin/sh -c <argsText>`
// in a fresh shell (stopping at the first failure, as a build does); the merged RUN runs once.
// Stub commands log their name, directory, $FOO, $BAR and arguments; both runs must agree on
// success, on that log and on the files left in the work tree.
import { spawn, spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseDocument } from '../parse/document';
import { initShellParser } from '../parse/shell';
import { applyOffsetEdits, toOffsetEdits } from './edits';
import { mergeRunsEdit } from './merge-runs';
import { ok, type FixOutcome } from './outcome';
import { seededRandom } from '../../test/support/seeded-random';
import { SequenceGenerator } from './test-sequences';

const SH = '/bin/sh';
const hasSh = existsSync(SH);
if (!hasSh) console.warn(`merge-runs.semantics.test: ${SH} is absent, so the RUN-merge semantics tests are SKIPPED`);
const shTest = hasSh ? test : test.skip;

const SEED = Number(process.env.DFLINT_MERGE_SEED ?? 20250101);
const CASES = Number(process.env.DFLINT_MERGE_CASES ?? 500);
/** Refusals the generated sequences call for: a `#` comment in a script, a lint directive between RUNs. */
const DOCUMENTED_REFUSAL = /the script has a # comment|is a lint directive comment/;
/** A refusal because errexit is on before the last RUN: safe, as an `&&` chain turns errexit off. */
const ERREXIT_REFUSAL = /errexit|set -e/;

interface Outcome {
  ok: boolean;
  log: string;
  files: string[];
}

/** Stubs on PATH and a work tree that is rebuilt, same path and layout, before every execution. */
class Sandbox {
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

interface Merged {
  /** the RUNs' shell (SHELL instruction), the same for all of them */
  shell: string[];
  originals: string[];
  merged: string;
  /** the merged Dockerfile */
  text: string;
  keywords: string[];
}

/** Merges every RUN of the Dockerfile; the scripts are the argsText Docker hands to `sh -c`. */
async function mergeAll(dockerfile: string): Promise<FixOutcome<Merged>> {
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
  });
}

/** What differs between running the RUNs apart and merged, or undefined. */
function difference(original: Outcome, merged: Outcome): string | undefined {
  const lines: string[] = [];
  if (original.ok !== merged.ok) lines.push(`success: original ${original.ok}, merged ${merged.ok}`);
  if (original.log !== merged.log) lines.push(`log (original):\n${indent(original.log)}\nlog (merged):\n${indent(merged.log)}`);
  const files = (outcome: Outcome) => outcome.files.join(' ');
  if (files(original) !== files(merged)) lines.push(`files: original [${files(original)}], merged [${files(merged)}]`);
  return lines.length ? lines.join('\n') : undefined;
}

function indent(text: string): string {
  return text === '' ? '    (empty)' : text.trimEnd().replace(/^/gm, '    ');
}

function report(dockerfile: string, merge: Merged, diff: string): string {
  return [
    `Dockerfile:\n${indent(dockerfile)}`,
    `original scripts:\n${merge.originals.map((script) => `    ${merge.shell.join(' ')} ${JSON.stringify(script)}`).join('\n')}`,
    `merged script:\n    ${merge.shell.join(' ')} ${JSON.stringify(merge.merged)}`,
    diff,
  ].join('\n');
}

let sandbox: Sandbox;

beforeAll(async () => {
  await initShellParser();
  if (hasSh) sandbox = new Sandbox();
});

afterAll(() => sandbox?.dispose());

/**
 * Merges, runs both ways and expects the same behaviour; returns the merge for further checks, or
 * undefined when the merge refused for a reason `mayRefuse` accepts (refusing is always safe).
 */
async function expectSameBehaviour(dockerfile: string, mayRefuse?: RegExp): Promise<(Merged & { outcome: Outcome }) | undefined> {
  const outcome = await mergeAll(dockerfile);
  if (!outcome.ok) {
    if (mayRefuse?.test(outcome.reason)) return undefined;
    throw new Error(`the merge refused: ${outcome.reason}\n${dockerfile}`);
  }
  const merge = outcome.value;
  const original = await sandbox.run(merge.originals, merge.shell);
  const diff = difference(original, await sandbox.run([merge.merged], merge.shell));
  if (diff) throw new Error(report(dockerfile, merge, diff));
  return { ...merge, outcome: original };
}

/** As expectSameBehaviour, for Dockerfiles the merge must not refuse. */
async function expectMergedSame(dockerfile: string): Promise<Merged & { outcome: Outcome }> {
  return (await expectSameBehaviour(dockerfile))!;
}

describe('the harness', () => {
  shTest('tells a shell that kept its state from fresh shells', async () => {
    const apart = await sandbox.run(['cd d1', 'export FOO=x', 'ok1']);
    const together = await sandbox.run(['cd d1; export FOO=x; ok1']);
    expect(apart.log).toBe(`ok1 ${sandbox.workdir} FOO=env0 BAR=unset args=\n`);
    expect(difference(apart, together)).toContain('log');
  });

  shTest('stops at the first failing RUN and sees files, background jobs included', async () => {
    const outcome = await sandbox.run(['mk f1; ok1; mk b1 &', 'fail1', 'ok2']);
    expect(outcome.ok).toBe(false);
    expect(outcome.log).toMatch(/^ok1 .*\nfail1 .*\n$/);
    expect(outcome.files).toEqual(expect.arrayContaining(['w/f1', 'w/b1']));
  });
});

describe('merged RUNs behave like separate RUNs', () => {
  // [name, the RUNs after FROM, a refusal that is acceptable too]
  const cases: [string, string, RegExp?][] = [
    ['cd, then a command that logs its directory', 'RUN cd d1\nRUN ok1\n'],
    ['cd to an absolute directory', 'RUN cd "$HOME"\nRUN ok1\n'],
    ['set -e, then a failure that is not the last command', 'RUN set -e\nRUN false; ok1\n', ERREXIT_REFUSAL],
    ['exit 0, then a command', 'RUN exit 0\nRUN ok1\n'],
    ['exit 3 stops the build', 'RUN exit 3\nRUN ok1\n'],
    ['|| lists on both sides', 'RUN ok1 || fail1\nRUN fail1 || ok2\n'],
    ['a failure before ; in the first RUN', 'RUN fail1; ok1\nRUN ok2\n'],
    ['a failure before ; in the last RUN', 'RUN ok1\nRUN fail1; ok2\n'],
    ['a failure before ; in the middle RUN', 'RUN ok1\nRUN fail1; ok2\nRUN ok3\n'],
    ['export, then a command that logs $FOO', 'RUN export FOO=1\nRUN ok1\n'],
    ['a bare assignment', 'RUN FOO=1\nRUN ok1\n'],
    ['an assignment prefix', 'RUN FOO=1 ok1\nRUN ok2\n'],
    ['unset', 'RUN unset FOO\nRUN ok1\n'],
    ['a trailing ; on the first RUN', 'RUN ok1;\nRUN ok2\n'],
    ['a trailing ; and blanks on every RUN', 'RUN ok1 ;  \nRUN ok2;\nRUN ok3 ; \n'],
    // the two sides of a pipe run at once: only one of them logs
    ['a pipe whose first command fails', 'RUN false | ok1\nRUN ok2\n'],
    ['a pipe whose last command fails', 'RUN true | fail1\nRUN ok2\n'],
    ['a negated failure', 'RUN ! fail1\nRUN ok1\n'],
    ['an if with else', 'RUN if fail1; then ok1; else ok2; fi\nRUN ok3\n'],
    ['a group with cd in the middle', 'RUN ok1\nRUN { cd d1; ok2; }\nRUN ok3\n'],
    ['a subshell with cd', 'RUN ( cd d1; ok1 )\nRUN ok2\n'],
    ['continuation lines', 'RUN ok1 && \\\n    cd d1 && \\\n    ok2\nRUN ok3\n'],
    ['a comment line between RUNs', 'RUN cd d1\n# then log\nRUN ok1\n'],
    ['a comment line inside a continuation', 'RUN ok1 && \\\n# inner\n    ok2\nRUN ok3\n'],
    ['a background job that is waited for', 'RUN mk b1 & wait\nRUN ok1\n'],
    ['a background job in the first RUN', 'RUN mk b1 &\nRUN ok1\n'],
    // found by the random sequences below
    ['set -e in a RUN that is not the last', 'RUN set -e; fail1; ok1\nRUN ok2\n', ERREXIT_REFUSAL],
    ['set -e inside a subshell of a RUN that is not the last', 'RUN ( set -e; fail1; ok1 )\nRUN ok2\n', ERREXIT_REFUSAL],
    ['a shell with -e, and a failure in the first RUN', 'SHELL ["/bin/sh", "-ec"]\nRUN fail1; ok1\nRUN ok2\n', ERREXIT_REFUSAL],
    ['a shell with -e, and a failure in a middle RUN', 'SHELL ["/bin/sh", "-ec"]\nRUN ok1\nRUN fail1; ok2\nRUN ok3\n', ERREXIT_REFUSAL],
    ['a shell with -e, and a failure inside an if', 'SHELL ["/bin/sh", "-ec"]\nRUN if ok1; then fail1; ok2; fi\nRUN ok3\n', ERREXIT_REFUSAL],
    ['an assignment before the special builtin :', 'RUN FOO=q :\nRUN ok1\n'],
    ['an assignment by ${BAR:=w} expansion', 'RUN : "${BAR:=w}"\nRUN ok1 "$BAR"\n'],
    ['an assignment by arithmetic expansion', 'RUN : $((BAR=5))\nRUN ok1 "$BAR"\n'],
    ['a background job in the last RUN', 'RUN ok1\nRUN mk b1 &\n'],
    ['an || list whose last command has a redirect', 'RUN fail1\nRUN ok1 || ok2 > o2\n'],
    ['a backslash before a trailing ; in a file with escape=`', '# escape=`\nFROM busybox\nRUN ok1 a\\;\nRUN ok2\n', /backslash|escape/],
  ];
  for (const [name, runs, mayRefuse] of cases) {
    shTest(name, async () => {
      await expectSameBehaviour(runs.startsWith('#') ? runs : `FROM busybox\n${runs}`, mayRefuse);
    });
  }

  shTest('the harness sees what cd and export do (the cases above are not vacuous)', async () => {
    const cd = await expectMergedSame('FROM busybox\nRUN cd d1\nRUN ok1\n');
    expect(cd.outcome.log).toBe(`ok1 ${sandbox.workdir} FOO=env0 BAR=unset args=\n`);
    const exported = await expectMergedSame('FROM busybox\nRUN export FOO=1\nRUN ok1 a\n');
    expect(exported.outcome.log).toBe(`ok1 ${sandbox.workdir} FOO=env0 BAR=unset args=a\n`);
    const stopped = await expectMergedSame('FROM busybox\nRUN ok1\nRUN fail1; ok2\nRUN fail2\nRUN ok3\n');
    expect(stopped.outcome).toMatchObject({ ok: false, log: expect.stringMatching(/^ok1 .*\nfail1 .*\nok2 .*\nfail2 .*\n$/) });
  });

  shTest('a LABEL between RUNs moves after the merged RUN', async () => {
    const merge = await expectMergedSame('FROM busybox\nRUN cd d1\nLABEL a=b\nRUN ok1\nEXPOSE 80\nRUN ok2\n');
    expect(merge.keywords).toEqual(['FROM', 'RUN', 'LABEL', 'EXPOSE']);
    expect(merge.text).toMatch(/\nLABEL a=b\nEXPOSE 80\n$/);
  });

  shTest('a file with escape=` continues lines with a backtick', async () => {
    const merge = await expectMergedSame("# escape=`\nFROM busybox\nRUN cd d1 && `\n    ok1\nRUN ok2 'a\\b'\nRUN ok3\n");
    expect(merge.text).toContain('&& `\n');
    expect(merge.text).not.toContain('&& \\\n');
    expect(merge.outcome.log).toContain('args=a\\b');
  });
});

/** How many sequences run at once, each in its own sandbox (the shells dominate the time). */
const PARALLEL = 3;

shTest(`random sequences of RUNs keep their behaviour when merged (seed ${SEED}, ${CASES} sequences)`, async () => {
  const pipefail = spawnSync(SH, ['-c', 'set -o pipefail']).status === 0;
  const generator = new SequenceGenerator(seededRandom(SEED), { pipefail });
  const sequences = Array.from({ length: CASES }, () => generator.sequence());
  const refusals = new Map<string, number>();
  const wrongRefusals: string[] = [];
  const mismatches: { dockerfile: string; text: string }[] = [];
  let merged = 0;
  let failing = 0;

  const check = async (index: number, box: Sandbox) => {
    const { dockerfile, expectRefusal, errexitBeforeLast } = sequences[index];
    const outcome = await mergeAll(dockerfile);
    if (!outcome.ok) {
      const reason = outcome.reason.replace(/^line \d+:? /, '');
      refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
      const expected = (expectRefusal && DOCUMENTED_REFUSAL.test(outcome.reason)) || (errexitBeforeLast && ERREXIT_REFUSAL.test(outcome.reason));
      if (!expected) wrongRefusals.push(`#${index} refused (${outcome.reason}):\n${indent(dockerfile)}`);
      return;
    }
    const merge = outcome.value;
    if (expectRefusal) wrongRefusals.push(`#${index} merged although it should refuse:\n${indent(dockerfile)}`);
    merged++;
    const original = await box.run(merge.originals, merge.shell);
    if (!original.ok) failing++;
    const diff = difference(original, await box.run([merge.merged], merge.shell));
    if (diff) mismatches.push({ dockerfile, text: `#${index}\n${report(dockerfile, merge, diff)}` });
  };
  const boxes = [sandbox, ...Array.from({ length: PARALLEL - 1 }, () => new Sandbox())];
  let next = 0;
  try {
    await Promise.all(
      boxes.map(async (box) => {
        while (next < CASES) await check(next++, box);
      }),
    );
  } finally {
    for (const box of boxes.slice(1)) box.dispose();
  }

  const refused = CASES - merged;
  console.log(
    `RUN-merge semantics: seed ${SEED}, ${CASES} sequences (set -o pipefail ${pipefail ? 'used' : 'unsupported by /bin/sh, left out'}): ` +
      `${merged} merged (${failing} of them failing builds), ${refused} refused; ` +
      `${sequences.filter((sequence) => sequence.expectRefusal).length} call for a refusal, ` +
      `${sequences.filter((sequence) => sequence.errexitBeforeLast).length} set errexit before the last RUN` +
      [...refusals].map(([reason, count]) => `\n  refused ${count}x: ${reason}`).join('') +
      `\n  ${mismatches.length} merged sequences behave differently`,
  );
  expect(wrongRefusals.slice(0, 5)).toEqual([]);
  // the generator asks for a refusal in about 1 sequence in 12, and sets errexit before the last RUN in about 1 in 4
  expect(refused / CASES).toBeLessThan(0.4);
  expect(merged).toBeGreaterThan(CASES / 2);
  if (mismatches.length > 0) {
    // the shortest are the easiest to read
    const shortest = [...mismatches].sort((a, b) => a.dockerfile.length - b.dockerfile.length).slice(0, 6);
    throw new Error(
      `${mismatches.length} of ${merged} merged sequences behave differently (seed ${SEED}); the shortest:\n\n` +
        shortest.map((mismatch) => mismatch.text).join('\n\n'),
    );
  }
}, 180_000);
