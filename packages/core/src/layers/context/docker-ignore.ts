import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as posix from 'node:path/posix';
import ignore, { type Ignore } from 'ignore';
import { faultOf } from './context-reader';

/**
 * `.dockerignore` with Docker's semantics (moby/patternmatcher), not gitignore's: every pattern
 * is anchored at the context root, a path is matched by a pattern when it or one of its parent
 * directories is, and the last matching pattern decides — so `!dir/keep` re-includes a file
 * even when `dir` is excluded, which gitignore cannot do. Each pattern is one root-anchored
 * gitignore rule, evaluated on its own.
 */
export interface DockerIgnore {
  /** the ignore file in effect, absolute */
  file?: string;
  /** the ignore file exists but could not be read, and why (`permission denied`): nothing is known to be excluded */
  fault?: string;
  /** `rel`: path relative to the context root, POSIX, no leading `./` */
  ignores(rel: string, isDirectory: boolean): boolean;
  /** an excluded directory must still be walked: an exception pattern may re-include below it */
  mayReincludeBelow(dirRel: string): boolean;
}

interface Rule {
  exception: boolean;
  segments: string[];
  matcher: Ignore;
}

/**
 * The Dockerfile's own `<Dockerfile>.dockerignore`; undefined when there is none. BuildKit: it
 * wins over `<root>/.dockerignore`. Its absence is asked with a stat that does not throw: most Dockerfiles have
 * none, and a failed read builds an error with a stack for each of them.
 */
export function readOwnDockerIgnore(root: string, dockerfilePath: string): DockerIgnore | undefined {
  const file = path.join(path.dirname(path.resolve(root, dockerfilePath)), `${path.basename(dockerfilePath)}.dockerignore`);
  try {
    if (!statSync(file, { throwIfNoEntry: false })) return undefined;
  } catch {
    // ENOTDIR, EACCES, …: the read below meets the same error and says what it means
  }
  return readIgnoreFile(file);
}

export function rootDockerIgnorePath(root: string): string {
  return path.join(root, '.dockerignore');
}

/** The ignore file at `file`: read, unreadable (a fault), or undefined when it is not there. */
export function readIgnoreFile(file: string): DockerIgnore | undefined {
  try {
    // read synchronously: a small file (or none) costs microseconds so, an awaited read a trip through the thread pool per Dockerfile
    return { file, ...dockerIgnoreFromText(readFileSync(file, 'utf8')) };
  } catch (error) {
    const fault = faultOf(error);
    return fault === undefined ? undefined : { file, fault, ignores: () => false, mayReincludeBelow: () => false };
  }
}

/** No ignore file: everything in the context is sent. */
export const NOTHING_IGNORED: DockerIgnore = { ignores: () => false, mayReincludeBelow: () => false };

export function dockerIgnoreFromText(text: string): Omit<DockerIgnore, 'file'> {
  const rules = text.split(/\r?\n/).map(ruleOf).filter((rule): rule is Rule => rule !== undefined);
  const exceptions = rules.filter((rule) => rule.exception);
  return {
    ignores(rel, isDirectory) {
      const subject = isDirectory ? `${rel}/` : rel;
      let ignored = false;
      for (const rule of rules) if (rule.matcher.ignores(subject)) ignored = !rule.exception;
      return ignored;
    },
    mayReincludeBelow(dirRel) {
      const dirSegments = dirRel.split('/');
      return exceptions.some((rule) => prefixCompatible(rule.segments, dirSegments));
    },
  };
}

function ruleOf(line: string): Rule | undefined {
  let pattern = line.trim();
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  const exception = pattern.startsWith('!');
  if (exception) pattern = pattern.slice(1).trim();
  pattern = posix.normalize(pattern);
  pattern = pattern.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (pattern === '' || pattern === '.' || pattern === '..') return undefined;
  return { exception, segments: pattern.split('/'), matcher: ignore().add(`/${pattern}`) };
}

/** Could a path below `dir` match the pattern? Only when no literal segment rules it out. */
function prefixCompatible(patternSegments: string[], dirSegments: string[]): boolean {
  for (let i = 0; i < Math.min(patternSegments.length, dirSegments.length); i++) {
    const segment = patternSegments[i];
    if (/[*?[\\]/.test(segment)) return true;
    if (segment !== dirSegments[i]) return false;
  }
  return true;
}
