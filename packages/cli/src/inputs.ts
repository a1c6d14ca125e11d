import * as path from 'node:path';
import { asyncFs } from '@dflint/core';
import ignore, { type Ignore } from 'ignore';
import { DOCKERFILE_PATTERNS, NOT_DOCKERFILES, SKIPPED_FOLDERS } from './dockerfile-names';

type Globber = typeof import('tinyglobby');
let globber: Globber | undefined;
/** tinyglobby, required on first use: linting named files needs no glob, and it takes ~20 ms to load */
function loadGlobber(): Globber {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (globber ??= require('tinyglobby') as Globber);
}

/** What a glob the user wrote leaves out: BuildKit's ignore files, folders never walked into. */
const GLOB_IGNORES = ['**/*.dockerignore', '**/*.containerignore', ...SKIPPED_FOLDERS];

export class InputError extends Error {}

export interface ExpandOptions {
  cwd: string;
  /** gitignore-style patterns, relative to cwd */
  ignorePatterns: string[];
}

export interface ExpandedInputs {
  /** the files to lint, `-` for stdin */
  files: string[];
  /** the files named as they are, not found by a directory walk or a glob */
  named: ReadonlySet<string>;
  /** named files that --ignore-pattern skips: worth a warning, as the user asked for them */
  namedButIgnored: string[];
}

/**
 * Turns the command line's paths into the files to lint, in a stable order:
 * files as given, directories walked for Dockerfiles, globs expanded. `-` stays as stdin.
 * A path that does not exist and matches nothing is an InputError.
 */
export async function expandInputs(inputs: string[], options: ExpandOptions): Promise<ExpandedInputs> {
  const ignored = ignore().add(options.ignorePatterns);
  const files: string[] = [];
  const named = new Set<string>();
  const namedButIgnored: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    const stat = await asyncFs.stat(path.resolve(options.cwd, input)).catch(() => undefined);
    if (stat?.isDirectory()) {
      const found = await walk(input, options.cwd);
      if (found.length === 0) throw new InputError(`${input}: no Dockerfiles found in this directory`);
      for (const file of found) if (!isIgnored(ignored, file, options.cwd)) files.push(file);
    } else if (!stat && loadGlobber().isDynamicPattern(input)) {
      const found = await loadGlobber().glob(input, { cwd: options.cwd, dot: true, followSymbolicLinks: false, ignore: GLOB_IGNORES });
      if (found.length === 0) throw new InputError(`${input}: no files match this pattern`);
      for (const file of found.sort()) if (!isIgnored(ignored, file, options.cwd)) files.push(file);
    } else if (isIgnored(ignored, input, options.cwd)) {
      namedButIgnored.push(input);
    } else {
      // a missing or unreadable file is reported when it is read, with the others still linted
      files.push(input);
      named.add(input);
    }
  }
  return { files: [...new Set(files)], named, namedButIgnored };
}

async function walk(dir: string, cwd: string): Promise<string[]> {
  const found = await loadGlobber().glob(DOCKERFILE_PATTERNS, {
    cwd: path.resolve(cwd, dir),
    dot: true,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
    ignore: NOT_DOCKERFILES,
  });
  return found.sort().map((file) => path.join(dir, file));
}

function isIgnored(ignored: Ignore, file: string, cwd: string): boolean {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  // `ignore` only judges paths inside cwd
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return ignored.ignores(relative.split(path.sep).join('/'));
}
