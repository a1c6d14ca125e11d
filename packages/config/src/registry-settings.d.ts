import { type RegistryOptions } from '@dflint/core';
/**
 * What a config file or the command line says about resolving base images: the part of the
 * resolver's options a user sets (`offline`, `registryMirrors`, `insecureRegistries`,
 * `networkBudget`, `platform`).
 */
export type RegistrySettings = Pick<RegistryOptions, 'offline' | 'mirrors' | 'insecureRegistries' | 'networkBudgetBytes' | 'platform'>;
/** Why `name` is not a registry host as FROM names one (`docker.io`, `ghcr.io`, `localhost:5000`); undefined when it is. */
export declare function registryNameProblem(name: string): string | undefined;
/** Why `url` cannot be a mirror's base URL; undefined when it is an http:// or https:// URL. */
export declare function mirrorUrlProblem(url: string): string | undefined;
/** The first problem of a registry → mirror map, for a message about it. */
export declare function mirrorsProblem(mirrors: Readonly<Record<string, string>>): {
    registry: string;
    problem: string;
} | undefined;
export declare const PLATFORM_EXAMPLES = "linux/amd64, linux/arm64 or linux/arm/v7";
/** `linux/arm64` as the resolver takes it; undefined when it is not os/architecture[/variant]. */
export declare function readPlatform(text: string): RegistryOptions['platform'];
/** A network budget in bytes (0: download nothing, use only the cache); undefined when it is not a size. */
export declare function readNetworkBudget(value: string | number): number | undefined;
/** `DFLINT_OFFLINE=1` (any value but empty, 0, false or no) means --offline; undefined when it is not set. */
export declare function offlineFromEnv(env: NodeJS.ProcessEnv): boolean | undefined;
