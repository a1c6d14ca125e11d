import type { ConfigText } from './config-text';
import { ConfigError, type KeyPath } from './errors';
import { mirrorUrlProblem, PLATFORM_EXAMPLES, readNetworkBudget, readPlatform, registryNameProblem, type RegistrySettings } from './registry-settings';
import type { DflintConfig } from './types';

/**
 * A config's registry keys as the resolver takes them; undefined when it sets none. The schema
 * has checked their types and shapes; what is left to refuse (a registry name Docker would not
 * take, a URL that does not parse) is a ConfigError on the key's line.
 */
export function registrySettingsOf(config: DflintConfig, parsed: ConfigText, file: string, prefix: KeyPath): RegistrySettings | undefined {
  const fail = (keyPath: KeyPath, problem: string): never => {
    const fullPath = [...prefix, ...keyPath];
    throw new ConfigError(file, problem, parsed.lineOf(fullPath), fullPath);
  };
  const settings: RegistrySettings = {};
  if (config.offline !== undefined) settings.offline = config.offline;
  if (config.registryMirrors !== undefined) {
    for (const [registry, url] of Object.entries(config.registryMirrors)) {
      const problem = registryNameProblem(registry) ?? mirrorUrlProblem(url);
      if (problem) fail(['registryMirrors', registry], problem);
    }
    settings.mirrors = config.registryMirrors;
  }
  if (config.insecureRegistries !== undefined) {
    for (const [index, registry] of config.insecureRegistries.entries()) {
      const problem = registryNameProblem(registry);
      if (problem) fail(['insecureRegistries', index], problem);
    }
    settings.insecureRegistries = config.insecureRegistries;
  }
  if (config.networkBudget !== undefined) {
    const bytes = readNetworkBudget(config.networkBudget);
    settings.networkBudgetBytes = bytes ?? fail(['networkBudget'], `must be a size such as 1GB, 500MiB or a number of bytes (got ${JSON.stringify(config.networkBudget)})`);
  }
  if (config.platform !== undefined) {
    settings.platform = readPlatform(config.platform) ?? fail(['platform'], `must be a platform such as ${PLATFORM_EXAMPLES} (got ${JSON.stringify(config.platform)})`);
  }
  return Object.keys(settings).length ? settings : undefined;
}
