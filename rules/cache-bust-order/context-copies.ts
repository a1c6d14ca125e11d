import { globToRegExp, MANIFEST_NAMES, type Instruction } from '@dflint/core/rule-kit';

/** Files without an extension that are single files, not source folders. */
const PLAIN_FILES = new Set(['Makefile', 'Dockerfile', 'LICENSE', 'README', 'Procfile', 'Rakefile', 'Justfile', 'VERSION', 'Gemfile', 'Pipfile']);

/** The sources of a COPY or ADD from the build context; undefined for `COPY --from`, URLs, heredocs. */
export function contextSources(instruction: Instruction): string[] | undefined {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return undefined;
  if (instruction.flags.some((flag) => flag.name === 'from')) return undefined;
  const sources = instruction.args.slice(0, -1).map((arg) => arg.value);
  if (sources.length === 0 || sources.some((source) => source.startsWith('<<') || /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(source))) return undefined;
  return sources;
}

/** A COPY or ADD from the build context with at least one broad source. */
export function isBroadCopy(instruction: Instruction): boolean {
  return contextSources(instruction)?.some(isBroadSource) ?? false;
}

/**
 * Source that changes with every edit: the whole context (`.`), a folder (`src/`, `app`), or a
 * glob that is not a manifest pattern (`*.py`). Single files and manifests are not.
 */
export function isBroadSource(source: string): boolean {
  const path = source.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (path === '' || path === '.' || path === '*' || path === '**') return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === '*' || base === '**') return true;
  if (isManifestName(base) || /(^|\/)(gradle|\.mvn)\/wrapper$/.test(path)) return false;
  // vendored dependencies change with the manifests, not with each source edit
  if (base === 'vendor') return false;
  if (source.endsWith('/') || /[*?[]/.test(base)) return true;
  return !base.includes('.') && !PLAIN_FILES.has(base);
}

/** The whole build context as one source: `.`, `./`. */
export function isWholeContext(source: string): boolean {
  return /^\.\/?$/.test(source);
}

function isManifestName(base: string): boolean {
  return MANIFEST_NAMES.some((name) => nameMatches(base, name)) || /^requirements.*\.txt$/.test(base);
}

/** Whether a source basename and a manifest name can name the same file; either may be a glob (a `[` that opens no class is literal). */
export function nameMatches(source: string, name: string): boolean {
  if (source === name) return true;
  // two names without a wildcard or class match only when equal (most sources and every MANIFEST_NAMES entry)
  if (!GLOB_CHARACTERS.test(source) && !GLOB_CHARACTERS.test(name)) return false;
  return globToRegExp(source).test(name) || globToRegExp(name).test(source);
}

const GLOB_CHARACTERS = /[*?[]/;
