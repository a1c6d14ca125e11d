import * as path from 'node:path';
import type { Rule } from '@dflint/core';
import { displayPath } from './errors';
import { formatPlatform } from '@dflint/core';
import type { RegistrySettings } from './registry-settings';
import type { ConfigSources, EffectiveConfig, FailureThreshold } from './types';

/** `--print-config FILE`: the config a Dockerfile is linted with, every rule listed, as JSON. */
export function renderEffectiveConfig(
  file: string,
  config: EffectiveConfig & { failureThreshold: FailureThreshold; maxFileSize: number },
  source: ConfigSources,
  rules: readonly Rule[],
  cwd: string,
): string {
  const shown = (absolute: string | undefined) => (absolute === undefined ? null : displayPath(cwd, absolute));
  const ruleSettings: Record<string, unknown> = {};
  for (const rule of rules) {
    const setting = config.settings[rule.meta.name] ?? {};
    const severity = setting.severity ?? (rule.meta.defaultOff ? 'off' : rule.meta.severity);
    ruleSettings[rule.meta.name] = setting.options === undefined ? severity : [severity, setting.options];
    // a code set on its own (aliasesPerFinding): its severity applies to that code's findings only
    const codes = [...rule.meta.aliases, ...Object.keys(config.settings).filter((key) => !rule.meta.aliases.includes(key) && rule.meta.aliasPattern?.test(key))];
    for (const code of codes) {
      const byCode = code === rule.meta.name ? undefined : config.settings[code]?.severity;
      if (byCode !== undefined) ruleSettings[code] = byCode;
    }
  }
  const printed = {
    file,
    configFile: shown(source.config),
    hadolintFile: shown(source.hadolint),
    ignored: config.ignored,
    context: shown(config.context ?? path.dirname(path.resolve(cwd, file))),
    failureThreshold: config.failureThreshold,
    maxFileSize: config.maxFileSize,
    ...registryKeys(config.registry ?? {}),
    rules: ruleSettings,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

/** The registry settings under their config keys; null for a default (1GB budget, this machine's platform). */
function registryKeys(registry: RegistrySettings): Record<string, unknown> {
  return {
    offline: registry.offline ?? false,
    registryMirrors: registry.mirrors ?? {},
    insecureRegistries: registry.insecureRegistries ?? [],
    networkBudget: registry.networkBudgetBytes ?? null,
    platform: registry.platform ? formatPlatform(registry.platform) : null,
  };
}
