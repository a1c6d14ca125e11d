// Where apk looks for packages: `/etc/apk/repositories` of the image (apk-repositories(5)), and the
// architecture that picks each repository's index.
import { createHash } from 'node:crypto';
import type { Platform } from '../registry/platform';
import { ApkIndexError } from './apk-types';
import { compareApkVersions } from './apk-version';

export const APK_REPOSITORIES_FILE = 'etc/apk/repositories';
export const APK_ARCH_FILE = 'etc/apk/arch';
/** apk's trusted public keys (PEM), each named as an APKINDEX's `.SIGN.RSA.<name>` signature names it */
export const APK_KEYS_DIR = 'etc/apk/keys/';

/** a key apk trusts: a file directly in etc/apk/keys ending in .pub (layer-index.ts keeps them as text) */
export function isApkKeyFile(path: string): boolean {
  return path.startsWith(APK_KEYS_DIR) && path.endsWith('.pub') && !path.includes('/', APK_KEYS_DIR.length);
}

/** One index apk reads: `<url>/<architecture>/APKINDEX.tar.gz`, or the named index file of an `ndx` line. */
export interface ApkRepository {
  /** the repository as written, variables expanded (`https://dl-cdn.alpinelinux.org/alpine/v3.20/main`; a trailing slash is kept, as apk keeps it) */
  url: string;
  /** `@edge`: taken only for dependencies that name the tag (`curl@edge`) */
  tag?: string;
  /** the file and line it came from, for messages */
  file: string;
  line: number;
  /** an `ndx` line names the index file itself */
  indexFile?: boolean;
}

export interface ApkRepositories {
  repositories: ApkRepository[];
  /** lines dflint cannot fetch from, each with why (a v3 index, a local directory) */
  refused: Array<{ file: string; line: number; text: string; reason: string }>;
}

/**
 * The repositories file: `[@tag] url` lines (apk-tools 2), also apk-tools 3's `[v2|v3|ndx] [@tag]
 * url [component…]` and `set [-default] key=value` with `${key}` expansion (`APK_ARCH` is the
 * architecture). Comments and blank lines are skipped; duplicates are read once, as apk does.
 */
export function parseApkRepositories(text: string, architecture: string, file = APK_REPOSITORIES_FILE): ApkRepositories {
  const result: ApkRepositories = { repositories: [], refused: [] };
  const variables = new Map([['APK_ARCH', architecture]]);
  const expand = (value: string) => value.replace(/\$\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, key: string) => variables.get(key) ?? whole);
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words[0].startsWith('#')) return;
    const refuse = (reason: string) => result.refused.push({ file, line, text: raw.trim(), reason });
    if (words[0] === 'set') {
      const keep = words[1] === '-default';
      const assignment = /^([A-Za-z][A-Za-z0-9_]*)=(.*)$/.exec(words[keep ? 2 : 1] ?? '');
      if (!assignment || assignment[1].startsWith('APK_')) return void refuse('not a valid `set key=value`');
      if (!(keep && variables.has(assignment[1]))) variables.set(assignment[1], expand(assignment[2]));
      return;
    }
    const type = ['v2', 'v3', 'ndx'].includes(words[0]) ? words.shift()! : undefined;
    const tag = words[0]?.startsWith('@') ? words.shift()!.slice(1) : undefined;
    const [written, ...components] = words;
    if (!written) return void refuse('no repository URL');
    const url = expand(written);
    const indexFile = type === 'ndx' || (type === undefined && /\.(tar\.gz|adb)$/.test(url));
    if (type === 'v3' || url.endsWith('.adb')) return void refuse('an apk v3 index (.adb), which dflint does not read');
    if (!/^https?:\/\/[^/]/.test(url)) return void refuse(`${url.startsWith('/') || url.startsWith('file:') ? 'a local directory' : 'not an http(s) URL'}: its index is not fetched`);
    if (indexFile && components.length > 0) return void refuse('components after an index file');
    for (const each of components.length > 0 ? components.map((component) => `${url}/${expand(component)}`) : [url]) {
      if (seen.has(`${tag ?? ''} ${each}`)) continue;
      seen.add(`${tag ?? ''} ${each}`);
      result.repositories.push({ url: each, ...(tag ? { tag } : {}), file, line, ...(indexFile ? { indexFile } : {}) });
    }
  });
  return result;
}

/** Where the repository's index for the architecture is. */
export function apkIndexUrl(repository: ApkRepository, architecture: string): string {
  return repository.indexFile ? repository.url : `${repository.url}${repository.url.endsWith('/') ? '' : '/'}${architecture}/APKINDEX.tar.gz`;
}

/**
 * The name apk gives the index it keeps in /var/cache/apk (`apk update`, or `apk add` without
 * `--no-cache`): `APKINDEX.<8 hex>.tar.gz`, the hash depending on the image's apk-tools version — SHA-1
 * of the repository URL as written before 2.12.14 and in 2.13.x–2.14.0, SHA-1 of the index URL from
 * 2.12.14 and 2.14.1 (apk-tools commit "db: calculate cache index hash from full url"), SHA-256 of the
 * index URL from 3.0. Undefined without a version.
 */
export function apkIndexCacheName(repository: ApkRepository, architecture: string, apkToolsVersion: string | undefined): string | undefined {
  if (!apkToolsVersion || repository.indexFile) return undefined;
  const from = (version: string) => compareApkVersions(apkToolsVersion, version) >= 0;
  const fullUrl = from('3.0_pre0') || from('2.14.1') || (from('2.12.14') && !from('2.13'));
  const hashed = fullUrl ? apkIndexUrl(repository, architecture) : repository.url;
  return `APKINDEX.${createHash(from('3.0_pre0') ? 'sha256' : 'sha1').update(hashed).digest('hex').slice(0, 8)}.tar.gz`;
}

/** OCI architecture (and variant) → apk's, as Alpine's images are published */
const APK_ARCH: Record<string, string> = { amd64: 'x86_64', arm64: 'aarch64', '386': 'x86', ppc64le: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loongarch64' };

/**
 * apk's architecture: `etc/apk/arch` when the image has one (what apk itself reads), else the
 * image platform's (`linux/arm/v6` is armhf, `linux/arm/v7` armv7). One apk has no name for is an
 * ApkIndexError.
 */
export function apkArchitecture(platform: Platform, archFile?: string): string {
  const written = archFile?.trim();
  if (written) {
    if (!/^[a-z0-9_]+$/.test(written)) throw new ApkIndexError(`${APK_ARCH_FILE} says "${written.slice(0, 40)}", not an architecture`);
    return written;
  }
  const variant = platform.variant;
  const architecture = platform.os !== 'linux' ? undefined : platform.architecture === 'arm' ? (variant === 'v6' ? 'armhf' : variant === 'v7' || !variant ? 'armv7' : undefined) : APK_ARCH[platform.architecture];
  if (!architecture) throw new ApkIndexError(`apk has no architecture for platform ${[platform.os, platform.architecture, variant].filter(Boolean).join('/')}`);
  return architecture;
}
