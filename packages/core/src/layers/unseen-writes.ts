// Commands whose writes the model cannot see (make, uv sync, npm run build, a script) most likely
// write into the directory they run in. Figures that later read that directory are not exact.
import { lineOf } from '../parse/range';
import type { ImageFilesystem, UnseenDir } from './filesystem';
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
  /** this step deletes or moves files its own package installs may have put there: their figures count them */
  notes: string[];
}

/**
 * Call before the step's effects are applied, in order: records where this step's unseen writes
 * went (the directory each command ran in) and which unseen files its reads and deletes reach.
 * What stores them again (`chmod -R`, `cp -r` into its target) holds unseen files of its own.
 */
export function traceUnseenWrites(effects: readonly Effect[], filesystem: ImageFilesystem, mounted: readonly string[]): UnseenTrace {
  const trace: UnseenTrace = { reads: [], hidden: [], notes: [] };
  const own = new Set<Effect>();
  const earlier = (writer: Effect) => !own.has(writer);
  const isMounted = (path: string) => mounted.length > 0 && mounted.some((dir) => isUnder(path, dir));
  for (const effect of effects) {
    if (effect.kind === 'unknown-write' && effect.path === undefined && effect.cwd !== undefined) {
      if (!isMounted(effect.cwd)) filesystem.markUnseenWrite(effect.cwd, effect);
      own.add(effect);
      continue;
    }
    if (effect.kind === 'package' && effect.op === 'install') {
      // a package's files lie somewhere under these: a later delete there may hide some of them
      for (const dir of effect.path !== undefined ? [effect.path] : PACKAGE_DIRS) if (!isMounted(dir)) filesystem.markUnseenWrite(dir, effect);
      own.add(effect);
      continue;
    }
    const access = unseenAccess(effect);
    if (!access || isMounted(access.path)) continue;
    // a glob reaches the files in its base directory, not those deep below it
    const dirs = filesystem.unseenDirsAt(access.path).filter(({ dir }) => !access.glob || isUnder(access.path, dir));
    if (dirs.length === 0) continue;
    const writers = [...new Set(dirs.map((dir) => lastEarlierWriter(dir, own)).filter((writer) => writer !== undefined))];
    if (access.hides && !access.stores && dirs.some((dir) => dir.unhidden.some((writer) => own.has(writer) && writer.kind === 'package'))) {
      trace.notes.push(`\`${effect.command}\` removes files under ${access.path} that packages this RUN installs may have put there: their estimate still counts them`);
    }
    if (access.hides) {
      // each writer is hidden once: its files' only copies are in its own layer until then
      for (const dir of dirs) {
        trace.hidden.push(...dir.unhidden.filter(earlier));
        dir.unhidden = dir.unhidden.filter((writer) => own.has(writer));
      }
    }
    if (effect.kind === 'delete' && !effect.glob) filesystem.forgetUnseenWrites(access.path);
    if (!access.stores) continue;
    // what stores unseen files again (a copy-up, a copy's target) holds unseen files of its own
    filesystem.markUnseenWrite(effect.kind === 'copy' ? effect.to : access.path, effect);
    own.add(effect);
    if (writers.length > 0) {
      trace.reads.push({ path: access.path, effect, note: `\`${effect.command}\` stores ${access.path} again, which may hold files ${unseenWritersPhrase(writers)}: of unknown size` });
    }
  }
  return trace;
}

/** Where Debian packages put their files (not /usr/local, which policy leaves to the admin) */
const PACKAGE_DIRS = ['/etc', '/usr/bin', '/usr/include', '/usr/lib', '/usr/libexec', '/usr/sbin', '/usr/share'];

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

/** The last writer into `dir` before this step (this step's own come last in `unhidden`). */
function lastEarlierWriter(dir: UnseenDir, own: ReadonlySet<Effect>): Effect | undefined {
  if (!own.has(dir.latest)) return dir.latest;
  for (let i = dir.unhidden.length - 1; i >= 0; i--) if (!own.has(dir.unhidden[i])) return dir.unhidden[i];
  return undefined;
}

/** "`make` (line 5) and `uv` (line 4) wrote, which dflint cannot see"; at most three named */
export function unseenWritersPhrase(writers: readonly Effect[]): string {
  const named = [...new Set(writers.map((writer) => `\`${writer.command}\` (line ${lineOf(writer.range)})`))];
  const shown = named.length > 3 ? [...named.slice(0, 2), `${named.length - 2} more commands`] : named;
  const list = shown.length > 2 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown.join(' and ');
  return `${list} wrote, which dflint cannot see`;
}
