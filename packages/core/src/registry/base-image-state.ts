import type { DockerfileModel } from '../parse/types';
import type { BaseImageIndex } from './base-image-index';
import type { BaseImage } from './base-images';
import type { Platform } from './platform';

/**
 * What is known about one stage's registry base image: resolved (its index: files, config,
 * installed packages), or not, with why in a few words that complete "base image not resolved (…)",
 * without the image's name: `offline`, `being resolved`, `not found (404)`, `no answer within 30000 ms`,
 * `its layers (1.2 GiB) exceed the network budget left (300.0 MiB); raise the network budget (--network-budget, config networkBudget)`.
 */
export type BaseImageState =
  | { status: 'resolved'; base: BaseImage; index: BaseImageIndex }
  | { status: 'unresolved'; base: BaseImage; reason: string };

/** Stage index → its base image's state. Stages `FROM scratch` or `FROM <stage>` have none. */
export type BaseImageStates = ReadonlyMap<number, BaseImageState>;

/** Where analyses get base images from (the CLI and the language server share one per run/session). */
export interface BaseImageSource {
  /**
   * Every registry base image of the document, downloading what the cache lacks within the run's
   * network budget. Never rejects: every problem is an `unresolved` state with its reason.
   */
  resolve(document: DockerfileModel): Promise<BaseImageStates>;
  /** What is known without any network request: cached images resolved, the others unresolved. */
  cached(document: DockerfileModel): BaseImageStates;
}

/** How base images are resolved: CLI flags and config keys map onto these. */
export interface RegistryOptions {
  /** no network and no cache: every base image is unresolved, reason `offline` (today's behaviour) */
  offline?: boolean;
  /** registry (`docker.io`) → mirror base URL (`http://127.0.0.1:5000`), like Docker's registry-mirrors */
  mirrors?: Readonly<Record<string, string>>;
  /** registries spoken to over plain http (localhost and 127.0.0.1 always are) */
  insecureRegistries?: readonly string[];
  /** compressed layer bytes one resolver may download (1 GiB by default); an image past it stays unresolved with a note */
  networkBudgetBytes?: number;
  /** default: cacheDirectory(env) — $XDG_CACHE_HOME/dflint or ~/.cache/dflint */
  cacheDir?: string;
  /** the build's target platform (`--platform`); the host's by default */
  platform?: Platform;
  /** the longest wait for an answer, then for each piece of its body (30 s by default) */
  timeoutMs?: number;
  /** HTTPS_PROXY/NO_PROXY, DOCKER_CONFIG, HOME, XDG_CACHE_HOME; process.env by default */
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  /** download progress, for a progress line on a TTY */
  onProgress?: (progress: DownloadProgress) => void;
}

export interface DownloadProgress {
  /** the image being downloaded, as formatted (`docker.io/library/debian:bookworm`) */
  image: string;
  receivedBytes: number;
  totalBytes: number;
  layersDone: number;
  layerCount: number;
}
