/** Build arguments that CI sets to a new value on every build. */
const VOLATILE_NAMES = [
  'BUILD_DATE',
  'BUILD_TIME',
  'BUILD_TIMESTAMP',
  'BUILDTIME',
  'VCS_REF',
  'GIT_COMMIT',
  'GIT_SHA',
  'COMMIT_SHA',
  'SOURCE_COMMIT',
  'REVISION',
  '*_SHA',
  '*_COMMIT',
  '*_REF',
  '*_DATE',
];

/** True when `name` matches a built-in volatile name or one of `extra` (`*` matches any text; case-insensitive). */
export function isVolatileName(name: string, extra: readonly string[]): boolean {
  return BUILT_IN.some((pattern) => pattern.test(name)) || extra.some((pattern) => patternRegExp(pattern).test(name));
}

// asked for every ARG of every file: the built-in patterns are compiled once
const BUILT_IN = VOLATILE_NAMES.map((pattern) => patternRegExp(pattern));

function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * A default that pins the value in the Dockerfile, changed by a commit rather than by each build:
 * a commit hash (7 to 64 hex digits) or a version (`1.2.3`, `v25.0.0.12`, `3.19-rc1`). Everything
 * else stays volatile: no default, an empty one, a variable (`${OTHER}`), a placeholder CI
 * overrides (`unknown`, `dev`), a branch (`main`, `master`, `HEAD`), `latest`, a date or a time.
 */
export function isPinnedValue(value: string | undefined): boolean {
  if (value === undefined) return false;
  if (/^[0-9a-f]{7,64}$/i.test(value)) return /[0-9]/.test(value) && !looksLikeDate(value);
  return /^v?[0-9]+(\.[0-9]+)+([-+._][0-9A-Za-z.-]+)?$/.test(value) && !looksLikeDate(value);
}

/** `20240131`, `2024.01.31`, `1706659200` (a Unix time): the shapes build dates take. */
function looksLikeDate(value: string): boolean {
  return /^(19|20)[0-9]{2}[.-]?(0[1-9]|1[0-2])[.-]?[0-3][0-9]/.test(value) || /^1[0-9]{9}$/.test(value);
}
