// apk's knowledge of one stage chain (package-knowledge.ts ApkKnowledge) from its resolved base
// image: the repositories, architecture and trusted keys the image carries (etc/apk/repositories,
// etc/apk/arch, etc/apk/keys),
// and the APKINDEX of each repository, loaded (or read from the cache) by the caller.
import { exact, unknownBecause } from '../layers/bytes';
import type { BaseImageIndex } from '../registry/base-image-index';
import { OFFLINE_REASON, type ApkIndexResult } from './apk-fetch';
import { APK_ARCH_FILE, APK_REPOSITORIES_FILE, apkArchitecture, apkIndexCacheName, apkIndexUrl, parseApkRepositories, type ApkRepository } from './apk-repositories';
import { apkKeysOf, type ApkKeys } from './apk-signature';
import { ApkIndexError } from './apk-types';
import type { ApkKnowledge, Knowledge } from './package-knowledge';

/** What the image says apk would fetch, before anything is loaded. */
export type ApkPlan =
  | { status: 'planned'; repositories: ApkRepository[]; architecture: string; /** the image's apk-tools version: it decides the cache files' names */ apkTools?: string; /** etc/apk/keys: what verifies the indexes */ keys: ApkKeys }
  | { status: 'unknown'; reason: string };

/** The indexes an image's apk repositories name for its architecture, or why there are none. */
export function apkPlan(index: BaseImageIndex): ApkPlan {
  const textFiles = index.textFiles ?? {};
  const text = textFiles[APK_REPOSITORIES_FILE];
  if (text === undefined) return { status: 'unknown', reason: `the base image has no apk repositories (${APK_REPOSITORIES_FILE})` };
  let architecture: string;
  try {
    architecture = apkArchitecture(index.image.platform, textFiles[APK_ARCH_FILE]);
  } catch (error) {
    if (error instanceof ApkIndexError) return { status: 'unknown', reason: error.message };
    throw error;
  }
  const { repositories, refused } = parseApkRepositories(text, architecture);
  if (repositories.length === 0) {
    const first = refused[0];
    return { status: 'unknown', reason: first ? `no apk repository dflint can read (${first.file} line ${first.line}: ${first.reason})` : `${APK_REPOSITORIES_FILE} names no repository` };
  }
  const apkTools = index.packages.find((pkg) => pkg.manager === 'apk' && pkg.name === 'apk-tools')?.version;
  return { status: 'planned', repositories, architecture, ...(apkTools ? { apkTools } : {}), keys: apkKeysOf(textFiles) };
}

/** `dl-cdn.alpinelinux.org/alpine/v3.20/main x86_64 APKINDEX`: an index by where it comes from */
export function apkIndexLabel(repository: ApkRepository, architecture: string): string {
  const where = (repository.indexFile ? repository.url : `${repository.url.replace(/\/+$/, '')} ${architecture}`).replace(/^[a-z]+:\/\//i, '');
  return `${repository.tag ? `@${repository.tag} ` : ''}${where}${repository.indexFile ? '' : ' APKINDEX'}`;
}

/** The key under which one run loads a repository's index once, for every document and image that names it. */
export function apkRepositoryKey(repository: ApkRepository, architecture: string): string {
  return `apk ${repository.tag ? `@${repository.tag} ` : ''}${apkIndexUrl(repository, architecture)}`;
}

/** The knowledge from a plan and each repository's result (in the plan's order): unknown, naming the index, when one is missing. */
export function apkKnowledgeOf(plan: Extract<ApkPlan, { status: 'planned' }>, results: readonly ApkIndexResult[]): Knowledge<ApkKnowledge> {
  const { architecture } = plan;
  const loaded: Array<Extract<ApkIndexResult, { status: 'indexed' }>> = [];
  for (const [i, repository] of plan.repositories.entries()) {
    const result = results[i];
    if (result.status === 'unavailable') return { status: 'unknown', reason: named(repository, architecture, result.reason) };
    loaded.push(result);
  }
  const cacheFiles = plan.repositories.map((repository, i) => ({
    name: apkIndexCacheName(repository, architecture, plan.apkTools) ?? 'APKINDEX.<hash>.tar.gz',
    bytes: loaded[i].bytes !== undefined ? exact(loaded[i].bytes!) : unknownBecause(`${apkIndexLabel(repository, architecture)}: its downloaded size is not known`),
  }));
  return { status: 'known', value: { indexes: loaded.map((result) => result.index), architecture, cacheFiles } };
}

/** A load's reason after the index's label, without the index URL it starts with; offline and one already named as they are. */
function named(repository: ApkRepository, architecture: string, reason: string): string {
  const label = apkIndexLabel(repository, architecture);
  if (reason === OFFLINE_REASON || reason.startsWith(`${label}: `)) return reason;
  const url = `${apkIndexUrl(repository, architecture)}: `;
  return `${label}: ${reason.startsWith(url) ? reason.slice(url.length) : reason}`;
}
