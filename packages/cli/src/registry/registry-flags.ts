import { mirrorUrlProblem, offlineFromEnv, PLATFORM_EXAMPLES, readNetworkBudget, readPlatform, registryNameProblem, type RegistrySettings } from '@dflint/config';
import { UsageError } from '../io';

/** The command line's registry flags, as yargs hands them over. */
export interface RegistryFlags {
  offline?: boolean;
  registryMirror?: string[];
  insecureRegistry?: string[];
  networkBudget?: string;
  platform?: string;
}

/**
 * The registry flags as settings; `DFLINT_OFFLINE=1` counts as --offline unless --offline or
 * --no-offline is given. A value dflint cannot use is a UsageError (one line, exit 2).
 */
export function readRegistryFlags(flags: RegistryFlags, env: NodeJS.ProcessEnv): RegistrySettings {
  const settings: RegistrySettings = {};
  const offline = flags.offline ?? offlineFromEnv(env);
  if (offline !== undefined) settings.offline = offline;
  if (flags.registryMirror?.length) settings.mirrors = Object.fromEntries(flags.registryMirror.map(readMirrorFlag));
  if (flags.insecureRegistry?.length) settings.insecureRegistries = flags.insecureRegistry.map(readInsecureFlag);
  if (flags.networkBudget !== undefined) {
    const bytes = readNetworkBudget(flags.networkBudget);
    if (bytes === undefined) throw new UsageError(`--network-budget must be a size such as 1GB, 500MiB or a number of bytes (got '${flags.networkBudget}')`);
    settings.networkBudgetBytes = bytes;
  }
  if (flags.platform !== undefined) {
    const platform = readPlatform(flags.platform);
    if (!platform) throw new UsageError(`--platform must be os/architecture[/variant], such as ${PLATFORM_EXAMPLES} (got '${flags.platform}')`);
    settings.platform = platform;
  }
  return settings;
}

/** A config's settings with the command line's over them: mirrors per registry, insecure registries added. */
export function withRegistryFlags(config: RegistrySettings | undefined, flags: RegistrySettings | undefined): RegistrySettings {
  const merged: RegistrySettings = { ...config, ...flags };
  if (config?.mirrors && flags?.mirrors) merged.mirrors = { ...config.mirrors, ...flags.mirrors };
  if (config?.insecureRegistries && flags?.insecureRegistries) merged.insecureRegistries = [...new Set([...config.insecureRegistries, ...flags.insecureRegistries])];
  return merged;
}


function readMirrorFlag(spec: string): [string, string] {
  const equals = spec.indexOf('=');
  if (equals <= 0) throw new UsageError(`--registry-mirror takes REGISTRY=URL, such as docker.io=https://mirror.example.com (got '${spec}')`);
  const registry = spec.slice(0, equals).trim();
  const url = spec.slice(equals + 1).trim();
  const problem = registryNameProblem(registry) ?? mirrorUrlProblem(url);
  if (problem) throw new UsageError(`--registry-mirror ${spec}: ${problem}`);
  return [registry, url];
}

function readInsecureFlag(registry: string): string {
  const problem = registryNameProblem(registry.trim());
  if (problem) throw new UsageError(`--insecure-registry ${registry}: ${problem}`);
  return registry.trim();
}
