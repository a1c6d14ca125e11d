import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TransformStream, type ReadableStream } from 'node:stream/web';
import { DEFAULT_TIMEOUT_MS } from '../registry/client';
import { writeAtomically } from '../registry/index-cache';
import { AptIndexCache, type StoredSizes } from './apt-index-cache';
import { Lz4FrameSize, measured } from './apt-list-size';
import { parsePackages } from './apt-packages';
import { AptIndexError, parseRelease, releaseDay, type AptRelease } from './apt-release';
import type { AptSource } from './apt-sources';
import type { AptIndex } from './apt-types';
import { decompressed } from './decompress';

/** the reason of every index while offline, exactly */
export { OFFLINE_REASON } from './package-knowledge';
import { OFFLINE_REASON } from './package-knowledge';
/** how long a suite's Release is trusted before it is asked again (Debian publishes four times a day) */
export const RELEASE_TTL_MS = 6 * 60 * 60 * 1000;
const RELEASE_FORMAT = 1;

export type AptIndexOptions = IndexFetchOptions;

/** the reason cachedAptIndex gives an index the cache does not hold */
export { NOT_CACHED_REASON } from './package-index-options';
import { NOT_CACHED_REASON, type IndexFetchOptions } from './package-index-options';

/** The suite's InRelease or Release file as apt stores it in /var/lib/apt/lists: its URL and its bytes as downloaded. */
export interface ReleaseFileBytes {
  url: string;
  bytes: number;
}

export type AptIndexResult =
  | { status: 'indexed'; index: AptIndex; release: AptRelease; path: string; releaseFile: ReleaseFileBytes; stored?: StoredSizes }
  | { status: 'unavailable'; reason: string };

/**
 * The Packages index of one component and architecture of a source, as apt fetches it: the
 * suite's InRelease (else Release), trusted for RELEASE_TTL_MS, lists Packages.xz/.gz with their
 * sha256 and size; the index (by hash when the Release says Acquire-By-Hash) is streamed, checked
 * against them, decompressed and parsed, and kept by its sha256. InRelease signatures are not
 * checked. Only http(s) repositories are read. Failures are one-line reasons, not throws.
 */
export async function loadAptIndex(source: AptSource, component: string, architecture: string, options: AptIndexOptions): Promise<AptIndexResult> {
  if (options.offline) return { status: 'unavailable', reason: OFFLINE_REASON };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetcher = (url: string) => request(url, options.fetch ?? fetch, timeoutMs);
  try {
    checkHttp(source);
    const suite = storedRelease(source, options, false) ?? (await fetchRelease(source, fetcher, options));
    const { release, releaseFile } = suite;
    const path = packagesPath(source, component, architecture, release);
    const { sha256, size } = release.files.get(path)!;
    const cache = new AptIndexCache(options.cacheDirectory);
    const cached = cache.readEntry(sha256);
    if (cached) return { status: 'indexed', index: cached.index, release, path, releaseFile, ...(cached.stored ? { stored: cached.stored } : {}) };
    const label = `${release.origin ?? new URL(source.uri).host} ${release.codename ?? source.suite}${component ? ` ${component}` : ''} ${architecture} Packages, ${releaseDay(release.date)}`;
    // by hash when the Release offers it, as apt does: a mirror mid-update may already serve a newer Packages.xz under its name
    const url = release.acquireByHash ? `${suiteUrl(source)}${path.replace(/[^/]*$/, '')}by-hash/SHA256/${sha256}` : `${suiteUrl(source)}${path}`;
    const body = await download(url, fetcher);
    const sizer = new Lz4FrameSize();
    const index: AptIndex = { source: label, packages: await parsePackages(measured(decompressed(path, checked(body, path, sha256, size, options.onDownload)), sizer), path) };
    const stored: StoredSizes = { bytes: sizer.bytes, lz4Bytes: sizer.frameBytes() };
    cache.write(sha256, index, stored);
    return { status: 'indexed', index, release, path, releaseFile, stored };
  } catch (error) {
    if (!(error instanceof AptIndexError)) throw error;
    return { status: 'unavailable', reason: error.message };
  }
}

/**
 * The index as the cache holds it, whatever the age of the suite's Release; no request (the
 * language server's analyses). Not cached: unavailable with NOT_CACHED_REASON.
 */
export function cachedAptIndex(source: AptSource, component: string, architecture: string, options: AptIndexOptions): AptIndexResult {
  if (options.offline) return { status: 'unavailable', reason: OFFLINE_REASON };
  try {
    checkHttp(source);
    const suite = storedRelease(source, options, true);
    if (!suite) return { status: 'unavailable', reason: NOT_CACHED_REASON };
    const { release, releaseFile } = suite;
    const path = packagesPath(source, component, architecture, release);
    const cached = new AptIndexCache(options.cacheDirectory).readEntry(release.files.get(path)!.sha256);
    if (!cached) return { status: 'unavailable', reason: NOT_CACHED_REASON };
    return { status: 'indexed', index: cached.index, release, path, releaseFile, ...(cached.stored ? { stored: cached.stored } : {}) };
  } catch (error) {
    if (!(error instanceof AptIndexError)) throw error;
    return { status: 'unavailable', reason: error.message };
  }
}

function checkHttp(source: AptSource): void {
  if (!/^https?:\/\/[^/]/.test(source.uri)) throw new AptIndexError(`${source.uri} is not an http(s) repository (${source.file})`);
}

/** `http://deb.debian.org/debian/dists/bookworm/`, or a flat repository's directory */
export function suiteUrl(source: AptSource): string {
  return source.suite.endsWith('/') ? `${source.uri}/${source.suite.replace(/^\.\//, '')}` : `${source.uri}/dists/${source.suite}/`;
}

/** The index path the Release lists for the component and architecture, xz preferred as apt does. */
function packagesPath(source: AptSource, component: string, architecture: string, release: AptRelease): string {
  const name = `${source.uri} ${source.suite}`;
  if (source.architectures && !source.architectures.includes(architecture)) throw new AptIndexError(`${name} is configured for ${source.architectures.join(', ')}, not ${architecture}`);
  if (release.architectures.length > 0 && !release.architectures.includes(architecture)) throw new AptIndexError(`${name} has no ${architecture} packages (its Release lists ${release.architectures.join(' ')})`);
  const directory = source.suite.endsWith('/') ? '' : `${component}/binary-${architecture}/`;
  for (const extension of ['.xz', '.gz', '']) if (release.files.has(`${directory}Packages${extension}`)) return `${directory}Packages${extension}`;
  throw new AptIndexError(`${name}: its Release lists no ${directory}Packages`);
}

type SuiteRelease = { release: AptRelease; releaseFile: ReleaseFileBytes };

/** the suite's Release cache file */
export function releaseCacheFile(cacheDirectory: string, source: AptSource): string {
  return join(cacheDirectory, 'apt', 'releases', `${createHash('sha256').update(suiteUrl(source)).digest('hex')}.json`);
}

/** The suite's Release from the cache: within RELEASE_TTL_MS, or at any age. */
function storedRelease(source: AptSource, options: AptIndexOptions, anyAge: boolean): SuiteRelease | undefined {
  const now = options.now ?? Date.now;
  try {
    const stored = JSON.parse(readFileSync(releaseCacheFile(options.cacheDirectory, source), 'utf8')) as { format: number; at: number; name: string; text: string };
    if (stored.format !== RELEASE_FORMAT || !(anyAge || now() - stored.at <= RELEASE_TTL_MS)) return undefined;
    return withFile(parseRelease(stored.text, stored.name), stored.name, stored.text);
  } catch {
    return undefined; // not cached, or unreadable or damaged: fetched again
  }
}

/** The suite's InRelease, else Release (an old or flat repository), kept in the cache. */
async function fetchRelease(source: AptSource, fetcher: Fetcher, options: AptIndexOptions): Promise<SuiteRelease> {
  const now = options.now ?? Date.now;
  const base = suiteUrl(source);
  let name = 'InRelease';
  let response = await fetcher(`${base}${name}`);
  if (response.status === 404) response = await fetcher(`${base}${(name = 'Release')}`);
  if (!response.ok) throw new AptIndexError(`${base}${name}: HTTP ${response.status}`);
  const text = await response.text();
  const release = parseRelease(text, `${base}${name}`);
  writeAtomically(releaseCacheFile(options.cacheDirectory, source), JSON.stringify({ format: RELEASE_FORMAT, at: now(), name: `${base}${name}`, text }));
  return withFile(release, `${base}${name}`, text);
}

/** the text is the file as downloaded, decoded from UTF-8 (Release files are ASCII), so its UTF-8 length is the file's */
function withFile(release: AptRelease, url: string, text: string): SuiteRelease {
  return { release, releaseFile: { url, bytes: Buffer.byteLength(text) } };
}

type Fetcher = (url: string) => Promise<Response>;

async function download(url: string, fetcher: Fetcher): Promise<ReadableStream<Uint8Array>> {
  const response = await fetcher(url);
  if (!response.ok || !response.body) throw new AptIndexError(`${url}: HTTP ${response.status}`);
  return response.body as unknown as ReadableStream<Uint8Array>;
}

/** One GET; `timeoutMs` bounds the wait for the headers, then each wait for the next piece of the body (also apk-fetch.ts, rpm-fetch.ts). */
export async function request(url: string, fetcher: typeof fetch, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const stall = (message: string) => setTimeout(() => controller.abort(new AptIndexError(message)), timeoutMs).unref();
  let timer = stall(`${url}: no answer within ${timeoutMs} ms`);
  let response: Response;
  try {
    response = await fetcher(url, { redirect: 'follow', signal: controller.signal });
  } catch (error) {
    if (controller.signal.reason instanceof AptIndexError) throw controller.signal.reason;
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new AptIndexError(`${url}: ${cause ?? (error instanceof Error ? error.message : String(error))}`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.body) return response;
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      start: () => void (timer = stall(`${url}: no data for ${timeoutMs} ms`)),
      transform(chunk, stream) {
        clearTimeout(timer);
        timer = stall(`${url}: no data for ${timeoutMs} ms`);
        stream.enqueue(chunk);
      },
      flush: () => clearTimeout(timer),
    }) as unknown as globalThis.TransformStream<Uint8Array, Uint8Array>,
  );
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The body as it streams, failing past the Release's size, and at its end unless both size and sha256 match. */
function checked(body: ReadableStream<Uint8Array>, path: string, sha256: string, size: number, onDownload?: (received: number, total: number) => void): ReadableStream<Uint8Array> {
  const hash = createHash('sha256');
  let received = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.length;
        if (received > size) throw new AptIndexError(`${path} is larger than the ${size} bytes its Release lists`);
        hash.update(chunk);
        onDownload?.(received, size);
        controller.enqueue(chunk);
      },
      flush() {
        if (received !== size) throw new AptIndexError(`${path} is ${received} bytes, not the ${size} its Release lists`);
        const actual = hash.digest('hex');
        if (actual !== sha256) throw new AptIndexError(`${path} does not match its Release's sha256 ${sha256} (got ${actual})`);
      },
    }),
  );
}
