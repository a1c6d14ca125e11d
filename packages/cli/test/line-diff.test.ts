import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { seededRandom } from '../../core/test/support/seeded-random';
import { unifiedDiff } from '../src/fix-diff';
import { diffLines, splitLines } from '../src/line-diff';

const LINES = ['FROM a', 'RUN x', 'RUN y', '# c', '', 'RUN apt-get update', '  && z \\', 'ENV A=1', 'COPY . .', 'RUN x\r'];

/** A text of up to 12 lines from LINES and the same with up to 3 lines deleted, inserted or replaced. */
function randomPair(next: () => number): [string, string] {
  const pick = () => LINES[Math.floor(next() * LINES.length)];
  const before = Array.from({ length: Math.floor(next() * 12) }, pick);
  const after = [...before];
  for (let edits = Math.floor(next() * 4); edits > 0; edits--) {
    const at = Math.floor(next() * (after.length + 1));
    const kind = next();
    if (kind < 0.33) after.splice(at, 1);
    else if (kind < 0.66) after.splice(at, 0, pick());
    else after[at] = pick();
  }
  const ending = () => (next() < 0.8 ? '\n' : '');
  return [before.join('\n') + ending(), after.join('\n') + ending()];
}

describe('diffLines', () => {
  test('its runs give back both texts, on 5,000 random edits', () => {
    const next = seededRandom(18);
    for (let round = 0; round < 5000; round++) {
      const [before, after] = randomPair(next);
      const runs = diffLines(before, after);
      expect(runs.filter((run) => run.kind !== 'added').flatMap((run) => run.lines).join('')).toBe(before);
      expect(runs.filter((run) => run.kind !== 'removed').flatMap((run) => run.lines).join('')).toBe(after);
      // runs of one kind are merged, so no two neighbours share a kind
      runs.forEach((run, index) => expect(run.kind).not.toBe(runs[index - 1]?.kind));
    }
  });

  test('lines keep their endings; the last one may have none', () => {
    expect(splitLines('a\r\nb\nc')).toEqual(['a\r\n', 'b\n', 'c']);
    expect(splitLines('')).toEqual([]);
    expect(diffLines('a\nb', 'a\nb\n')).toEqual([
      { kind: 'same', lines: ['a\n'] },
      { kind: 'removed', lines: ['b'] },
      { kind: 'added', lines: ['b\n'] },
    ]);
  });

  test('a line unique in both texts anchors the diff, so the changes on each side of it stay apart', () => {
    const before = 'x\nx\nunique\nx\nx\n';
    const after = 'y\nx\nx\nunique\nx\n';
    expect(diffLines(before, after)).toEqual([
      { kind: 'added', lines: ['y\n'] },
      { kind: 'same', lines: ['x\n', 'x\n', 'unique\n', 'x\n'] },
      { kind: 'removed', lines: ['x\n'] },
    ]);
  });
});

describe('unifiedDiff hunks', () => {
  const numbered = (count: number, change: (line: number) => string | undefined = () => undefined) =>
    Array.from({ length: count }, (_, i) => change(i + 1) ?? `line ${i + 1}`).join('\n') + '\n';

  test('three lines of context; changes six same lines apart share a hunk, seven apart do not', () => {
    const six = unifiedDiff('f', numbered(20), numbered(20, (line) => (line === 5 || line === 12 ? `changed ${line}` : undefined)));
    expect(six.match(/^@@.*$/gm)).toEqual(['@@ -2,14 +2,14 @@']);
    const seven = unifiedDiff('f', numbered(20), numbered(20, (line) => (line === 5 || line === 13 ? `changed ${line}` : undefined)));
    expect(seven.match(/^@@.*$/gm)).toEqual(['@@ -2,7 +2,7 @@', '@@ -10,7 +10,7 @@']);
  });

  test('an insertion at the top names line 0 of the old file; a missing final newline is marked', () => {
    expect(unifiedDiff('f', 'a\n', 'new\na\n')).toBe('--- a/f\n+++ b/f\n@@ -1,1 +1,2 @@\n+new\n a\n');
    expect(unifiedDiff('f', '', 'a\n')).toBe('--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+a\n');
    expect(unifiedDiff('f', 'a\nb', 'a\nc')).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });
});

const git = spawnSync('git', ['--version']);
const withGit = git.status === 0 ? describe : describe.skip;
if (git.status !== 0) console.log('skipping the git apply check of a long diff: no git on PATH');

withGit('unifiedDiff of a long file', () => {
  test('a 20,000-line file with 2,000 changed lines gives a patch git apply takes', () => {
    const next = seededRandom(50);
    const lines = Array.from({ length: 20000 }, (_, i) => (i % 7 === 0 ? 'RUN echo same' : `RUN echo ${i}`));
    const changed = lines.map((line, i) => (i % 10 === 3 ? `${line} && echo fixed` : line));
    for (let i = 0; i < 200; i++) changed.splice(Math.floor(next() * changed.length), 1);
    const before = lines.join('\n') + '\n';
    const after = changed.join('\n') + '\n';
    const dir = mkdtempSync(path.join(tmpdir(), 'dflint-diff-'));
    try {
      writeFileSync(path.join(dir, 'Dockerfile'), before);
      writeFileSync(path.join(dir, 'fix.patch'), unifiedDiff('Dockerfile', before, after));
      const applied = spawnSync('git', ['apply', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
      expect(applied.stderr).toBe('');
      expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
