import { BEING_RESOLVED, parseDockerfile, type BaseImageSource, type DownloadProgress, type RegistryOptions } from '@dflint/core';
import type { BaseImageFigure } from './analysis-types';
import { imageKey, registryKey, type RegistryInput } from './registry-options';

export interface BackgroundResolutionDeps {
  newSource(options: RegistryOptions): BaseImageSource;
  /** resolutions settled (resolved or failed): these open documents name one of the images */
  settled(uris: string[]): void;
  log(message: string): void;
  /** bytes arriving; `downloadsDone` once nothing is being resolved any more */
  onProgress?(progress: DownloadProgress): void;
  downloadsDone?(): void;
  /** a re-checked tag names another image now: what analyses keep of the old one must go */
  baseImagesChanged?(): void;
  /** a failed image is tried again after this long (or when the configuration changes) */
  retryAfterMs?: number;
  now?: () => number;
}

const RETRY_AFTER_MS = 10 * 60_000;
const NOT_KEPT = 'downloaded, but the cache folder did not keep it';

/**
 * Downloads the base images analyses found missing from the cache, on the main thread and never
 * awaited by an analysis: each image once (shared by every document naming it); when it settles,
 * the documents naming it are analysed again. A failure is remembered with its reason, so it is
 * not retried on every keystroke and the worker can say why. A resolver lives while downloads
 * are under way: the network budget bounds what one burst of them takes.
 */
export class BackgroundResolution {
  private readonly sources = new Map<string, BaseImageSource>();
  /** registry key → image key → failure reason (undefined: resolved) and when */
  private readonly settledImages = new Map<string, Map<string, { reason?: string; at: number }>>();
  private readonly pending = new Set<string>();
  /** images (registry key + image key) resolved or re-checked in this session */
  private readonly checked = new Set<string>();
  /** uri → the images (registry key + image key) its latest analysis names */
  private readonly imagesOf = new Map<string, Set<string>>();

  constructor(private readonly deps: BackgroundResolutionDeps) {}

  /**
   * image key → why an analysis that still finds it missing from the cache should not say `being
   * resolved`: its resolution failed, or it resolved but the cache did not keep it (an unwritable
   * cache folder; not asked for again, or every analysis would start another resolution)
   */
  failures(registry: RegistryInput): Record<string, string> {
    const failures: Record<string, string> = {};
    for (const [image, outcome] of this.settledFor(registryKey(registry))) failures[image] = outcome.reason ?? NOT_KEPT;
    return failures;
  }

  /**
   * After each analysis: starts what is being resolved and not started yet, and once a session
   * re-checks a tag the cache resolved (a tag's resolution is re-checked after its TTL, as a CLI
   * run does; no request while it is fresh).
   */
  analysed(uri: string, text: string, registry: RegistryInput, figures: readonly BaseImageFigure[]): void {
    const key = registryKey(registry);
    const images = figures.filter((figure) => figure.image !== undefined);
    this.imagesOf.set(uri, new Set(images.map((figure) => session(key, figure.image!))));
    const settled = this.settledFor(key);
    const idle = (figure: BaseImageFigure) => !this.pending.has(session(key, figure.image!));
    const missing = images.filter((figure) => figure.reason === BEING_RESOLVED && !settled.has(figure.image!) && idle(figure));
    // a tag, not an image pinned by digest (`…@sha256:…`)
    const tags = images.filter((figure) => figure.resolved && !figure.image!.includes('@') && !this.checked.has(session(key, figure.image!)) && idle(figure));
    if (missing.length + tags.length === 0) return;
    // image → the digest the cache gave (a re-check), or undefined (a download)
    const wanted = new Map<string, string | undefined>([...missing.map((figure) => [figure.image!, undefined] as const), ...tags.map((figure) => [figure.image!, figure.resolved!.digest] as const)]);
    for (const image of wanted.keys()) this.pending.add(session(key, image));
    if (missing.length > 0) this.deps.log(`dflint: resolving ${missing.map((figure) => figure.image).join(', ')} in the background`);
    void this.resolve(key, registry, text, wanted);
  }

  forget(uri: string): void {
    this.imagesOf.delete(uri);
  }

  /** The configuration changed: failed images are tried again. */
  retryFailures(): void {
    this.settledImages.clear();
  }

  private async resolve(key: string, registry: RegistryInput, text: string, wanted: ReadonlyMap<string, string | undefined>): Promise<void> {
    const outcomes = new Map<string, { reason?: string; digest?: string }>();
    try {
      const states = await this.sourceFor(key, registry).resolve(parseDockerfile(text));
      for (const state of states.values()) {
        const image = imageKey(state.base);
        if (image !== undefined && wanted.has(image)) outcomes.set(image, state.status === 'resolved' ? { digest: state.index.image.digest } : { reason: state.reason });
      }
    } catch (error) {
      // resolve() never rejects; should it, the images fail with a short line rather than stay pending
      for (const image of wanted.keys()) outcomes.set(image, { reason: `could not be resolved: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    }
    const settled = this.settledFor(key);
    const at = (this.deps.now ?? Date.now)();
    const changed: string[] = [];
    for (const [image, cachedDigest] of wanted) {
      this.pending.delete(session(key, image));
      this.checked.add(session(key, image));
      const { reason, digest } = outcomes.get(image) ?? { reason: 'not found in the document any more' };
      if (reason !== undefined) this.deps.log(`dflint: ${image}: base image not resolved (${reason})`);
      if (cachedDigest === undefined) {
        settled.set(image, { reason, at });
        changed.push(image);
      } else if (digest !== undefined && digest !== cachedDigest) {
        // the tag moved: the worker drops the old index it keeps in memory
        this.deps.log(`dflint: ${image} is now ${digest}`);
        this.deps.baseImagesChanged?.();
        changed.push(image);
      }
    }
    // nothing left to share: the resolver goes with the indexes it holds (the worker reads them from
    // the cache); the next download gets a fresh one, and with it a fresh network budget
    if (![...this.pending].some((pending) => pending.startsWith(session(key, '')))) this.sources.delete(key);
    if (this.pending.size === 0) this.deps.downloadsDone?.();
    const names = new Set(changed.map((image) => session(key, image)));
    const uris = [...this.imagesOf].filter(([, images]) => [...images].some((image) => names.has(image))).map(([uri]) => uri);
    if (uris.length > 0) this.deps.settled(uris);
  }

  private sourceFor(key: string, registry: RegistryInput): BaseImageSource {
    let source = this.sources.get(key);
    if (!source) {
      const { onProgress } = this.deps;
      this.sources.set(key, (source = this.deps.newSource({ ...registry, ...(onProgress && { onProgress: (progress) => onProgress(progress) }) })));
    }
    return source;
  }

  /** the settled images of one set of options, failures past their retry time dropped */
  private settledFor(key: string): Map<string, { reason?: string; at: number }> {
    let settled = this.settledImages.get(key);
    if (!settled) this.settledImages.set(key, (settled = new Map()));
    const oldest = (this.deps.now ?? Date.now)() - (this.deps.retryAfterMs ?? RETRY_AFTER_MS);
    for (const [image, outcome] of settled) if (outcome.reason !== undefined && outcome.at < oldest) settled.delete(image);
    return settled;
  }
}

/** an image as the session tracks it: under the registry settings it is resolved with */
function session(registryKey: string, image: string): string {
  return `${registryKey}\n${image}`;
}
