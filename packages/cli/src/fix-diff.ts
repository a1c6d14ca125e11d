import * as path from 'node:path';
import { diffLines, type LineRun } from './line-diff';

/** Lines of unchanged text around each change, as `diff -u` and git show. */
const CONTEXT = 3;

/** One `@@ -oldStart,oldLines +newStart,newLines @@` hunk: starts are 1-based, lines carry their ` `/`-`/`+` and ending. */
interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

/** A unified diff of one file, `--- a/<file>` / `+++ b/<file>`, that `git apply` and `patch -p1` take. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const name = patchPath(file);
  const out = [`--- a/${name}`, `+++ b/${name}`];
  for (const hunk of hunksOf(diffLines(before, after))) {
    // the unified format's quirk: an empty side names the line before it
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    out.push(`@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`);
    for (const line of hunk.lines) {
      if (line.endsWith('\n')) out.push(line.slice(0, -1));
      else out.push(line, '\\ No newline at end of file');
    }
  }
  return out.join('\n') + '\n';
}

/** Changed runs with up to CONTEXT same lines around them; runs closer than twice that share a hunk. */
function hunksOf(runs: readonly LineRun[]): Hunk[] {
  const hunks: Hunk[] = [];
  let hunk: Hunk | undefined;
  let oldLine = 1;
  let newLine = 1;
  runs.forEach((run, index) => {
    if (run.kind !== 'same') {
      if (!hunk) {
        const before = runs[index - 1]?.lines.slice(-CONTEXT) ?? [];
        hunk = { oldStart: oldLine - before.length, oldLines: before.length, newStart: newLine - before.length, newLines: before.length, lines: before.map((line) => ` ${line}`) };
      }
      const sign = run.kind === 'added' ? '+' : '-';
      for (const line of run.lines) hunk.lines.push(sign + line);
      if (run.kind === 'added') {
        hunk.newLines += run.lines.length;
        newLine += run.lines.length;
      } else {
        hunk.oldLines += run.lines.length;
        oldLine += run.lines.length;
      }
      return;
    }
    if (hunk) {
      // same lines between two changes: all of them when the hunks' contexts would meet, else the context and a new hunk
      const joins = run.lines.length <= CONTEXT * 2 && index < runs.length - 1;
      const kept = joins ? run.lines : run.lines.slice(0, CONTEXT);
      for (const line of kept) hunk.lines.push(` ${line}`);
      hunk.oldLines += kept.length;
      hunk.newLines += kept.length;
      if (!joins) {
        hunks.push(hunk);
        hunk = undefined;
      }
    }
    oldLine += run.lines.length;
    newLine += run.lines.length;
  });
  if (hunk) hunks.push(hunk);
  return hunks;
}

/** The path a patch names: forward slashes, no leading `./` or `/` (as git writes it). */
export function patchPath(file: string): string {
  return file.split(path.sep).join('/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}
