import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadableStream } from 'node:stream/web';
import { DEFAULT_TIMEOUT_MS } from '../registry/client';
import { writeAtomically } from '../registry/index-cache';
import { request } from './apt-fetch';
import { AptIndexError } from './apt-release';
import { OFFLINE_REASON } from './package-knowledge';
import { checkedAgainstRepomd, rpmDecompressed } from './rpm-decompress';
import { RpmIndexCache } from './rpm-index-cache';
import { parsePrimary } from './rpm-primary';
import { parseRepomd, repomdDay, type Repomd, type RepomdData } from './rpm-repomd';
import { NOT_CACHED_REASON, type IndexFetchOptions } from './package-index-options';
import type { RpmRepo } from './rpm-repos';
import { RpmIndexError, type RpmIndex } from './rpm-types';

/** dnf's default metadata_expire (48 hours) when the .repo file sets none */
export const REPOMD_TTL_MS = 48 * 60 * 60 * 1000;
/** 2: the parsed repomd is kept beside its text, so a cache-only read (cachedRpmIndex) needs no XML parser */
const REPOMD_FORMAT = 2;

export type RpmIndexOptions = IndexFetchOptions;

/** `repomdBytes`: bytes of repomd.xml as downloaded (what dnf keeps of it in its cache) */
export type RpmIndexResult = { status: 'indexed'; index: RpmIndex; repomd: Repomd; baseurl: string; repomdBytes: number } | { status: 'unavailable'; reason: string };

interface StoredRepomd {
  format: number;
  at: number;
  baseurl: string;
  text: string;
  revision?: string;
  data: RepomdData[];
}

type Fetcher = (url: string) => Promise<Response>;

/**
 * The primary metadata of one repository, as dnf fetches it: repodata/repomd.xml from the first
 * http(s) baseurl (else the first mirror the metalink or mirrorlist names), trusted for the repo's
 * metadata_expire (dnf's 48 h by default), lists primary.xml(.gz/.xz/.zst) with its checksum and
 * size; the file is streamed, checked against them, decompressed, parsed and kept by its checksum.
 * repomd.xml's GPG signature (repo_gpgcheck) is not checked. Failures are one-line reasons, not throws.
 */
export async function loadRpmIndex(repo: RpmRepo, options: RpmIndexOptions): Promise<RpmIndexResult> {
  if (options.offline) return { status: 'unavailable', reason: OFFLINE_REASON };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetcher: Fetcher = (url) => request(url, options.fetch ?? fetch, timeoutMs);
  try {
    const { repomd, baseurl, repomdBytes } = await repositoryRepomd(repo, fetcher, options);
    const primary = repomd.data.get('primary')!;
    const cache = new RpmIndexCache(options.cacheDirectory);
    const cached = cache.read(primary.checksum);
    if (cached) return { status: 'indexed', index: cached, repomd, baseurl, repomdBytes };
    const day = repomdDay(repomd);
    const source = `${repo.id}${repo.name !== repo.id ? ` (${repo.name})` : ''} primary.xml${day ? `, ${day}` : ''}`;
    const href = primary.href.replace(/^\/+/, '');
    const body = await download(`${baseurl}/${href}`, fetcher);
    const checked = checkedAgainstRepomd(body, href, primary.checksumType, primary.checksum, primary.size);
    const index: RpmIndex = { source, packages: await parsePrimary(rpmDecompressed(href, checked), href) };
    cache.write(primary.checksum, index);
    return { status: 'indexed', index, repomd, baseurl, repomdBytes };
  } catch (error) {
    if (error instanceof RpmIndexError || error instanceof AptIndexError) return { status: 'unavailable', reason: error.message };
    throw error;
  }
}

/**
 * The repository's primary metadata from dflint's cache only, whatever the age of its repomd.xml (for
 * the language server's synchronous analyses): NOT_CACHED_REASON when either is missing.
 */
export function cachedRpmIndex(repo: RpmRepo, options: RpmIndexOptions): RpmIndexResult {
  if (options.offline) return { status: 'unavailable', reason: OFFLINE_REASON };
  let stored: StoredRepomd | undefined;
  try {
    stored = storedRepomd(repomdFile(repo, options));
  } catch (error) {
    if (error instanceof RpmIndexError) return { status: 'unavailable', reason: error.message };
    throw error;
  }
  const repomd: Repomd | undefined = stored && { ...(stored.revision !== undefined ? { revision: stored.revision } : {}), data: new Map(stored.data.map((entry) => [entry.type, entry])) };
  const primary = repomd?.data.get('primary');
  const index = primary && new RpmIndexCache(options.cacheDirectory).read(primary.checksum);
  if (!stored || !repomd || !index) return { status: 'unavailable', reason: NOT_CACHED_REASON };
  return { status: 'indexed', index, repomd, baseurl: stored.baseurl, repomdBytes: Buffer.byteLength(stored.text) };
}

function repomdFile(repo: RpmRepo, options: RpmIndexOptions): string {
  const key = repo.baseurls.find(isHttp) ?? repo.metalink ?? repo.mirrorlist;
  if (!key) throw new RpmIndexError(`repo ${repo.id} (${repo.file}) has no http(s) baseurl, metalink or mirrorlist`);
  return join(options.cacheDirectory, 'rpm', 'repomd', `${createHash('sha256').update(key).digest('hex')}.json`);
}

function storedRepomd(file: string): StoredRepomd | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredRepomd;
    return stored.format === REPOMD_FORMAT && Array.isArray(stored.data) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** repomd.xml from the cache within the TTL, else from the repository's base URL. */
async function repositoryRepomd(repo: RpmRepo, fetcher: Fetcher, options: RpmIndexOptions): Promise<{ repomd: Repomd; baseurl: string; repomdBytes: number }> {
  const now = options.now ?? Date.now;
  const file = repomdFile(repo, options);
  const ttl = repo.metadataExpireMs ?? REPOMD_TTL_MS;
  const stored = storedRepomd(file);
  if (stored && now() - stored.at <= ttl) return { repomd: await parseRepomd(stored.text, `${stored.baseurl}/repodata/repomd.xml`), baseurl: stored.baseurl, repomdBytes: Buffer.byteLength(stored.text) };
  const baseurl = repo.baseurls.find(isHttp) ?? (await mirror(repo, fetcher));
  const name = `${baseurl}/repodata/repomd.xml`;
  const response = await fetcher(name);
  if (!response.ok) throw new RpmIndexError(`${name}: HTTP ${response.status}`);
  const text = await response.text();
  const repomd = await parseRepomd(text, name);
  const entry: StoredRepomd = { format: REPOMD_FORMAT, at: now(), baseurl, text, ...(repomd.revision !== undefined ? { revision: repomd.revision } : {}), data: [...repomd.data.values()] };
  writeAtomically(file, JSON.stringify(entry));
  return { repomd, baseurl, repomdBytes: Buffer.byteLength(text) };
}

const isHttp = (url: string) => /^https?:\/\/[^/]/.test(url);

/**
 * The first http(s) mirror of a repo without a baseurl, as dnf would try first: a metalink's first
 * `<url>` ending in /repodata/repomd.xml (its preference order), or a mirrorlist's first URL line.
 * Only one mirror is tried; one that fails makes the repo unavailable with its reason.
 */
async function mirror(repo: RpmRepo, fetcher: Fetcher): Promise<string> {
  const list = (repo.metalink ?? repo.mirrorlist)!;
  if (!isHttp(list)) throw new RpmIndexError(`repo ${repo.id}: ${list} is not an http(s) URL`);
  const response = await fetcher(list);
  if (!response.ok) throw new RpmIndexError(`${list}: HTTP ${response.status}`);
  const text = await response.text();
  const urls = repo.metalink
    ? [...text.matchAll(/<url\b[^>]*>\s*([^<\s]+)\s*<\/url>/g)].map((match) => match[1].replace(/&amp;/g, '&')).filter((url) => url.endsWith('/repodata/repomd.xml')).map((url) => url.slice(0, -'/repodata/repomd.xml'.length))
    : text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const first = urls.find(isHttp);
  if (!first) throw new RpmIndexError(`${list} names no http(s) mirror`);
  return first.replace(/\/+$/, '');
}

async function download(url: string, fetcher: Fetcher): Promise<ReadableStream<Uint8Array>> {
  const response = await fetcher(url);
  if (!response.ok || !response.body) throw new RpmIndexError(`${url}: HTTP ${response.status}`);
  return response.body as unknown as ReadableStream<Uint8Array>;
}
