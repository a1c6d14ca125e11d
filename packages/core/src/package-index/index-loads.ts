// How a run or an editor session loads package indexes (apt, apk, rpm): each once, shared.
import { cacheDirectory } from '../registry/index-cache';
import { proxyFetch } from '../registry/proxy-fetch';
import type { IndexFetchOptions, PackageIndexOptions } from './package-index-options';

type Unavailable = { status: 'unavailable'; reason: string };

/** A load that threw, in the words every loader uses: one line, at most 160 characters of it. */
export function unexpectedError(error: unknown): string {
  return `unexpected error: ${String(error instanceof Error ? error.message : error).split('\n')[0].slice(0, 160)}`;
}

/**
 * Each index once per run or session: concurrent callers share the load in flight, settled results
 * are kept for later analyses and for cached(), and a load that throws is unavailable with why.
 */
export class IndexLoads<R extends { status: 'indexed' } | Unavailable> {
  private readonly working = new Map<string, Promise<R>>();
  private readonly settled = new Map<string, R>();

  /** `onSettled`: after each load ends (a progress line is cleared then) */
  constructor(private readonly onSettled?: () => void) {}

  load(key: string, start: () => Promise<R>): Promise<R> | R {
    const known = this.settled.get(key);
    if (known) return known;
    let promise = this.working.get(key);
    if (!promise) {
      promise = start().catch((error: unknown) => ({ status: 'unavailable', reason: unexpectedError(error) }) as R);
      this.working.set(key, promise);
      void promise.then((result) => {
        this.settled.set(key, result);
        this.working.delete(key);
        this.onSettled?.();
      });
    }
    return promise;
  }

  /**
   * Without a request: a settled result, else what `read` finds in the disk cache (kept once
   * indexed). `failure`: why a background load of it failed, said instead of a not-cached answer.
   */
  cached(key: string, read: () => R, failure: (result: Unavailable) => string | undefined): R {
    const known = this.settled.get(key);
    if (known) return known;
    const result = read();
    if (result.status === 'indexed') this.settled.set(key, result);
    const why = result.status === 'unavailable' ? failure(result as Unavailable) : undefined;
    return why ? ({ status: 'unavailable', reason: why } as R) : result;
  }
}

/** A run's options as the fetchers take them: the cache directory and fetch the environment gives unless set. */
export function indexFetchOptions(options: PackageIndexOptions): IndexFetchOptions {
  const env = options.env ?? process.env;
  return {
    cacheDirectory: options.cacheDir ?? cacheDirectory(env),
    offline: options.offline,
    fetch: options.fetch ?? proxyFetch(env),
    timeoutMs: options.timeoutMs,
    now: options.now,
  };
}
