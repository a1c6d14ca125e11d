import type { DockerfileModel } from '../parse/types';
import { formatByteCount } from '../layers/bytes';
import { assembleBaseImageIndex, indexBaseImage, type BaseImageCaches, type BaseImageIndex } from './base-image-index';
import type { BaseImageSource, BaseImageState, BaseImageStates, RegistryOptions } from './base-image-state';
import { baseImages, type BaseImage } from './base-images';
import { RegistryClient, RegistryError } from './client';
import { dockerConfigPath, dockerCredentials } from './docker-credentials';
import { cacheDirectory, LayerIndexCache, ResolvedImageCache } from './index-cache';
import type { LayerIndex } from './layer-index';
import { formatPlatform, type Platform } from './platform';
import { proxyFetch } from './proxy-fetch';
import { formatImageReference, type ImageReference } from './reference';

export const DEFAULT_NETWORK_BUDGET_BYTES = 1024 ** 3;
/** the reason of every image while offline, exactly */
export const OFFLINE = 'offline';
/** the reason `cached()` gives an image the cache does not hold yet */
export const BEING_RESOLVED = 'being resolved';

type Outcome = { status: 'resolved'; index: BaseImageIndex } | { status: 'unresolved'; reason: string };

/**
 * The base images of Dockerfiles, from the registries and the cache (one resolver per CLI run or
 * editor session). Each reference and platform is resolved once, concurrent requests sharing the
 * work; downloads stay within the network budget; every failure is an `unresolved` state whose
 * reason is one line.
 */
export class BaseImageResolver implements BaseImageSource {
  private readonly env: NodeJS.ProcessEnv;
  private readonly caches: BaseImageCaches;
  private budgetLeft: number;
  private client?: RegistryClient;
  /** reference + platform → what resolve() found, or the promise of it while it works */
  private readonly outcomes = new Map<string, Outcome | Promise<Outcome>>();
  /** merged indexes by image digest, so cached() is fast on every keystroke */
  private readonly indexes = new Map<string, BaseImageIndex>();
  /** reference + platform → the digest cached() found on disk */
  private readonly cachedDigests = new Map<string, string>();

  constructor(private readonly options: RegistryOptions = {}) {
    this.env = options.env ?? process.env;
    const directory = options.cacheDir ?? cacheDirectory(this.env);
    this.caches = { layers: new LayerIndexCache(directory), images: new ResolvedImageCache(directory) };
    this.budgetLeft = options.networkBudgetBytes ?? DEFAULT_NETWORK_BUDGET_BYTES;
  }

  async resolve(document: DockerfileModel): Promise<BaseImageStates> {
    const states = new Map<number, BaseImageState>();
    try {
      const bases = baseImages(document, { targetPlatform: this.options.platform });
      const outcomes = await Promise.all(bases.map((base) => this.outcomeOf(base)));
      bases.forEach((base, i) => states.set(base.stage, stateOf(base, outcomes[i])));
    } catch {
      // only a bug gets here (every registry problem is an outcome): the analysis goes on without base images
    }
    return states;
  }

  cached(document: DockerfileModel): BaseImageStates {
    const states = new Map<number, BaseImageState>();
    try {
      for (const base of baseImages(document, { targetPlatform: this.options.platform })) {
        let outcome = this.settled(base);
        try {
          outcome ??= this.cachedOutcome(base.reference!, base.platform);
        } catch (error) {
          outcome = { status: 'unresolved', reason: reasonOf(error, base.reference!) };
        }
        states.set(base.stage, stateOf(base, outcome));
      }
    } catch {
      // only a bug gets here, as in resolve()
    }
    return states;
  }

  /** Forgets the images that could not be resolved, so the next resolve() asks again (the editor's refresh). */
  forgetFailures(): void {
    for (const [key, outcome] of this.outcomes) if (!(outcome instanceof Promise) && outcome.status === 'unresolved') this.outcomes.delete(key);
  }

  /** What is already decided without the cache: offline, a FROM that names no image, a settled resolve(). */
  private settled(base: BaseImage): Outcome | undefined {
    if (this.options.offline) return { status: 'unresolved', reason: OFFLINE };
    if (!base.reference) return { status: 'unresolved', reason: base.problem ?? 'no image reference' };
    const outcome = this.outcomes.get(keyOf(base.reference, base.platform));
    return outcome instanceof Promise ? undefined : outcome;
  }

  private outcomeOf(base: BaseImage): Outcome | Promise<Outcome> {
    const settled = this.settled(base);
    if (settled) return settled;
    const key = keyOf(base.reference!, base.platform);
    let outcome = this.outcomes.get(key);
    if (!outcome) {
      const working = this.download(base.reference!, base.platform).then((index): Outcome => ({ status: 'resolved', index }), (error: unknown): Outcome => ({ status: 'unresolved', reason: reasonOf(error, base.reference!) }));
      this.outcomes.set(key, working);
      void working.then((done) => this.outcomes.set(key, done));
      outcome = working;
    }
    return outcome;
  }

  private async download(reference: ImageReference, platform: Platform): Promise<BaseImageIndex> {
    const name = formatImageReference(reference);
    const index = await indexBaseImage(this.registryClient(), this.caches, reference, platform, {
      beforeDownload: (bytes) => this.spend(bytes, name),
      onDownload: (download) => this.options.onProgress?.({ image: name, ...download }),
    });
    this.indexes.set(index.image.digest, index);
    return index;
  }

  /** Takes the bytes of an image's uncached layers from the budget, or refuses them all. */
  private spend(bytes: number, name: string): void {
    if (bytes > this.budgetLeft) {
      throw new RegistryError(`${name}: its layers (${formatByteCount(bytes)}) exceed the network budget left (${formatByteCount(this.budgetLeft)}); raise the network budget (--network-budget, config networkBudget)`);
    }
    this.budgetLeft -= bytes;
  }

  /** The image as the cache holds it, whatever the age of a tag's resolution; no request. */
  private cachedOutcome(reference: ImageReference, platform: Platform): Outcome {
    const key = keyOf(reference, platform);
    const digest = this.cachedDigests.get(key);
    const known = digest && this.indexes.get(digest);
    if (known) return { status: 'resolved', index: known };
    const image = this.caches.images.read(reference, platform, { anyAge: true });
    if (!image) return { status: 'unresolved', reason: BEING_RESOLVED };
    let index = this.indexes.get(image.digest);
    if (!index) {
      const layers = image.layers.map((layer) => this.caches.layers.read(layer.digest));
      if (layers.some((layer) => !layer)) return { status: 'unresolved', reason: BEING_RESOLVED };
      index = assembleBaseImageIndex(image, layers as LayerIndex[]);
      this.indexes.set(image.digest, index);
    }
    this.cachedDigests.set(key, image.digest);
    return { status: 'resolved', index };
  }

  private registryClient(): RegistryClient {
    return (this.client ??= new RegistryClient({
      mirrors: this.options.mirrors,
      insecure: this.options.insecureRegistries,
      credentials: dockerCredentials(dockerConfigPath(this.env), this.env),
      timeoutMs: this.options.timeoutMs,
      fetch: this.options.fetch ?? proxyFetch(this.env),
    }));
  }
}

function keyOf(reference: ImageReference, platform: Platform): string {
  return `${formatImageReference(reference)} ${formatPlatform(platform)}`;
}

function stateOf(base: BaseImage, outcome: Outcome): BaseImageState {
  return outcome.status === 'resolved' ? { status: 'resolved', base, index: outcome.index } : { status: 'unresolved', base, reason: outcome.reason };
}

/**
 * The reason completing "base image not resolved (…)": a RegistryError's line without the image
 * name it starts with (the note and the figure name the image already); anything else (a bug, a
 * full disk) as a short line.
 */
function reasonOf(error: unknown, reference: ImageReference): string {
  if (error instanceof RegistryError) {
    const prefix = `${formatImageReference(reference)}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message.split('\n')[0].slice(0, 160)}`;
}
