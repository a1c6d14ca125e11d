import type { RuleSetting, Severity } from '@dflint/core';
import type { RegistrySettings } from './registry-settings';

export type RuleSeverity = Severity | 'off';
export type FailureThreshold = Severity | 'none';
/** As written in a config file: `"warning"`, `["warning"]` or `["warning", { max: 80 }]`. */
export type RuleEntry = RuleSeverity | [RuleSeverity] | [RuleSeverity, unknown];

/** A config file's contents once the schema has checked them. */
export interface DflintConfig {
  $schema?: string;
  /** a preset whose rule settings apply under this file's (presets.ts) */
  extends?: 'dflint:strict';
  rules?: Record<string, RuleEntry>;
  ignorePatterns?: string[];
  overrides?: { files: string | string[]; rules?: Record<string, RuleEntry> }[];
  context?: string;
  failureThreshold?: FailureThreshold;
  /** `20MB`, `512KB` or a number of bytes */
  maxFileSize?: string | number;
  offline?: boolean;
  /** registry → mirror URL */
  registryMirrors?: Record<string, string>;
  insecureRegistries?: string[];
  /** `1GB`, `500MiB` or a number of bytes */
  networkBudget?: string | number;
  /** `linux/arm64` */
  platform?: string;
}

/** Rule settings by rule name (aliases resolved). */
export type RuleSettings = Record<string, RuleSetting>;

/** What applies to one Dockerfile, from its config file (and .hadolint.yaml) with overrides applied. */
export interface EffectiveConfig {
  /** by rule name; a rule not here runs at its default severity */
  settings: RuleSettings;
  /** matched by the config's ignorePatterns: not linted */
  ignored: boolean;
  /** absolute build context directory, when the config sets one */
  context?: string;
  failureThreshold?: FailureThreshold;
  /** in bytes, when the config sets it */
  maxFileSize?: number;
  /** how base images are resolved, as far as the config says */
  registry?: RegistrySettings;
  /** a .hadolint.yaml's `disable-ignore-pragma: true`: `# hadolint ignore=` comments switch nothing off */
  disableIgnorePragma?: boolean;
}

/** The files the effective config came from (absolute paths). */
export interface ConfigSources {
  config?: string;
  hadolint?: string;
}

export interface ConfigForFile {
  config: EffectiveConfig;
  source: ConfigSources;
}
