import { TransformStream, type ReadableStream } from 'node:stream/web';
import { DEFAULT_TIMEOUT_MS } from '../registry/client';
import { request } from './apt-fetch';
import { AptIndexError } from './apt-release';
import { readApkIndexArchive } from './apk-index';
import { ApkIndexCache, type ApkIndexStamp } from './apk-index-cache';
import { apkIndexUrl, type ApkRepository } from './apk-repositories';
import { apkKeyDigest, ApkSignatureCheck, type ApkKeys } from './apk-signature';
import { ApkIndexError, type ApkIndex } from './apk-types';
import { OFFLINE_REASON } from './package-knowledge';
import { NOT_CACHED_REASON, type IndexFetchOptions } from './package-index-options';

export { OFFLINE_REASON };
/** how long a fetched index is trusted before the mirror is asked again (with If-None-Match / If-Modified-Since) */
export const APK_INDEX_TTL_MS = 6 * 60 * 60 * 1000;

export interface ApkIndexOptions extends IndexFetchOptions {
  /** the image's trusted keys (etc/apk/keys: name → PEM): an index whose signature none of them verifies is unavailable, as apk refuses it */
  keys?: ApkKeys;
}

/** `bytes`: the APKINDEX.tar.gz's size as downloaded (what apk keeps in /var/cache/apk, named by apkIndexCacheName) */
export type ApkIndexResult = { status: 'indexed'; index: ApkIndex; url: string; bytes?: number } | { status: 'unavailable'; reason: string };

/**
 * One repository's APKINDEX.tar.gz for the architecture, as `apk update` fetches it: from the cache
 * within APK_INDEX_TTL_MS, else asked again (a 304 keeps the cached one), streamed, read and kept by
 * its URL. Its signature is verified while it streams with the image's keys (options.keys), as apk
 * does; a cached index is used only by an image that trusts the key that verified it. Only http(s)
 * repositories are read. Failures are one-line reasons, not throws; a refused index is not cached.
 */
export async function loadApkIndex(repository: ApkRepository, architecture: string, options: ApkIndexOptions): Promise<ApkIndexResult> {
  if (options.offline) return { status: 'unavailable', reason: OFFLINE_REASON };
  const url = apkIndexUrl(repository, architecture);
  const now = options.now ?? Date.now;
  const cache = new ApkIndexCache(options.cacheDirectory);
  try {
    if (!/^https?:\/\/[^/]/.test(url)) throw new ApkIndexError(`${repository.url} is not an http(s) repository (${repository.file} line ${repository.line})`);
    const keys = options.keys ?? new Map<string, string>();
    const stored = trusted(cache.read(url), keys);
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
    const signature = new ApkSignatureCheck(url, keys);
    let refused: ApkIndexError | undefined;
    const counted = (response.body as unknown as ReadableStream<Uint8Array>).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.length;
          if (total > 0) options.onDownload?.(bytes, total);
          try {
            signature.push(chunk);
          } catch (error) {
            if (!(error instanceof ApkIndexError)) throw error;
            controller.error((refused = error));
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    const archive = await readApkIndexArchive(counted, url).catch((error: unknown) => Promise.reject(refused ?? error));
    if (refused) throw refused;
    const signer = signature.finish();
    const day = archive.built ? `, ${archive.built.toISOString().slice(0, 10)}` : '';
    const repositoryUrl = repository.indexFile ? url : repository.url;
    const index: ApkIndex = { source: `${repositoryUrl} ${architecture} APKINDEX${archive.description ? ` ${archive.description}` : ''}${day}`, ...(repository.tag ? { tag: repository.tag } : {}), packages: archive.packages };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    cache.write(url, index, { at: now(), signer, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), bytes });
    return { status: 'indexed', index, url, bytes };
  } catch (error) {
    if (!(error instanceof ApkIndexError || error instanceof AptIndexError)) throw error;
    return { status: 'unavailable', reason: error.message };
  }
}

/** What the cache holds for the repository, however old, if the keys trust it: no request (PackageIndexSource.cached). */
export function cachedApkIndex(repository: ApkRepository, architecture: string, cacheDirectory: string, keys: ApkKeys): ApkIndex | undefined {
  return trusted(new ApkIndexCache(cacheDirectory).read(apkIndexUrl(repository, architecture)), keys)?.index;
}

/** cachedApkIndex with the downloaded size kept with it: unavailable with NOT_CACHED_REASON when the cache lacks it (or the keys do not trust it: a load says why). */
export function cachedApkIndexResult(repository: ApkRepository, architecture: string, cacheDirectory: string, keys: ApkKeys): ApkIndexResult {
  const url = apkIndexUrl(repository, architecture);
  const stored = trusted(new ApkIndexCache(cacheDirectory).read(url), keys);
  if (!stored) return { status: 'unavailable', reason: NOT_CACHED_REASON };
  return { status: 'indexed', index: stored.index, url, ...(stored.stamp.bytes !== undefined ? { bytes: stored.stamp.bytes } : {}) };
}

/** A cached index only for an image holding the key, with the same PEM, that verified it. */
function trusted<T extends { stamp: ApkIndexStamp }>(stored: T | undefined, keys: ApkKeys): T | undefined {
  const pem = stored && keys.get(stored.stamp.signer.key);
  return pem !== undefined && apkKeyDigest(pem) === stored!.stamp.signer.digest ? stored : undefined;
}
