import * as path from 'node:path';

/** A tar member name as a plain relative path: no leading `./` or `/`, no trailing `/`, `.` → ''. */
export function normaliseArchivePath(name: string): string {
  const relative = name.replace(/^(\.\/|\/)+/, '');
  if (relative === '' || relative === '.') return '';
  const normal = path.posix.normalize(relative).replace(/\/+$/, '');
  return normal === '.' ? '' : normal;
}

/** Overlay whiteout naming, as docker-archive layers carry it. */
export const OPAQUE_WHITEOUT = '.wh..wh..opq';
export const WHITEOUT_PREFIX = '.wh.';

export type Whiteout = { kind: 'opaque'; dir: string } | { kind: 'path'; target: string };

/** What a whiteout entry hides, or undefined when the entry is not a whiteout. */
export function parseWhiteout(entryPath: string): Whiteout | undefined {
  const slash = entryPath.lastIndexOf('/');
  const dir = slash < 0 ? '' : entryPath.slice(0, slash);
  const base = entryPath.slice(slash + 1);
  if (base === OPAQUE_WHITEOUT) return { kind: 'opaque', dir };
  if (!base.startsWith(WHITEOUT_PREFIX)) return undefined;
  const name = base.slice(WHITEOUT_PREFIX.length);
  return { kind: 'path', target: dir ? `${dir}/${name}` : name };
}
