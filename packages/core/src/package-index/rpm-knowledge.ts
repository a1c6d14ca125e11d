// dnf's knowledge of one stage chain (package-knowledge.ts RpmKnowledge) from its resolved base image:
// the enabled repositories of its /etc/yum.repos.d with dnf's variables, dnf.conf's options, the
// platform's architecture, and each repository's primary metadata, loaded (or read from the cache)
// by the caller; what dnf keeps of the metadata in its cache directory.
import { exact, unknownBecause } from '../layers/bytes';
import type { Bytes } from '../layers/bytes';
import type { BaseImageIndex } from '../registry/base-image-index';
import { formatPlatform, type Platform } from '../registry/platform';
import { NOT_CACHED_REASON } from './package-index-options';
import { OFFLINE_REASON, type Knowledge, type RpmKnowledge } from './package-knowledge';
import type { RpmIndexResult } from './rpm-fetch';
import { rpmBaseArch, rpmConfig, rpmRepos, rpmVariables, type RpmConfig, type RpmRepo } from './rpm-repos';

/** What the image says dnf would fetch, before anything is loaded. */
export type RpmPlan = { status: 'planned'; repos: RpmRepo[]; config: RpmConfig; architecture: string } | { status: 'unknown'; reason: string };

/**
 * The metadata dnf 4 (libdnf) downloads into its cache for each repository besides primary, when
 * repomd.xml lists them (`dnf makecache`, or any command that needs metadata). dnf5 leaves filelists
 * out by default; the model counts them all the same (docs/package-installs.md).
 */
const CACHED_TYPES = ['primary', 'filelists', 'group_gz', 'updateinfo', 'modules', 'prestodelta'];

/** The repositories an image's .repo files enable for its platform, or why there are none. */
export function rpmPlan(index: BaseImageIndex, platform: Platform): RpmPlan {
  const architecture = rpmBaseArch(platform.architecture);
  if (!architecture) return { status: 'unknown', reason: `dnf has no architecture for the image's platform ${formatPlatform(platform)}` };
  const textFiles = index.textFiles ?? {};
  const repos = rpmRepos(textFiles, rpmVariables(textFiles, platform.architecture));
  if (repos.length === 0) return { status: 'unknown', reason: 'the base image enables no rpm repository (etc/yum.repos.d)' };
  return { status: 'planned', repos, config: rpmConfig(textFiles), architecture };
}

/** The knowledge from a plan and each repository's result (in the plan's order): unknown, naming the repository, when one is missing. */
export function rpmKnowledgeOf(plan: Extract<RpmPlan, { status: 'planned' }>, results: readonly RpmIndexResult[]): Knowledge<RpmKnowledge> {
  const loaded: Array<{ repo: RpmRepo; result: Extract<RpmIndexResult, { status: 'indexed' }> }> = [];
  for (const [i, repo] of plan.repos.entries()) {
    const result = results[i];
    if (result.status === 'unavailable') return { status: 'unknown', reason: rpmReason(repo, result.reason) };
    loaded.push({ repo, result });
  }
  return {
    status: 'known',
    value: {
      indexes: loaded.map(({ result }) => result.index),
      architecture: plan.architecture,
      installWeakDeps: plan.config.installWeakDeps,
      cleanRequirementsOnRemove: plan.config.cleanRequirementsOnRemove,
      cacheFiles: loaded.flatMap(({ repo, result }) => rpmCacheFiles(repo, result)),
      ...(plan.config.nodocs ? { nodocs: true } : {}),
    },
  };
}

/**
 * What dnf keeps of one repository's metadata under its cache directory (`<repo id>-<hash>/`, whose
 * hash dflint does not compute: the names here start with the id): repomd.xml and each metadata file
 * as downloaded (exact when repomd.xml states its size), then libsolv's own cache of the repository,
 * whose size no metadata states.
 */
export function rpmCacheFiles(repo: RpmRepo, result: Extract<RpmIndexResult, { status: 'indexed' }>): Array<{ name: string; bytes: Bytes }> {
  const files: Array<{ name: string; bytes: Bytes }> = [{ name: `${repo.id}/repodata/repomd.xml`, bytes: exact(result.repomdBytes) }];
  for (const type of CACHED_TYPES) {
    const data = result.repomd.data.get(type);
    if (!data) continue;
    const name = `${repo.id}/${data.href.replace(/^\/+/, '')}`;
    files.push({ name, bytes: data.size !== undefined ? exact(data.size) : unknownBecause(`repo ${repo.id}'s repomd.xml states no size for its ${type} metadata`) });
  }
  files.push({ name: `${repo.id}.solv`, bytes: unknownBecause(`libsolv's cache of repo ${repo.id} (${repo.id}.solv), whose size no metadata states`) });
  return files;
}

/** `repo fedora (Fedora 40 - x86_64)`: a repository by its .repo section */
export function rpmRepoLabel(repo: RpmRepo): string {
  return `repo ${repo.id}${repo.name !== repo.id ? ` (${repo.name})` : ''}`;
}

/** A load's reason after the repository's label; offline, not-yet-cached and one already named as they are. */
function rpmReason(repo: RpmRepo, reason: string): string {
  const label = rpmRepoLabel(repo);
  if (reason === OFFLINE_REASON || reason === NOT_CACHED_REASON || reason.startsWith(`${label}: `)) return reason;
  return `${label}: ${reason.replace(/HTTP 404$/, 'not found (404)')}`;
}

/** The key under which one run loads a repository once, for every document and image that names it. */
export function rpmRepoKey(repo: RpmRepo): string {
  return `rpm ${repo.baseurls.join(' ') || repo.metalink || repo.mirrorlist || repo.id}`;
}
