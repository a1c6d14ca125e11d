import * as path from 'node:path';
import type { RuleSetting } from '@dflint/core';
import { DEFAULT_MAX_FILE_SIZE, type ConfigLoader, type EffectiveConfig, type FailureThreshold, type RegistrySettings, type RuleSettings } from '@dflint/config';
import { withRegistryFlags } from '../registry/registry-flags';

/** What the command line says about rules, context and threshold; it wins over config files. */
export interface CommandLineSettings {
  /**
   * from --rule/--disable: `{ severity: 'off' }` switches a rule off; `{}` names a rule --rule
   * asked for, which runs even when a config file switched it off
   */
  rules: RuleSettings;
  context?: string;
  failureThreshold?: FailureThreshold;
  /** --max-file-size, in bytes */
  maxFileSize?: number;
  /** --offline (or DFLINT_OFFLINE=1), --registry-mirror, --insecure-registry, --network-budget, --platform */
  registry?: RegistrySettings;
  /** --disable-ignore-pragma */
  disableIgnorePragma?: boolean;
}

export const DEFAULT_FAILURE_THRESHOLD: FailureThreshold = 'info';

/** What a Dockerfile is linted with: its config with the command line applied. */
export type AppliedConfig = Required<Omit<EffectiveConfig, 'context' | 'disableIgnorePragma'>> & Pick<EffectiveConfig, 'context' | 'disableIgnorePragma'>;

/** The config with the command line applied. */
export function withCommandLine(config: EffectiveConfig, commandLine: CommandLineSettings): AppliedConfig {
  const settings: RuleSettings = { ...config.settings };
  for (const [name, setting] of Object.entries(commandLine.rules)) settings[name] = overCommandLine(settings[name], setting);
  return {
    settings,
    ignored: config.ignored,
    context: commandLine.context ?? config.context,
    failureThreshold: commandLine.failureThreshold ?? config.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD,
    maxFileSize: commandLine.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    registry: withRegistryFlags(config.registry, commandLine.registry),
    ...(commandLine.disableIgnorePragma || config.disableIgnorePragma ? { disableIgnorePragma: true } : {}),
  };
}

function overCommandLine(configured: RuleSetting | undefined, flag: RuleSetting): RuleSetting {
  // options from flags (--require-label, --trusted-registry) add to the configured ones, as hadolint's lists do
  if (flag.options !== undefined) {
    const withOptions = { ...configured, options: addOptions(configured?.options, flag.options) };
    return flag.severity === undefined ? withOptions : { ...withOptions, severity: flag.severity };
  }
  if (flag.severity !== undefined) return { ...configured, severity: flag.severity };
  // named by --rule: on, at the configured severity unless that was off
  const { severity, ...rest } = configured ?? {};
  return severity === 'off' || severity === undefined ? rest : { ...rest, severity };
}

/** `added` over `configured`, key by key: lists are joined, maps merged, anything else replaced. */
function addOptions(configured: unknown, added: unknown): unknown {
  if (!isMap(configured) || !isMap(added)) return added;
  const merged: Record<string, unknown> = { ...configured };
  for (const [key, value] of Object.entries(added)) {
    const before = configured[key];
    merged[key] = Array.isArray(before) && Array.isArray(value) ? [...new Set([...before, ...value])] : isMap(before) && isMap(value) ? { ...before, ...value } : value;
  }
  return merged;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Each input's applied config, before anything is linted, so a bad config file stops the run
 * before any output. Stdin (`-`) takes the config of --stdin-filename's path and is never ignored.
 */
export function configsForInputs(
  files: readonly string[],
  loader: ConfigLoader,
  commandLine: CommandLineSettings,
  io: { cwd: string; stdinFilename: string },
): Map<string, AppliedConfig> {
  const configs = new Map<string, AppliedConfig>();
  for (const file of files) {
    const { config } = loader.loadConfigFor(path.resolve(io.cwd, file === '-' ? io.stdinFilename : file));
    configs.set(file, withCommandLine(file === '-' ? { ...config, ignored: false } : config, commandLine));
  }
  return configs;
}
