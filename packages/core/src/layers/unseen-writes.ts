// Commands whose writes the model cannot see (make, uv sync, npm run build, a script) most likely
// write into the directory they run in. Figures that later read that directory are not exact.
import { lineOf } from '../parse/range';
import type { ImageFilesystem } from './filesystem';
import { isUnder } from './paths';
import type { Effect } from './types';

/** Records, for each unseen write of this step, the directory its command ran in. */
export function recordUnseenWrites(effects: readonly Effect[], filesystem: ImageFilesystem, mounted: readonly string[]): void {
  for (const effect of effects) {
    if (effect.kind !== 'unknown-write' || effect.path !== undefined || effect.cwd === undefined) continue;
    const { cwd } = effect;
    if (!mounted.some((dir) => isUnder(cwd, dir))) filesystem.markUnseenWrite(cwd, effect);
  }
}

/** A step's read of a directory that may hold unseen files, and the note saying so. */
export interface UnseenRead {
  path: string;
  effect: Effect;
  note: string;
}

/**
 * The step's reads of directories that may hold unseen files: `chmod -R` (and the like) stores them
 * again, `cp -r`/`mv` copies them, and its target then holds unseen files too.
 */
export function unseenReads(effects: readonly Effect[], filesystem: ImageFilesystem): UnseenRead[] {
  const reads: UnseenRead[] = [];
  for (const effect of effects) {
    const path = effect.kind === 'copy-up' && effect.recursive ? effect.path : effect.kind === 'copy' && effect.recursive ? effect.from : undefined;
    const writers = path === undefined ? [] : filesystem.unseenWritesAt(path);
    if (path === undefined || writers.length === 0) continue;
    reads.push({ path, effect, note: `\`${effect.command}\` stores ${path} again, which may hold files ${unseenWritersPhrase(writers)}: of unknown size` });
    if (effect.kind === 'copy') filesystem.markUnseenWrite(effect.to, effect);
  }
  return reads;
}

/** "`make` (line 5) and `uv` (line 4) wrote, which dflint cannot see" */
export function unseenWritersPhrase(writers: readonly Effect[]): string {
  const named = [...new Set(writers.map((writer) => `\`${writer.command}\` (line ${lineOf(writer.range)})`))];
  return `${named.join(' and ')} wrote, which dflint cannot see`;
}
