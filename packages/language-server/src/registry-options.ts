// The language server's one door to core's registry module: both threads build their base-image
// sources from the same RegistryInput, so the worker's cache lookups and the main thread's
// downloads agree on options, cache folder and image keys.
import { BaseImageResolver, formatImageReference, formatPlatform, type BaseImage, type BaseImageSource, type RegistryOptions } from '@dflint/core';
import type { RegistrySettings } from '@dflint/config';

/** How base images are found for a document (config keys, editor settings, env), as the worker gets it: the part of RegistryOptions a user sets. */
export type RegistryInput = RegistrySettings;

/** equal inputs, equal keys: one source per distinct set of options */
export function registryKey(input: RegistryInput): string {
  const { offline, mirrors, insecureRegistries, networkBudgetBytes, platform } = input;
  return JSON.stringify([offline === true, Object.entries(mirrors ?? {}).sort(), [...(insecureRegistries ?? [])].sort(), networkBudgetBytes, platform && formatPlatform(platform)]);
}

/** `docker.io/library/debian:bookworm linux/amd64`; undefined when the FROM names no usable reference */
export function imageKey(base: BaseImage): string | undefined {
  return base.reference && `${formatImageReference(base.reference)} ${formatPlatform(base.platform)}`;
}

/** core's resolver: the worker asks it only what is cached, the main thread has it download */
export function newBaseImageSource(options: RegistryOptions): BaseImageSource {
  return new BaseImageResolver(options);
}
