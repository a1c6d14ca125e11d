// The language server's one door to core's registry module: both threads build their base-image
// sources from the same RegistryInput, so the worker's cache lookups and the main thread's
// downloads agree on options, cache folder and image keys.
import type { AnalysisRequest } from '@dflint/core';
import { baseImages } from '@dflint/core/dist/registry/base-images';
import type { RegistryOptions } from '@dflint/core/dist/registry/base-image-state';
import { formatPlatform, parsePlatform } from '@dflint/core/dist/registry/platform';
import { formatImageReference } from '@dflint/core/dist/registry/reference';

export type BaseImageSource = NonNullable<AnalysisRequest['baseImages']>;
export type BaseImageStates = ReturnType<BaseImageSource['cached']>;
type BaseImage = (BaseImageStates extends ReadonlyMap<number, infer State> ? State : never)['base'];
export type { RegistryOptions };

/** How base images are found for a document (config keys, editor settings, env), as the worker gets it. */
export interface RegistryInput {
  offline: boolean;
  /** registry (`docker.io`) → mirror URL */
  mirrors: Record<string, string>;
  insecureRegistries: string[];
  networkBudgetBytes?: number;
  /** `linux/arm64` */
  platform?: string;
}

/** the reason cached() gives an image that is not in the cache yet */
export const BEING_RESOLVED = 'being resolved';

export function registryOptions(input: RegistryInput): RegistryOptions {
  const options: RegistryOptions = { offline: input.offline, mirrors: input.mirrors, insecureRegistries: input.insecureRegistries };
  if (input.networkBudgetBytes !== undefined) options.networkBudgetBytes = input.networkBudgetBytes;
  const platform = input.platform === undefined ? undefined : parsePlatform(input.platform);
  if (platform) options.platform = platform;
  return options;
}

/** equal inputs, equal keys: one source per distinct set of options */
export function registryKey(input: RegistryInput): string {
  return JSON.stringify([input.offline, Object.entries(input.mirrors).sort(), [...input.insecureRegistries].sort(), input.networkBudgetBytes, input.platform]);
}

/** `docker.io/library/debian:bookworm linux/amd64`; undefined when the FROM names no usable reference */
export function imageKey(base: BaseImage): string | undefined {
  return base.reference && `${formatImageReference(base.reference)} ${formatPlatform(base.platform)}`;
}

export { formatImageReference, formatPlatform };

/** TEMPORARY until lane A's BaseImageResolver lands: every image unresolved. */
export function newBaseImageSource(options: RegistryOptions): BaseImageSource {
  const states = (document: Parameters<BaseImageSource['cached']>[0]) => new Map(baseImages(document as never, { targetPlatform: options.platform }).map((base) => [base.stage, { status: 'unresolved' as const, base, reason: options.offline ? 'offline' : BEING_RESOLVED }]));
  return { cached: states, resolve: async (document) => states(document) };
}
