// The apk part of the PackageIndexSource (package-index-loader.ts): each stage chain's ApkKnowledge
// from its resolved base image, every repository's index loaded once per run (concurrent documents
// share the load) and, for cached(), read from the disk cache without a request.
import { IndexLoads } from './index-loads';
import type { BaseImageState } from '../registry/base-image-state';
import { cachedApkIndexResult, loadApkIndex, type ApkIndexOptions, type ApkIndexResult } from './apk-fetch';
import { apkIndexLabel, apkKnowledgeOf, apkPlan, apkRepositoryKey } from './apk-knowledge';
import type { ApkRepository } from './apk-repositories';
import { apkKeysDigest, type ApkKeys } from './apk-signature';
import { NOT_CACHED_REASON, type PackageIndexOptions } from './package-index-options';
import { OFFLINE_REASON, type ApkKnowledge, type Knowledge } from './package-knowledge';

/** A chain's knowledge, the index that failed (for the CLI's note) and those the cache lacks (the language server loads them). */
export interface ApkOutcome {
  knowledge: Knowledge<ApkKnowledge>;
  problem?: { key: string; reason: string };
  pending?: string[];
}

type ApkFetch = (repository: ApkRepository, architecture: string, keys: ApkKeys) => Promise<ApkIndexResult> | ApkIndexResult;

export interface ApkSource {
  load(state: BaseImageState | undefined): Promise<ApkOutcome>;
  /** `failures`: index key → why its background load failed, said instead of NOT_CACHED_REASON */
  cached(state: BaseImageState | undefined, failures?: ReadonlyMap<string, string>): ApkOutcome;
}

/** `onProgress`: a download's progress by the index's label, undefined when one is over (package-index-options.ts) */
export function apkSource(options: ApkIndexOptions, onProgress?: PackageIndexOptions['onProgress']): ApkSource {
  const loads = new IndexLoads<ApkIndexResult>(() => onProgress?.(undefined));
  // one load per index and set of trusted keys: an image without the signing key is refused what another may use
  const memo = (repository: ApkRepository, architecture: string, keys: ApkKeys) => `${apkRepositoryKey(repository, architecture)} ${apkKeysDigest(keys)}`;
  const load: ApkFetch = (repository, architecture, keys) =>
    loads.load(memo(repository, architecture, keys), () => {
      const label = apkIndexLabel(repository, architecture);
      const onDownload = onProgress && ((receivedBytes: number, totalBytes: number) => onProgress({ index: label, receivedBytes, totalBytes }));
      return loadApkIndex(repository, architecture, { ...options, keys, ...(onDownload && { onDownload }) });
    });
  const cached =
    (failures: ReadonlyMap<string, string> | undefined): ApkFetch =>
    (repository, architecture, keys) =>
      loads.cached(
        memo(repository, architecture, keys),
        () => cachedApkIndexResult(repository, architecture, options.cacheDirectory, keys),
        () => failures?.get(apkRepositoryKey(repository, architecture)),
      );
  return {
    load: async (state) => apkOf(state, load, options.offline),
    cached: (state, failures) => apkOf(state, cached(failures), options.offline) as ApkOutcome,
  };
}

/** The chain's apk knowledge from its base image, loading through `fetch` (sync for cached(), async for load()). */
function apkOf(state: BaseImageState | undefined, fetch: ApkFetch, offline: boolean | undefined): ApkOutcome | Promise<ApkOutcome> {
  const unknown = (reason: string): ApkOutcome => ({ knowledge: { status: 'unknown', reason } });
  if (offline) return unknown(OFFLINE_REASON);
  if (!state) return unknown('the stage does not start from a registry image, so its apk repositories are not known');
  if (state.status === 'unresolved') return unknown(state.reason === 'offline' ? OFFLINE_REASON : `base image not resolved (${state.reason})`);
  const plan = apkPlan(state.index);
  if (plan.status === 'unknown') return unknown(plan.reason);
  const results = plan.repositories.map((repository) => fetch(repository, plan.architecture, plan.keys));
  const outcome = (done: ApkIndexResult[]): ApkOutcome => {
    const knowledge = apkKnowledgeOf(plan, done);
    const reasonOf = (i: number) => (done[i].status === 'unavailable' ? (done[i] as { reason: string }).reason : undefined);
    const keys = plan.repositories.map((repository) => apkRepositoryKey(repository, plan.architecture));
    const pending = keys.filter((_, i) => reasonOf(i) === NOT_CACHED_REASON);
    if (pending.length > 0) return { knowledge, pending };
    const failed = keys.findIndex((_, i) => reasonOf(i) !== undefined);
    if (knowledge.status === 'known' || failed < 0 || reasonOf(failed) === OFFLINE_REASON) return { knowledge };
    return { knowledge, problem: { key: keys[failed], reason: knowledge.reason } };
  };
  return results.some((result) => result instanceof Promise) ? Promise.all(results).then(outcome) : outcome(results as ApkIndexResult[]);
}
