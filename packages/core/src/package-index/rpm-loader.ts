// The dnf part of the PackageIndexSource (package-index-loader.ts): each stage chain's repositories
// from its resolved base image, every repository loaded once per run (concurrent documents share the
// load), settled results kept for cached(), which otherwise reads dflint's cache only.
import { indexFetchOptions, IndexLoads } from './index-loads';
import type { BaseImageState } from '../registry/base-image-state';
import { NOT_CACHED_REASON, type PackageIndexOptions } from './package-index-options';
import { OFFLINE_REASON, type Knowledge, type RpmKnowledge } from './package-knowledge';
import { cachedRpmIndex, loadRpmIndex, type RpmIndexOptions, type RpmIndexResult } from './rpm-fetch';
import { rpmKnowledgeOf, rpmPlan, rpmRepoKey } from './rpm-knowledge';
import type { RpmRepo } from './rpm-repos';

/** A chain's dnf knowledge, the repository that failed (for the run's one note per repository) and those the cache lacks. */
export interface RpmOutcome {
  knowledge: Knowledge<RpmKnowledge>;
  problem?: { key: string; reason: string };
  pending?: string[];
}

export interface RpmLoader {
  load(state: BaseImageState | undefined): Promise<RpmOutcome>;
  /** `failures`: repository key → why its background load failed, said instead of NOT_CACHED_REASON */
  cached(state: BaseImageState | undefined, failures?: ReadonlyMap<string, string>): RpmOutcome;
}

type RpmFetch = (repo: RpmRepo) => Promise<RpmIndexResult> | RpmIndexResult;

export function rpmLoader(options: PackageIndexOptions): RpmLoader {
  const rpmOptions: RpmIndexOptions = indexFetchOptions(options);
  const loads = new IndexLoads<RpmIndexResult>(() => options.onProgress?.(undefined));
  const fetchRpm: RpmFetch = (repo) => loads.load(rpmRepoKey(repo), () => loadRpmIndex(repo, rpmOptions));
  const cachedRpm = (failures: ReadonlyMap<string, string> | undefined): RpmFetch => (repo) => {
    const key = rpmRepoKey(repo);
    return loads.cached(key, () => cachedRpmIndex(repo, rpmOptions), (result) => (result.reason === NOT_CACHED_REASON ? failures?.get(key) : undefined));
  };
  return {
    load: async (state) => rpmOf(state, fetchRpm, options),
    cached: (state, failures) => rpmOf(state, cachedRpm(failures), options) as RpmOutcome,
  };
}

/** The chain's dnf knowledge from its base image, loading through `fetch` (sync for cached(), async for load()). */
function rpmOf(state: BaseImageState | undefined, fetch: RpmFetch, options: PackageIndexOptions): RpmOutcome | Promise<RpmOutcome> {
  const unknown = (reason: string): RpmOutcome => ({ knowledge: { status: 'unknown', reason } });
  if (options.offline) return unknown(OFFLINE_REASON);
  if (!state) return unknown('the stage does not start from a registry image, so its rpm repositories are not known');
  if (state.status === 'unresolved') return unknown(state.reason === 'offline' ? OFFLINE_REASON : `base image not resolved (${state.reason})`);
  const plan = rpmPlan(state.index, state.index.image.platform);
  if (plan.status === 'unknown') return unknown(plan.reason);
  const results = plan.repos.map(fetch);
  const outcome = (done: RpmIndexResult[]): RpmOutcome => {
    const knowledge = rpmKnowledgeOf(plan, done);
    const reasonOf = (result: RpmIndexResult) => (result.status === 'unavailable' ? result.reason : undefined);
    const pending = plan.repos.filter((_, i) => reasonOf(done[i]) === NOT_CACHED_REASON).map(rpmRepoKey);
    if (pending.length > 0) return { knowledge, pending };
    const failed = done.findIndex((result) => result.status === 'unavailable');
    const reason = failed < 0 ? undefined : reasonOf(done[failed]);
    if (knowledge.status === 'known' || reason === undefined || reason === OFFLINE_REASON) return { knowledge };
    return { knowledge, problem: { key: rpmRepoKey(plan.repos[failed]), reason: knowledge.reason } };
  };
  return results.some((result) => result instanceof Promise) ? Promise.all(results).then(outcome) : outcome(results as RpmIndexResult[]);
}
