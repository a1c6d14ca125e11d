import { parseImageReference, parsePlatform, type RegistryOptions } from '@dflint/core';
import { parseFileSize } from './file-size';

/**
 * What a config file or the command line says about resolving base images: the part of the
 * resolver's options a user sets (`offline`, `registryMirrors`, `insecureRegistries`,
 * `networkBudget`, `platform`).
 */
export type RegistrySettings = Pick<RegistryOptions, 'offline' | 'mirrors' | 'insecureRegistries' | 'networkBudgetBytes' | 'platform'>;

/** Why `name` is not a registry host as FROM names one (`docker.io`, `ghcr.io`, `localhost:5000`); undefined when it is. */
export function registryNameProblem(name: string): string | undefined {
  let registry: string | undefined;
  try {
    registry = parseImageReference(`${name}/image`).registry;
  } catch {
    registry = undefined;
  }
  const same = registry !== undefined && (registry === name || (name === 'index.docker.io' && registry === 'docker.io'));
  return same ? undefined : `'${name}' is not a registry host (a name with a dot or a port, or localhost: docker.io, ghcr.io, localhost:5000)`;
}

/** Why `url` cannot be a mirror's base URL; undefined when it is an http:// or https:// URL. */
export function mirrorUrlProblem(url: string): string | undefined {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  // WHATWG URLs forgive `http:/host`; a mirror is written out in full
  if (parsed?.host && /^https?:\/\/[^\s/]/i.test(url)) return undefined;
  return `'${url}' is not an http:// or https:// URL`;
}

/** The first problem of a registry → mirror map, for a message about it. */
export function mirrorsProblem(mirrors: Readonly<Record<string, string>>): { registry: string; problem: string } | undefined {
  for (const [registry, url] of Object.entries(mirrors)) {
    const problem = registryNameProblem(registry) ?? mirrorUrlProblem(url);
    if (problem) return { registry, problem };
  }
  return undefined;
}

export const PLATFORM_EXAMPLES = 'linux/amd64, linux/arm64 or linux/arm/v7';

/** `linux/arm64` as the resolver takes it; undefined when it is not os/architecture[/variant]. */
export function readPlatform(text: string): RegistryOptions['platform'] {
  return /^\s*[\w.-]+\/[\w.-]+(\/[\w.-]+)?\s*$/.test(text) ? parsePlatform(text) : undefined;
}

/** A network budget in bytes (0: download nothing, use only the cache); undefined when it is not a size. */
export function readNetworkBudget(value: string | number): number | undefined {
  return parseFileSize(value, 0);
}

/** `DFLINT_OFFLINE=1` (any value but empty, 0, false or no) means --offline; undefined when it is not set. */
export function offlineFromEnv(env: NodeJS.ProcessEnv): boolean | undefined {
  const value = env.DFLINT_OFFLINE;
  if (value === undefined) return undefined;
  return !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());
}
