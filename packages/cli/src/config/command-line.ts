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
}

export const DEFAULT_FAILURE_THRESHOLD: FailureThreshold = 'info';

/** What a Dockerfile is linted with: its config with the command line applied. */
export type AppliedConfig = Required<Omit<EffectiveConfig, 'context'>> & Pick<EffectiveConfig, 'context'>;

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
  };
}

function overCommandLine(configured: RuleSetting | undefined, flag: RuleSetting): RuleSetting {
  if (flag.severity !== undefined) return { ...configured, severity: flag.severity };
  // named by --rule: on, at the configured severity unless that was off
  const { severity, ...rest } = configured ?? {};
  return severity === 'off' || severity === undefined ? rest : { ...rest, severity };
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
