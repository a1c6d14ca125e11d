import * as path from 'node:path';
import type { Rule } from '@dflint/core';
import type { Ignore } from 'ignore';
import { ConfigError, displayPath, isOutside } from './errors';
import { HADOLINT_FILE_NAMES } from './hadolint';
import { CONFIG_FILE_NAMES, readConfigFile, type LoadedConfig } from './read-config';
import { applySettings, RuleNames } from './rule-names';
import type { ConfigForFile, EffectiveConfig, RuleSettings } from './types';

export interface ConfigLoaderOptions {
  rules: readonly Rule[];
  /**
   * `--config`: this file applies to every Dockerfile, nothing is searched for, and paths in it
   * are relative to `cwd` (as ESLint does for --config), not to its folder
   */
  configFile?: string;
  /** default: process.cwd() */
  cwd?: string;
  /** where notes go (hadolint codes no rule aliases); each file's note is given once */
  onNote?: (note: HadolintNote) => void;
}

/** A .hadolint.yaml names codes that no dflint rule aliases: worth a note, not an error. */
export interface HadolintNote {
  /** absolute */
  file: string;
  codes: string[];
  /** keys dflint does not act on (hadolint's output settings, `disable-ignore-pragma`) */
  keys?: string[];
}

export function describeHadolintNote(note: HadolintNote, cwd: string): string {
  const parts: string[] = [];
  if (note.codes.length) parts.push(`no dflint rule covers ${note.codes.join(', ')}; dflint skips ${note.codes.length === 1 ? 'it' : 'them'}`);
  const keys = note.keys ?? [];
  if (keys.length) parts.push(`dflint does not support the key${keys.length === 1 ? '' : 's'} ${keys.join(', ')} and ignores ${keys.length === 1 ? 'it' : 'them'}`);
  return `${displayPath(cwd, note.file)}: ${parts.join('; ')}`;
}

/**
 * Finds and applies the config for each Dockerfile: the nearest .dflintrc.json, .dflintrc.yaml,
 * .dflintrc.yml or package.json "dflint" key from the file's folder up to the filesystem root,
 * over the nearest .hadolint.yaml/.yml found the same way. Lookups are cached per folder; call
 * clearCache() when config files may have changed (an editor does).
 * Throws ConfigError for a config file it cannot use.
 */
export class ConfigLoader {
  private readonly names: RuleNames;
  private readonly files = new Map<string, LoadedConfig | undefined>();
  private readonly nearestDflint = new Map<string, LoadedConfig | undefined>();
  private readonly nearestHadolint = new Map<string, LoadedConfig | undefined>();
  private readonly noted = new Set<string>();

  constructor(private readonly options: ConfigLoaderOptions) {
    this.names = new RuleNames(options.rules);
  }

  /** The effective config for a Dockerfile (which need not exist) and the files it came from. */
  loadConfigFor(filePath: string): ConfigForFile {
    const file = path.resolve(filePath);
    const { dflint, hadolint } = this.configsFor(path.dirname(file));
    if (hadolint) this.noteUnknownCodes(hadolint);
    return {
      config: effectiveConfig(file, dflint, hadolint),
      source: { config: dflint?.file, hadolint: hadolint?.file },
    };
  }

  clearCache(): void {
    this.files.clear();
    this.nearestDflint.clear();
    this.nearestHadolint.clear();
  }

  private configsFor(dir: string): { dflint?: LoadedConfig; hadolint?: LoadedConfig } {
    const explicit = this.options.configFile;
    if (explicit !== undefined) {
      const cwd = this.options.cwd ?? process.cwd();
      const file = path.resolve(cwd, explicit);
      const config = this.read(file, cwd);
      if (!config) throw new ConfigError(file, 'cannot read this config file: no such file, or a package.json without a "dflint" key');
      return config.kind === 'hadolint' ? { hadolint: config } : { dflint: config };
    }
    return {
      dflint: this.nearest(dir, CONFIG_FILE_NAMES, this.nearestDflint),
      hadolint: this.nearest(dir, HADOLINT_FILE_NAMES, this.nearestHadolint),
    };
  }

  /** The first of `names` that holds a config, in `dir` or the nearest folder above it. */
  private nearest(dir: string, names: readonly string[], cache: Map<string, LoadedConfig | undefined>): LoadedConfig | undefined {
    const visited: string[] = [];
    let found: LoadedConfig | undefined;
    for (let current = dir; ; current = path.dirname(current)) {
      if (cache.has(current)) {
        found = cache.get(current);
        break;
      }
      visited.push(current);
      found = this.firstIn(current, names);
      if (found || path.dirname(current) === current) break;
    }
    for (const folder of visited) cache.set(folder, found);
    return found;
  }

  /** Stops at the first: a broken package.json beside a .dflintrc.json is never read. */
  private firstIn(dir: string, names: readonly string[]): LoadedConfig | undefined {
    for (const name of names) {
      const config = this.read(path.join(dir, name));
      if (config) return config;
    }
    return undefined;
  }

  private read(file: string, baseDir?: string): LoadedConfig | undefined {
    if (!this.files.has(file)) this.files.set(file, readConfigFile(file, this.names, baseDir));
    return this.files.get(file);
  }

  private noteUnknownCodes(config: LoadedConfig): void {
    const keys = config.unsupportedKeys ?? [];
    if ((config.unknownCodes.length === 0 && keys.length === 0) || this.noted.has(config.file) || !this.options.onNote) return;
    this.noted.add(config.file);
    this.options.onNote({ file: config.file, codes: config.unknownCodes, ...(keys.length ? { keys } : {}) });
  }
}

/** Layers the rule settings: the preset the config extends, hadolint's, the config's `rules`, then each matching override in order. */
export function effectiveConfig(file: string, dflint?: LoadedConfig, hadolint?: LoadedConfig): EffectiveConfig {
  const settings: RuleSettings = {};
  if (dflint?.preset) applySettings(settings, dflint.preset);
  if (hadolint) applySettings(settings, hadolint.rules);
  if (dflint) {
    applySettings(settings, dflint.rules);
    for (const override of dflint.overrides) if (matches(override.files, dflint.dir, file)) applySettings(settings, override.rules);
  }
  const config: EffectiveConfig = {
    settings,
    ignored: dflint?.ignorePatterns ? matches(dflint.ignorePatterns, dflint.dir, file) : false,
  };
  if (dflint?.context !== undefined) config.context = dflint.context;
  const failureThreshold = dflint?.failureThreshold ?? hadolint?.failureThreshold;
  if (failureThreshold !== undefined) config.failureThreshold = failureThreshold;
  if (dflint?.maxFileSize !== undefined) config.maxFileSize = dflint.maxFileSize;
  if (dflint?.registry !== undefined) config.registry = dflint.registry;
  if (hadolint?.disableIgnorePragma) config.disableIgnorePragma = true;
  return config;
}

/** gitignore-style patterns relative to `dir`; a file outside `dir` never matches. */
function matches(patterns: Ignore, dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  if (!relative || isOutside(relative)) return false;
  return patterns.ignores(relative.split(path.sep).join('/'));
}
