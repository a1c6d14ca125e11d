import { TransformStream, type ReadableStream } from 'node:stream/web';
import { DEFAULT_TIMEOUT_MS } from '../registry/client';
import { request } from './apt-fetch';
import { AptIndexError } from './apt-release';
import { readApkIndexArchive } from './apk-index';
import { ApkIndexCache } from './apk-index-cache';
import { apkIndexUrl, type ApkRepository } from './apk-repositories';
import { ApkIndexError, type ApkIndex } from './apk-types';
import { OFFLINE_REASON } from './package-knowledge';
import { NOT_CACHED_REASON } from './package-index-options';

export { OFFLINE_REASON };
/** how long a fetched index is trusted before the mirror is asked again (with If-None-Match / If-Modified-Since) */
export const APK_INDEX_TTL_MS = 6 * 60 * 60 * 1000;

export interface ApkIndexOptions {
  /** the dflint cache directory (registry/index-cache.ts cacheDirectory) */
  cacheDirectory: string;
  /** no request at all: every index is unavailable with OFFLINE_REASON */
  offline?: boolean;
  fetch?: typeof fetch;
  now?: () => number;
  /** the longest wait for an answer's headers, then for each next piece of its body (the registry's default) */
  timeoutMs?: number;
  /** download progress: bytes received so far of the answer's Content-Length (not called without one) */
  onDownload?: (receivedBytes: number, totalBytes: number) => void;
}

/** `bytes`: the APKINDEX.tar.gz's size as downloaded (what apk keeps in /var/cache/apk, named by apkIndexCacheName) */
export type ApkIndexResult = { status: 'indexed'; index: ApkIndex; url: string; bytes?: number } | { status: 'unavailable'; reason: string };

/**
 * One repository's APKINDEX.tar.gz for the architecture, as `apk update` fetches it: from the cache
 * within APK_INDEX_TTL_MS, else asked again (a 304 keeps the cached one), streamed, read and kept by
 * its URL. The signature is not verified (dflint only reads sizes). Only http(s) repositories are
 * read. Failures are one-line reasons, not throws.
 */
export async function loadApkIndex(repository: ApkRepository, architecture: string, options: ApkIndexOptions): Promise<ApkIndexResult> {
  if (options.offline) return { status: 'unavailable', reason: OFFLINE_REASON };
  const url = apkIndexUrl(repository, architecture);
  const now = options.now ?? Date.now;
  const cache = new ApkIndexCache(options.cacheDirectory);
  try {
    if (!/^https?:\/\/[^/]/.test(url)) throw new ApkIndexError(`${repository.url} is not an http(s) repository (${repository.file} line ${repository.line})`);
    const stored = cache.read(url);
    const cached = (): ApkIndexResult => ({ status: 'indexed', index: stored!.index, url, ...(stored!.stamp.bytes !== undefined ? { bytes: stored!.stamp.bytes } : {}) });
    if (stored && now() - stored.stamp.at <= APK_INDEX_TTL_MS) return cached();
    const headers: Record<string, string> = {};
    if (stored?.stamp.etag) headers['if-none-match'] = stored.stamp.etag;
    if (stored?.stamp.lastModified) headers['if-modified-since'] = stored.stamp.lastModified;
    const fetcher = options.fetch ?? fetch;
    const response = await request(url, ((input: string, init: RequestInit) => fetcher(input, { ...init, headers })) as typeof fetch, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (response.status === 304 && stored) {
      cache.touch(url, now());
      return cached();
    }
    if (!response.ok || !response.body) throw new ApkIndexError(`${url}: ${response.status === 404 ? 'not found (HTTP 404)' : `HTTP ${response.status}`}`);
    let bytes = 0;
    const total = Number(response.headers.get('content-length')) || 0;
    const counted = (response.body as unknown as ReadableStream<Uint8Array>).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.length;
          if (total > 0) options.onDownload?.(bytes, total);
          controller.enqueue(chunk);
        },
      }),
    );
    const archive = await readApkIndexArchive(counted, url);
    const day = archive.built ? `, ${archive.built.toISOString().slice(0, 10)}` : '';
    const repositoryUrl = repository.indexFile ? url : repository.url;
    const index: ApkIndex = { source: `${repositoryUrl} ${architecture} APKINDEX${archive.description ? ` ${archive.description}` : ''}${day}`, ...(repository.tag ? { tag: repository.tag } : {}), packages: archive.packages };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    cache.write(url, index, { at: now(), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), bytes });
    return { status: 'indexed', index, url, bytes };
  } catch (error) {
    if (!(error instanceof ApkIndexError || error instanceof AptIndexError)) throw error;
    return { status: 'unavailable', reason: error.message };
  }
}

/** What the cache holds for the repository, however old: no request (PackageIndexSource.cached). */
export function cachedApkIndex(repository: ApkRepository, architecture: string, cacheDirectory: string): ApkIndex | undefined {
  return new ApkIndexCache(cacheDirectory).read(apkIndexUrl(repository, architecture))?.index;
}

/** cachedApkIndex with the downloaded size kept with it: unavailable with NOT_CACHED_REASON when the cache lacks it. */
export function cachedApkIndexResult(repository: ApkRepository, architecture: string, cacheDirectory: string): ApkIndexResult {
  const url = apkIndexUrl(repository, architecture);
  const stored = new ApkIndexCache(cacheDirectory).read(url);
  if (!stored) return { status: 'unavailable', reason: NOT_CACHED_REASON };
  return { status: 'indexed', index: stored.index, url, ...(stored.stamp.bytes !== undefined ? { bytes: stored.stamp.bytes } : {}) };
}
