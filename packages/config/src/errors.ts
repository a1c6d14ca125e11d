import * as path from 'node:path';

/** A key path into a config file: `['rules', 'layer-count', 0]`. */
export type KeyPath = readonly (string | number)[];

/**
 * A config file dflint cannot use. The CLI prints it as one line and exits 2; an editor can put it
 * on `line` of `file`.
 */
export class ConfigError extends Error {
  constructor(
    /** absolute path of the config file */
    readonly file: string,
    readonly problem: string,
    /** 1-based; absent when the file could not be read */
    readonly line?: number,
    readonly keyPath?: KeyPath,
  ) {
    super(describeConfigProblem(file, problem, line, keyPath));
    this.name = 'ConfigError';
  }

  /** `.dflintrc.json:4: rules.layer-count: severity must be one of …`, the file relative to cwd. */
  describe(cwd: string): string {
    return describeConfigProblem(displayPath(cwd, this.file), this.problem, this.line, this.keyPath);
  }
}

function describeConfigProblem(file: string, problem: string, line: number | undefined, keyPath: KeyPath | undefined): string {
  const where = line === undefined ? file : `${file}:${line}`;
  const key = keyPath === undefined ? '' : `${formatKeyPath(keyPath)}: `;
  return `${where}: ${key}${problem}`;
}

/** `rules.layer-count[1].max`; the top level is `(top level)`. */
export function formatKeyPath(keyPath: KeyPath): string {
  if (keyPath.length === 0) return '(top level)';
  return keyPath
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

/** Relative to cwd when the file is below it, else absolute. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '') return '.';
  return relative && !isOutside(relative) ? relative : file;
}

/** A path.relative result that leaves its base folder. */
export function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
