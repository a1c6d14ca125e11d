import { globBase } from './glob';
import type { Effect } from './types';

/** A path with the base image's directory symlinks resolved (ImageFilesystem.realPath), but for links under `deleted`. */
export type RealPath = (path: string, followLast: boolean, deleted: readonly string[]) => string;

/** One step's effects, in order, with real paths: a link the step deletes is no link for its later effects. */
export function withRealPathsAll(effects: readonly Effect[], realPath: RealPath): Effect[] {
  const deleted: string[] = [];
  return effects.map((effect) => {
    const real = withRealPaths(effect, (path, followLast) => realPath(path, followLast, deleted));
    if (real.kind === 'delete' && !real.glob) deleted.push(real.path);
    return real;
  });
}

/**
 * The effect with its paths as the filesystem stores them: through the base image's directory
 * symlinks (`rm /bin/x` removes `/usr/bin/x` on a merged-/usr Debian). `rm` of a link removes
 * the link itself, so a delete's last segment is not followed. A glob keeps its pattern after its
 * base directory. The same effect when nothing changes.
 */
/** A path, or a glob by its base directory (whose last segment is always followed), through `realPath`. */
export function realPathOf(path: string, how: { glob?: boolean; followLast: boolean }, realPath: (path: string, followLast: boolean) => string): string {
  if (!how.glob) return realPath(path, how.followLast);
  const base = globBase(path);
  const resolved = realPath(base, true);
  return resolved === base ? path : `${resolved === '/' ? '' : resolved}${path.slice(base.length)}`;
}

function withRealPaths(effect: Effect, realPath: (path: string, followLast: boolean) => string): Effect {
  let moved = false;
  const real = (path: string, glob = false, followLast = true): string => {
    const resolved = realPathOf(path, { glob, followLast }, realPath);
    if (resolved !== path) moved = true;
    return resolved;
  };
  let changed: Effect;
  switch (effect.kind) {
    case 'write':
    case 'mkdir':
    case 'copy-up':
      changed = { ...effect, path: real(effect.path, effect.glob) };
      break;
    case 'delete':
      changed = { ...effect, path: real(effect.path, effect.glob, false) };
      break;
    case 'copy':
      changed = { ...effect, from: real(effect.from, effect.fromGlob), to: real(effect.to) };
      break;
    case 'extract':
      changed = { ...effect, archive: real(effect.archive), into: real(effect.into) };
      break;
    case 'cache-write':
      changed = { ...effect, dir: real(effect.dir) };
      break;
    case 'package':
      if (effect.path === undefined) return effect;
      changed = { ...effect, path: real(effect.path) };
      break;
    case 'unknown-write':
      changed = { ...effect, ...(effect.path !== undefined && { path: real(effect.path) }), ...(effect.cwd !== undefined && { cwd: real(effect.cwd) }) };
      break;
  }
  return moved ? changed : effect;
}
