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
  return [...VOLATILE_NAMES, ...extra].some((pattern) => patternRegExp(pattern).test(name));
}

function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}
