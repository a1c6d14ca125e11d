// Commands whose writes the model cannot see (make, uv sync, npm run build, a script) most likely
// write into the directory they run in. Figures that later read that directory are not exact.
import { lineOf } from '../parse/range';
import type { ImageFilesystem } from './filesystem';
import { globBase } from './glob';
import { isUnder } from './paths';
import type { Effect } from './types';

/** A step's read of a directory that may hold unseen files, and the note saying so. */
export interface UnseenRead {
  path: string;
  effect: Effect;
  note: string;
}

export interface UnseenTrace {
  /** this step's reads that store unseen files again (`chmod -R`, `cp -r`): its size is not exact */
  reads: UnseenRead[];
  /** earlier steps' unseen writes whose files this step hides (copies up, moves or deletes) */
  hidden: Effect[];
}

/**
 * Call before the step's effects are applied, in order: records where this step's unseen writes
 * went (the directory each command ran in) and which unseen files its reads and deletes reach.
 * What stores them again (`chmod -R`, `cp -r` into its target) holds unseen files of its own.
 */
export function traceUnseenWrites(effects: readonly Effect[], filesystem: ImageFilesystem, mounted: readonly string[]): UnseenTrace {
  const trace: UnseenTrace = { reads: [], hidden: [] };
  const own = new Set<Effect>();
  const isMounted = (path: string) => mounted.some((dir) => isUnder(path, dir));
  for (const effect of effects) {
    if (effect.kind === 'unknown-write' && effect.path === undefined && effect.cwd !== undefined) {
      if (!isMounted(effect.cwd)) filesystem.markUnseenWrite(effect.cwd, effect);
      own.add(effect);
      continue;
    }
    const access = unseenAccess(effect);
    if (!access || isMounted(access.path)) continue;
    const writers = filesystem.unseenWritesAt(access.path);
    // what stores unseen files again (a copy-up, a copy's target) holds unseen files of its own
    if (writers.length > 0 && access.stores) {
      filesystem.markUnseenWrite(effect.kind === 'copy' ? effect.to : access.path, effect);
      own.add(effect);
    }
    // a glob reaches the files in its base directory, not those deep below it
    const reached = access.glob ? writers.filter((writer) => isUnder(access.path, unseenDirOf(writer))) : writers;
    const earlier = reached.filter((writer) => !own.has(writer));
    if (effect.kind === 'delete' && !effect.glob) filesystem.forgetUnseenWrites(access.path);
    if (earlier.length === 0) continue;
    if (access.hides) trace.hidden.push(...earlier);
    if (access.stores) {
      trace.reads.push({ path: access.path, effect, note: `\`${effect.command}\` stores ${access.path} again, which may hold files ${unseenWritersPhrase(earlier)}: of unknown size` });
    }
  }
  return trace;
}

/** What an effect does to a whole directory's files: stores them again, hides the lower copies. */
function unseenAccess(effect: Effect): { path: string; stores: boolean; hides: boolean; glob?: boolean } | undefined {
  switch (effect.kind) {
    case 'copy-up':
      return effect.recursive ? { path: effect.path, stores: true, hides: true } : undefined;
    case 'copy':
      return effect.recursive ? { path: effect.from, stores: true, hides: effect.move } : undefined;
    case 'delete':
      if (effect.glob) return { path: globBase(effect.path), stores: false, hides: true, glob: true };
      return effect.recursive ? { path: effect.path, stores: false, hides: true } : undefined;
    default:
      return undefined;
  }
}

/** Where an unseen write went: the directory its command ran in, or a `cp -r` target. */
function unseenDirOf(writer: Effect): string {
  if (writer.kind === 'copy') return writer.to;
  if (writer.kind === 'copy-up') return writer.path;
  return writer.kind === 'unknown-write' ? (writer.cwd ?? '/') : '/';
}

/** "`make` (line 5) and `uv` (line 4) wrote, which dflint cannot see" */
export function unseenWritersPhrase(writers: readonly Effect[]): string {
  const named = [...new Set(writers.map((writer) => `\`${writer.command}\` (line ${lineOf(writer.range)})`))];
  return `${named.join(' and ')} wrote, which dflint cannot see`;
}
