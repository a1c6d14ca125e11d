import type { DockerfileModel } from '../parse/types';
import { expandVariables } from '../layers/context/expand-variables';
import { globalArgValues } from '../layers/stage-env';
import { parseImageReference, ReferenceError, type ImageReference } from './reference';
import { formatPlatform, hostPlatform, parsePlatform, type Platform } from './platform';

/** What a stage's FROM names from a registry, or why it cannot be looked up. */
export interface BaseImage {
  stage: number;
  /** the reference as written (`$BASE`, `debian:bookworm`) */
  written: string;
  reference?: ImageReference;
  platform: Platform;
  /** why there is no reference: a variable without a known value, or a name Docker refuses */
  problem?: string;
}

export interface BaseImageOptions {
  /** `docker build --platform`; the build platform (this host) when not given */
  targetPlatform?: Platform;
  buildPlatform?: Platform;
}

/**
 * The registry images a Dockerfile's stages start from: `FROM scratch` and `FROM <stage>` need none.
 * Global ARG defaults and BuildKit's automatic platform ARGs (`$TARGETPLATFORM`, `$BUILDPLATFORM`,
 * `$TARGETARCH`, …) are expanded in the reference and in `--platform`.
 */
export function baseImages(document: DockerfileModel, options: BaseImageOptions = {}): BaseImage[] {
  const build = options.buildPlatform ?? hostPlatform();
  const target = options.targetPlatform ?? build;
  const env = new Map([...platformArgs('BUILD', build), ...platformArgs('TARGET', target), ...globalArgValues(document)]);
  const images: BaseImage[] = [];
  for (const stage of document.stages) {
    if (stage.baseStage !== undefined || stage.base.toLowerCase() === 'scratch') continue;
    const written = stage.base;
    const platformFlag = stage.from.flags.find((flag) => flag.name === 'platform' && flag.value !== null);
    let platform = target;
    if (platformFlag) {
      const expanded = expandVariables(platformFlag.value!, env, { escapeChar: document.escapeChar });
      const parsed = expanded.unknown.length === 0 ? parsePlatform(expanded.value) : undefined;
      if (!parsed) {
        images.push({ stage: stage.index, written, platform, problem: `--platform=${platformFlag.value} is not a platform dflint can work out` });
        continue;
      }
      platform = parsed;
    }
    const expanded = expandVariables(written, env, { escapeChar: document.escapeChar });
    if (expanded.unknown.length > 0) {
      const names = expanded.unknown.map((name) => `$${name}`).join(', ');
      images.push({ stage: stage.index, written, platform, problem: `${names} has no default in an ARG before the first FROM` });
      continue;
    }
    try {
      images.push({ stage: stage.index, written, platform, reference: parseImageReference(expanded.value) });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      images.push({ stage: stage.index, written, platform, problem: error.message });
    }
  }
  return images;
}

/** BuildKit's automatic ARGs for one side: `BUILDPLATFORM`, `BUILDOS`, `BUILDARCH`, `BUILDVARIANT`. */
function platformArgs(side: 'BUILD' | 'TARGET', platform: Platform): Array<[string, string]> {
  return [
    [`${side}PLATFORM`, formatPlatform(platform)],
    [`${side}OS`, platform.os],
    [`${side}ARCH`, platform.architecture],
    [`${side}VARIANT`, platform.variant ?? ''],
  ];
}
