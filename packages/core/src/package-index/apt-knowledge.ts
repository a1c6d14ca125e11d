// apt's knowledge of one stage chain (package-knowledge.ts AptKnowledge) from its resolved base
// image: the sources and config the image carries, its architecture, and the Packages index of each
// source component, loaded (or read from the cache) by the caller.
import type { AptIndex } from './apt-types';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { AptSourcesAddition } from './apt-added-sources';
import { formatPlatform, type Platform } from '../registry/platform';
import { aptConfig, type AptConfig } from './apt-config';
import { OFFLINE_REASON, suiteUrl, type AptIndexResult } from './apt-fetch';
import { aptListFiles } from './apt-lists';
import { aptSources } from './apt-sources';
import { aptIndexTargets, debianArchitecture, type AptIndexTarget } from './apt-targets';
import type { AptKnowledge, Knowledge } from './package-knowledge';

/** What the image says apt would fetch, before anything is loaded. */
export type AptPlan =
  | {
      status: 'planned';
      targets: AptIndexTarget[];
      /** for each target: the line that added its source (apt-added-sources.ts), undefined for the base image's */
      addedAt?: Array<number | undefined>;
      config: AptConfig;
      architecture: string;
    }
  | { status: 'unknown'; reason: string };

/** The indexes an image's apt sources name for its platform, then those the Dockerfile adds (one not already named), or why there are none. */
export function aptPlan(index: BaseImageIndex, platform: Platform, added: readonly AptSourcesAddition[] = []): AptPlan {
  const architecture = debianArchitecture(platform);
  if (!architecture) return { status: 'unknown', reason: `apt has no architecture for the image's platform ${formatPlatform(platform)}` };
  const textFiles = index.textFiles ?? {};
  const sources = aptSources(textFiles);
  if (sources.length === 0) return { status: 'unknown', reason: 'the base image has no apt sources (etc/apt/sources.list, sources.list.d)' };
  const targets = aptIndexTargets(sources, architecture);
  if (targets.length === 0) return { status: 'unknown', reason: `no apt source of the base image is for ${architecture}` };
  const addedAt: Array<number | undefined> = targets.map(() => undefined);
  const keys = new Set(targets.map(aptTargetKey));
  for (const addition of added) {
    for (const target of aptIndexTargets(addition.sources, architecture)) {
      if (keys.has(aptTargetKey(target))) continue;
      keys.add(aptTargetKey(target));
      targets.push(target);
      addedAt.push(addition.line);
    }
  }
  return { status: 'planned', targets, ...(added.length > 0 && { addedAt }), config: aptConfig(textFiles), architecture };
}

/** The knowledge from a plan and each target's result (in the plan's order): unknown, naming the index, when one is missing. */
export function aptKnowledgeOf(plan: Extract<AptPlan, { status: 'planned' }>, results: readonly AptIndexResult[]): Knowledge<AptKnowledge> {
  const loaded: Array<{ target: AptIndexTarget; result: Extract<AptIndexResult, { status: 'indexed' }>; addedAt?: number }> = [];
  for (const [i, target] of plan.targets.entries()) {
    const result = results[i];
    if (result.status === 'unavailable') return { status: 'unknown', reason: named(target, result.reason) };
    loaded.push({ target, result, addedAt: plan.addedAt?.[i] });
  }
  const base = loaded.filter((entry) => entry.addedAt === undefined);
  const lists: Array<AptKnowledge['lists'][number]> = aptListFiles(base, plan.config);
  for (const entry of loaded) {
    if (entry.addedAt === undefined) continue;
    // an added suite's InRelease may be one an earlier source's update stores already
    for (const file of aptListFiles([entry], plan.config)) if (!lists.some((list) => list.name === file.name)) lists.push({ ...file, addedAt: entry.addedAt });
  }
  return {
    status: 'known',
    value: {
      // the loaded index is shared by every document naming it: an added one is tagged on a copy
      indexes: loaded.map(({ result, addedAt }) => (addedAt === undefined ? result.index : taggedIndex(result.index, addedAt))),
      architecture: plan.architecture,
      lists,
      installRecommends: plan.config.installRecommends ?? true,
    },
  };
}

/** `deb.debian.org/debian bookworm main amd64 Packages`: an index by where it comes from, before its Release names its origin */
export function aptIndexLabel(target: AptIndexTarget): string {
  const where = target.source.uri.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  return `${where} ${target.source.suite}${target.component ? ` ${target.component}` : ''} ${target.architecture} Packages`;
}

/** A load's reason after the index's label, without the suite URL the label gives, a 404 in words; offline and one already named (a failure the language server remembers) as they are. */
function named(target: AptIndexTarget, reason: string): string {
  const label = aptIndexLabel(target);
  if (reason === OFFLINE_REASON || reason.startsWith(`${label}: `)) return reason;
  const base = suiteUrl(target.source);
  return `${label}: ${(reason.startsWith(base) ? reason.slice(base.length) : reason).replace(/HTTP 404$/, 'not found (404)')}`;
}

/** The key under which one run loads a target once, for every document and image that names it. */
export function aptTargetKey(target: AptIndexTarget): string {
  return `${suiteUrl(target.source)} ${target.component} ${target.architecture}`;
}

const tagged = new WeakMap<AptIndex, Map<number, AptIndex>>();

/** A loaded index marked as added at a line: one object per index and line, so the catalog built over it is kept (index-set-memo.ts). */
function taggedIndex(index: AptIndex, addedAt: number): AptIndex {
  let byLine = tagged.get(index);
  if (!byLine) tagged.set(index, (byLine = new Map()));
  let copy = byLine.get(addedAt);
  if (!copy) byLine.set(addedAt, (copy = { ...index, addedAt }));
  return copy;
}
