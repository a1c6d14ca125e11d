// What the npm registry says of one package version: the bytes its files take unpacked, the bytes
// of its tarball (what npm's cache keeps) and, when npm must look it up, of the name's document.
import { createGunzip } from 'node:zlib';
import type { ReadEntry } from 'tar';
import { loadTar } from '../tar-module';
import { checkIntegrity, documentDigests, formatIntegrity, IntegrityHasher, mismatchReason, parseIntegrity, type Digests } from './npm-integrity';
import type { NpmLockPackage } from './package-knowledge';

export interface NpmSizes {
  unpackedSize: number;
  tarballSize: number;
  /** the name's registry document (the abbreviated one npm asks for), when asked for */
  packumentSize?: number;
  /** the tarball's digests (SRI) as hashed, else as the registry's document states them: what the cache checks a lockfile against */
  integrity: string;
}

export type NpmSizesResult = { status: 'sized'; sizes: NpmSizes } | { status: 'unsized'; reason: string };

export interface NpmRegistryOptions {
  /** `https://registry.npmjs.org/` */
  registry: string;
  fetch: typeof fetch;
  /** the longest wait for an answer's headers, then for each next piece of its body */
  timeoutMs: number;
  /** the lockfile's name, for a reason when a tarball does not match its `integrity` */
  lockfile: string;
}

/** what npm sends when it looks a name up: the abbreviated ("corgi") document if the registry has one */
const PACKUMENT_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';

class RegistryError extends Error {}

/**
 * The sizes of `name@version` from its version document (`<registry>/<name>/<version>`):
 * `dist.unpackedSize` with the tarball's content-length from a HEAD; a registry that leaves
 * `unpackedSize` out (a mirror, an old package) has the tarball downloaded and its regular files
 * summed as npm would unpack them. `packument`: also the size of the document npm fetches when the
 * lockfile has no `resolved` (from a HEAD's content-length). The lockfile's `integrity` is checked
 * against the downloaded tarball, else against the document's `dist.integrity`/`dist.shasum`: a
 * mismatch leaves the package unsized. Never throws: a failure is a reason naming the package.
 */
export async function npmPackageSizes(item: Pick<NpmLockPackage, 'name' | 'version' | 'resolved' | 'integrity'>, packument: boolean, options: NpmRegistryOptions): Promise<NpmSizesResult> {
  const label = `${item.name}@${item.version}`;
  if (item.resolved !== undefined && !/^https?:\/\/.*\.tgz$/.test(item.resolved)) {
    return { status: 'unsized', reason: `${label}: not from a registry (${item.resolved})` };
  }
  try {
    const base = options.registry.endsWith('/') ? options.registry : `${options.registry}/`;
    const name = item.name.replace('/', '%2f');
    const document = await request(`${base}${name}/${encodeURIComponent(item.version)}`, 'GET', options, label);
    const manifest = (await document.json().catch(() => undefined)) as { dist?: { tarball?: unknown; unpackedSize?: unknown; integrity?: unknown; shasum?: unknown } } | undefined;
    const tarball = manifest?.dist?.tarball;
    if (typeof tarball !== 'string') throw new RegistryError(`${label}: the registry's document has no dist.tarball`);
    const declared = manifest?.dist?.unpackedSize;
    const expected = parseIntegrity(item.integrity ?? '');
    const sizes: NpmSizes =
      typeof declared === 'number' && declared >= 0
      ? { unpackedSize: declared, tarballSize: await contentLength(tarball, {}, options, label), integrity: formatIntegrity(documentDigests(manifest?.dist)) }
      : await unpack(tarball, expected, options, label);
    const check = checkIntegrity(parseIntegrity(sizes.integrity), expected);
    if (check.status === 'mismatch') throw new RegistryError(mismatchReason(label, options.lockfile, check.expected));
    if (packument) sizes.packumentSize = await contentLength(`${base}${name}`, { accept: PACKUMENT_ACCEPT }, options, label);
    return { status: 'sized', sizes };
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    return { status: 'unsized', reason: error.message };
  }
}

async function contentLength(url: string, headers: Record<string, string>, options: NpmRegistryOptions, label: string): Promise<number> {
  const response = await request(url, 'HEAD', options, label, headers);
  const length = Number(response.headers.get('content-length'));
  if (!Number.isSafeInteger(length) || length < 0) throw new RegistryError(`${label}: ${url} states no content-length`);
  return length;
}

/** Downloads the tarball: its bytes, their digests, and the sum of its regular files (the last of a repeated path). */
async function unpack(url: string, expected: Digests, options: NpmRegistryOptions, label: string): Promise<NpmSizes> {
  const response = await request(url, 'GET', options, label);
  const { Parser } = loadTar();
  const files = new Map<string, number>();
  let tarballSize = 0;
  const hasher = new IntegrityHasher(expected);
  await new Promise<void>((resolve, reject) => {
    const fail = (message: string) => reject(new RegistryError(`${label}: the tarball ${message}`));
    const parser = new Parser({
      onReadEntry(entry: ReadEntry) {
        if (entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'ContiguousFile') files.set(entry.path, entry.size ?? 0);
        else files.delete(entry.path);
        entry.resume();
      },
    });
    parser.on('warn', (code: string, message: string) => {
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ENTRY_INVALID' || code === 'TAR_ABORT') fail(`is not a readable tar (${message})`);
    });
    parser.on('error', (error: Error) => fail(`is not a readable tar (${error.message})`));
    parser.on('end', () => resolve());
    const gunzip = createGunzip();
    gunzip.on('error', (error: Error) => fail(`cannot be decompressed (${error.message})`));
    gunzip.pipe(parser);
    void (async () => {
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          tarballSize += chunk.length;
          hasher.update(chunk);
          gunzip.write(chunk);
        }
        gunzip.end();
      } catch (error) {
        fail(`download broke off (${error instanceof Error ? error.message : String(error)})`);
      }
    })();
  });
  let unpackedSize = 0;
  for (const size of files.values()) unpackedSize += size;
  return { unpackedSize, tarballSize, integrity: formatIntegrity(hasher.digests()) };
}

/** One request; `timeoutMs` bounds the wait for the headers, then each wait for the next piece of the body. */
async function request(url: string, method: 'GET' | 'HEAD', options: NpmRegistryOptions, label: string, headers: Record<string, string> = {}): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  timer.unref?.();
  let response: Response;
  try {
    response = await options.fetch(url, { method, headers, redirect: 'follow', signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    if (controller.signal.aborted) throw new RegistryError(`${label}: ${url} gave no answer within ${options.timeoutMs} ms`);
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new RegistryError(`${label}: ${url}: ${cause ?? (error instanceof Error ? error.message : String(error))}`);
  }
  clearTimeout(timer);
  if (response.status === 404) throw new RegistryError(`${label}: not in the registry (404 for ${url})`);
  if (!response.ok) throw new RegistryError(`${label}: ${url}: HTTP ${response.status}`);
  if (!response.body || method === 'HEAD') return response;
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(stream) {
      let stall: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        stall = setTimeout(() => reject(new RegistryError(`${label}: ${url}: no data for ${options.timeoutMs} ms`)), options.timeoutMs);
      });
      try {
        const { done, value } = await Promise.race([reader.read(), stalled]);
        if (done) stream.close();
        else stream.enqueue(value);
      } finally {
        clearTimeout(stall);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, headers: response.headers });
}
