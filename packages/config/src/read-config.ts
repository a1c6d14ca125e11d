import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ConfigText } from './config-text';
import { ConfigError } from './errors';
import { parseFileSize } from './file-size';
import { HADOLINT_FILE_NAMES, readHadolintConfig } from './hadolint';
import { parseJsonConfig } from './json-text';
import { presetSettings } from './presets';
import { registrySettingsOf } from './registry-config';
import type { RegistrySettings } from './registry-settings';
import { RuleNames, toRuleSettings } from './rule-names';
import type { FailureThreshold, RuleSettings } from './types';
import { validateConfig } from './validate';
import { parseYamlConfig } from './yaml-text';

/** Looked for in each folder, in this order; the first one that holds a config is used. */
export const CONFIG_FILE_NAMES = ['.dflintrc.json', '.dflintrc.yaml', '.dflintrc.yml', 'package.json'];

/** A config file, checked and ready to apply. Paths in it are resolved against `dir`. */
export interface LoadedConfig {
  kind: 'dflint' | 'hadolint';
  /** absolute */
  file: string;
  dir: string;
  /** the settings of the preset it extends, under `rules` */
  preset?: RuleSettings;
  rules: RuleSettings;
  ignorePatterns?: Ignore;
  overrides: { files: Ignore; rules: RuleSettings }[];
  /** absolute */
  context?: string;
  failureThreshold?: FailureThreshold;
  /** in bytes */
  maxFileSize?: number;
  /** how base images are resolved, when the config says */
  registry?: RegistrySettings;
  /** hadolint codes no dflint rule aliases */
  unknownCodes: string[];
  /** .hadolint.yaml keys dflint does not act on */
  unsupportedKeys?: string[];
  /** .hadolint.yaml `disable-ignore-pragma: true` */
  disableIgnorePragma?: boolean;
}

/**
 * Reads and checks one config file: a .dflintrc.*, a package.json (undefined when it has no
 * "dflint" key) or a .hadolint.yaml, by its name. Any other name is read as a dflint config,
 * JSON when it ends in .json, else YAML. Undefined when the file does not exist. Paths in it are
 * relative to `baseDir` (default: the file's folder).
 */
export function readConfigFile(file: string, names: RuleNames, baseDir = path.dirname(file)): LoadedConfig | undefined {
  const text = readIfPresent(file);
  if (text === undefined) return undefined;
  const base = path.basename(file);
  const dir = baseDir;
  if (HADOLINT_FILE_NAMES.includes(base)) {
    const hadolint = readHadolintConfig(parseYamlConfig(text, file), file, names);
    return { kind: 'hadolint', file, dir, rules: hadolint.rules, overrides: [], failureThreshold: hadolint.failureThreshold, unknownCodes: hadolint.unknownCodes, unsupportedKeys: hadolint.unsupportedKeys, disableIgnorePragma: hadolint.disableIgnorePragma };
  }
  const parsed: ConfigText = base.endsWith('.json') ? parseJsonConfig(text, file) : parseYamlConfig(text, file);
  let data = parsed.data;
  if (base === 'package.json') {
    if (!data || typeof data !== 'object' || !('dflint' in data)) return undefined;
    data = (data as { dflint: unknown }).dflint;
    if (data === null) throw new ConfigError(file, 'must be an object (got null)', parsed.lineOf(['dflint']), ['dflint']);
  }
  const prefix = base === 'package.json' ? ['dflint'] : [];
  const config = validateConfig(parsed, file, data, prefix);
  return {
    kind: 'dflint',
    file,
    dir,
    ...(config.extends !== undefined && { preset: presetSettings(config.extends, names.rules) }),
    rules: toRuleSettings(config.rules, names),
    ignorePatterns: config.ignorePatterns?.length ? ignore().add(config.ignorePatterns) : undefined,
    overrides: (config.overrides ?? []).map((override) => ({
      files: ignore().add(override.files),
      rules: toRuleSettings(override.rules, names),
    })),
    context: config.context === undefined ? undefined : path.resolve(dir, config.context),
    failureThreshold: config.failureThreshold,
    maxFileSize: config.maxFileSize === undefined ? undefined : fileSizeIn(config.maxFileSize, parsed, file, [...prefix, 'maxFileSize']),
    registry: registrySettingsOf(config, parsed, file, prefix),
    unknownCodes: [],
  };
}

/** The schema let only sizes through; what is left to refuse is a size of 0 bytes. */
function fileSizeIn(value: string | number, parsed: ConfigText, file: string, keyPath: string[]): number {
  const bytes = parseFileSize(value);
  if (bytes === undefined) throw new ConfigError(file, `must be at least 1 byte (got ${JSON.stringify(value)})`, parsed.lineOf(keyPath), keyPath);
  return bytes;
}

/** The file's text; undefined when there is no such file. Anything else that stops the read is a ConfigError. */
function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    const reason = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new ConfigError(file, `cannot read this config file: ${reason}`);
  }
}
