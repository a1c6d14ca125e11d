import {
  loadBuildContext,
  parseDocument,
  readsBuildContext,
  type BaseImageSource,
  type LoadingPackageIndexSource,
  type PackageIndexOptions,
} from '@dflint/core';
import type { AnalysisInput } from './analysis-types';
import type { RegistryInput } from './registry-options';

export interface BackgroundPackageIndexesDeps {
  newSource(options: PackageIndexOptions): LoadingPackageIndexSource;
  /** the base images an index load starts from: the cache's only (the ones the worker found) */
  newBaseImages(registry: RegistryInput): BaseImageSource;
  /** loads settled (loaded or failed): these open documents need one of the indexes */
  settled(uris: string[]): void;
  log(message: string): void;
  /** a failed index is tried again after this long (or when the configuration changes) */
  retryAfterMs?: number;
  now?: () => number;
}

const RETRY_AFTER_MS = 10 * 60_000;
const NOT_KEPT = 'fetched, but the cache folder did not keep it';

/**
 * Loads the package indexes analyses found missing from the cache, on the main thread and never
 * awaited by an analysis: each index once (keyed as LoadedPackageIndexes.pending names it), for
 * the first document that needs it; when the load settles, every open document needing one of its
 * indexes is analysed again. A failure is kept with its reason, so it is not retried on every keystroke.
 */
export class BackgroundPackageIndexes {
  /** index key → why its load failed, and when */
  private readonly failed = new Map<string, { reason: string; at: number }>();
  /** keys being loaded, and loaded (the worker then reads them from the cache) */
  private readonly loading = new Set<string>();
  private readonly loaded = new Set<string>();
  /** uri → the keys its latest analysis found missing */
  private readonly pendingOf = new Map<string, ReadonlySet<string>>();
  /** one source while loads are under way, shared by them */
  private source?: LoadingPackageIndexSource;

  constructor(private readonly deps: BackgroundPackageIndexesDeps) {}

  /** index key → why an analysis that still finds it missing should not say `being fetched` */
  failures(): Record<string, string> {
    const oldest = (this.deps.now ?? Date.now)() - (this.deps.retryAfterMs ?? RETRY_AFTER_MS);
    for (const [key, failure] of this.failed) if (failure.at < oldest) this.failed.delete(key);
    const failures: Record<string, string> = {};
    for (const key of this.loaded) failures[key] = NOT_KEPT;
    for (const [key, failure] of this.failed) failures[key] = failure.reason;
    return failures;
  }

  /** After each analysis: loads what it found missing and no load has started or settled yet. */
  analysed(uri: string, input: AnalysisInput, pending: readonly string[] = []): void {
    this.pendingOf.set(uri, new Set(pending));
    this.failures();
    const wanted = pending.filter((key) => !this.loading.has(key) && !this.loaded.has(key) && !this.failed.has(key));
    if (wanted.length === 0) return;
    for (const key of wanted) this.loading.add(key);
    this.deps.log(`dflint: fetching package indexes in the background: ${wanted.join(', ')}`);
    void this.load(input, wanted);
  }

  forget(uri: string): void {
    this.pendingOf.delete(uri);
  }

  /** The configuration changed: failed indexes are tried again. */
  retryFailures(): void {
    this.failed.clear();
    this.loaded.clear();
  }

  private async load(input: AnalysisInput, wanted: readonly string[]): Promise<void> {
    let problems: ReadonlyMap<string, string>;
    try {
      // an offline analysis finds nothing pending: what is loaded here is loaded online
      const source = (this.source ??= this.deps.newSource({}));
      const document = await parseDocument(input.text);
      const baseImages = this.deps.newBaseImages(input.registry).cached(document);
      const { contextRoot: root, dockerfilePath } = input;
      const context = root !== undefined && readsBuildContext(document) ? await loadBuildContext(document, { root, dockerfilePath }) : undefined;
      const states = await source.load(document, baseImages, context);
      problems = new Map(states.problems.map((problem) => [problem.key, problem.reason]));
    } catch (error) {
      // load() never rejects; should anything else, the indexes fail with a short line rather than stay pending
      const reason = `could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      problems = new Map(wanted.map((key) => [key, reason]));
    }
    const at = (this.deps.now ?? Date.now)();
    for (const key of wanted) {
      this.loading.delete(key);
      const reason = problems.get(key);
      if (reason === undefined) this.loaded.add(key);
      else {
        this.failed.set(key, { reason, at });
        this.deps.log(`dflint: ${reason}`);
      }
    }
    // nothing left to share: the source goes with the indexes it holds (the worker reads them from the cache)
    if (this.loading.size === 0) this.source = undefined;
    const settled = new Set(wanted);
    const uris = [...this.pendingOf].filter(([, keys]) => [...keys].some((key) => settled.has(key))).map(([uri]) => uri);
    if (uris.length > 0) this.deps.settled(uris);
  }
}
