// The PackageIndexSource the CLI and the language server use: per document, the apt knowledge of
// each stage chain whose RUN lines use apt (from its resolved base image's sources), and the npm
// and Python knowledge of the lockfiles and requirements its COPY/ADD take from the build context.
import type { BuildContext } from '../layers/types';
import type { DockerfileModel } from '../parse/types';
import type { BaseImageState, BaseImageStates } from '../registry/base-image-state';
import { apkSource } from './apk-source';
import { cachedAptIndex, loadAptIndex, NOT_CACHED_REASON, type AptIndexOptions, type AptIndexResult } from './apt-fetch';
import { aptIndexLabel, aptKnowledgeOf, aptPlan, aptTargetKey, type AptPlan } from './apt-knowledge';
import type { AptIndexTarget } from './apt-targets';
import { indexFetchOptions, IndexLoads, unexpectedError } from './index-loads';
import { documentPackageUses, type DocumentPackageUses } from './document-packages';
import { cachedNpmKnowledge, loadNpmKnowledge } from './npm-source';
import type { PackageIndexOptions } from './package-index-options';
import type { PackageIndexSource } from './package-index-source';
import { OFFLINE_REASON, type ApkKnowledge, type AptKnowledge, type Knowledge, type NpmKnowledge, type PackageIndexStates, type PythonKnowledge, type RpmKnowledge } from './package-knowledge';
import { cachedPythonKnowledge, loadPythonKnowledge } from './python-source';
import { rpmLoader, type RpmOutcome } from './rpm-loader';

/** An index a document needs that could not be loaded: for the CLI's one note per index per run. */
export interface PackageIndexProblem {
  /** the same for every document and image naming the index: a run notes it once */
  key: string;
  /** 0-based line of the first RUN that needs it */
  line: number;
  /** completes "unknown: …" (`deb.debian.org/debian bookworm main amd64 Packages: InRelease: not found (404)`) */
  reason: string;
}

/** What load()/cached() return: the states, and the indexes that failed (never OFFLINE_REASON or a not-yet-cached one). */
export interface LoadedPackageIndexes extends PackageIndexStates {
  readonly problems: readonly PackageIndexProblem[];
  /** cached(): the keys of the indexes the cache lacks (the language server loads them in the background) */
  readonly pending: readonly string[];
}

/** A PackageIndexSource whose states also list the indexes that failed. */
export interface LoadingPackageIndexSource extends PackageIndexSource {
  load(document: DockerfileModel, baseImages: BaseImageStates | undefined, context: BuildContext | undefined): Promise<LoadedPackageIndexes>;
  /** `failures`: index key → why its background load failed, said instead of NOT_CACHED_REASON */
  cached(document: DockerfileModel, baseImages: BaseImageStates | undefined, context: BuildContext | undefined, failures?: ReadonlyMap<string, string>): LoadedPackageIndexes;
}

type Loaded = {
  apt: Map<number, Knowledge<AptKnowledge>>;
  apk: Map<number, Knowledge<ApkKnowledge>>;
  rpm: Map<number, Knowledge<RpmKnowledge>>;
  npm: Map<string, Knowledge<NpmKnowledge>>;
  python: Map<string, Knowledge<PythonKnowledge>>;
  problems: PackageIndexProblem[];
  pending: Set<string>;
};
type AptFetch = (target: AptIndexTarget) => Promise<AptIndexResult> | AptIndexResult;

/**
 * One source per CLI run or editor session: each apt index is loaded once (concurrent documents
 * share the load), settled results are kept for cached(), which reads the disk cache only for what
 * no load settled yet. Never rejects.
 */
export function createPackageIndexSource(options: PackageIndexOptions = {}): LoadingPackageIndexSource {
  const aptOptions: AptIndexOptions = indexFetchOptions(options);
  const apk = apkSource(aptOptions, options.onProgress);
  const rpm = rpmLoader(options);
  const loads = new IndexLoads<AptIndexResult>(() => options.onProgress?.(undefined));
  const fetchApt: AptFetch = (target) =>
    loads.load(aptTargetKey(target), () => {
      const label = aptIndexLabel(target);
      const onDownload = options.onProgress && ((receivedBytes: number, totalBytes: number) => options.onProgress!({ index: label, receivedBytes, totalBytes }));
      return loadAptIndex(target.source, target.component, target.architecture, { ...aptOptions, onDownload });
    });
  const cachedApt = (failures: ReadonlyMap<string, string> | undefined): AptFetch => (target) => {
    const key = aptTargetKey(target);
    return loads.cached(key, () => cachedAptIndex(target.source, target.component, target.architecture, aptOptions), (result) => (result.reason === NOT_CACHED_REASON ? failures?.get(key) : undefined));
  };

  return {
    async load(document, baseImages, context) {
      const uses = usesOf(document, context);
      const loaded = emptyLoaded();
      await Promise.all([
        ...[...uses.apt].map(async ([chain, line]) => setApt(loaded, uses, chain, line, await aptOf(chainState(baseImages, chain), uses, chain, fetchApt, options))),
        ...[...uses.apk].map(async ([chain, line]) => setOutcome(loaded, loaded.apk, chain, line, await apk.load(chainState(baseImages, chain)))),
        ...[...uses.rpm].map(async ([chain, line]) => setRpm(loaded, chain, line, await rpm.load(chainState(baseImages, chain)))),
        ...uses.npm.map(async (path) => loaded.npm.set(path, await loadNpmKnowledge(context!.root, path, options).catch(failed))),
        ...uses.python.map(async (path) => loaded.python.set(path, await loadPythonKnowledge(context!.root, path, options).catch(failed))),
      ]);
      return statesOf(loaded, context);
    },
    cached(document, baseImages, context, failures) {
      const uses = usesOf(document, context);
      const loaded = emptyLoaded();
      for (const [chain, line] of uses.apt) setApt(loaded, uses, chain, line, aptOf(chainState(baseImages, chain), uses, chain, cachedApt(failures), options) as AptOutcome);
      for (const [chain, line] of uses.apk) setOutcome(loaded, loaded.apk, chain, line, apk.cached(chainState(baseImages, chain), failures));
      for (const [chain, line] of uses.rpm) setRpm(loaded, chain, line, rpm.cached(chainState(baseImages, chain), failures));
      for (const path of uses.npm) setCached(loaded.npm, loaded.pending, path, `npm ${path}`, guarded(() => cachedNpmKnowledge(context!.root, path, options)));
      for (const path of uses.python) setCached(loaded.python, loaded.pending, path, `python ${path}`, guarded(() => cachedPythonKnowledge(context!.root, path, options)));
      return statesOf(loaded, context);
    },
  };
}

function usesOf(document: DockerfileModel, context: BuildContext | undefined): DocumentPackageUses {
  try {
    return documentPackageUses(document, context);
  } catch {
    // only a bug gets here: the analysis goes on with every figure unknown
    return { apt: new Map(), aptAdded: new Map(), apk: new Map(), rpm: new Map(), npm: [], python: [] };
  }
}

function emptyLoaded(): Loaded {
  return { apt: new Map(), apk: new Map(), rpm: new Map(), npm: new Map(), python: new Map(), problems: [], pending: new Set() };
}

type AptOutcome = { knowledge: Knowledge<AptKnowledge>; problem?: { key: string; reason: string }; pending?: string[] };

/** The chain's apt knowledge from its base image and the sources its lines add, loading through `fetch` (sync for cached(), async for load()). */
function aptOf(state: BaseImageState | undefined, uses: DocumentPackageUses, chain: number, fetch: AptFetch, options: PackageIndexOptions): AptOutcome | Promise<AptOutcome> {
  if (options.offline) return { knowledge: unknown(OFFLINE_REASON) };
  if (!state) return { knowledge: unknown('the stage does not start from a registry image, so its apt sources are not known') };
  if (state.status === 'unresolved') return { knowledge: unknown(state.reason === 'offline' ? OFFLINE_REASON : `base image not resolved (${state.reason})`) };
  const plan: AptPlan = aptPlan(state.index, state.index.image.platform, uses.aptAdded.get(chain)?.added);
  if (plan.status === 'unknown') return { knowledge: unknown(plan.reason) };
  const results = plan.targets.map(fetch);
  const outcome = (settledResults: AptIndexResult[]): AptOutcome => {
    const knowledge = aptKnowledgeOf(plan, settledResults);
    const pending = plan.targets.filter((_, i) => settledResults[i].status === 'unavailable' && (settledResults[i] as { reason: string }).reason === NOT_CACHED_REASON).map(aptTargetKey);
    if (pending.length > 0) return { knowledge, pending };
    const failed = plan.targets.findIndex((_, i) => settledResults[i].status === 'unavailable');
    const result = settledResults[failed];
    if (knowledge.status === 'known' || result?.status !== 'unavailable' || result.reason === OFFLINE_REASON || result.reason === NOT_CACHED_REASON) return { knowledge };
    return { knowledge, problem: { key: aptTargetKey(plan.targets[failed]), reason: knowledge.reason } };
  };
  return results.some((result) => result instanceof Promise) ? Promise.all(results).then(outcome) : outcome(results as AptIndexResult[]);
}

/** The chain's outcome and, when its indexes are known, a problem for each sources file its lines write that cannot be read. */
function setApt(loaded: Loaded, uses: DocumentPackageUses, chain: number, line: number, outcome: AptOutcome): void {
  setOutcome(loaded, loaded.apt, chain, line, outcome);
  if (outcome.knowledge.status !== 'known') return;
  for (const skipped of uses.aptAdded.get(chain)?.skipped ?? []) {
    loaded.problems.push({ key: `apt sources /${skipped.file} at ${skipped.line}`, line: skipped.line, reason: `apt sources written to /${skipped.file} not read (${skipped.reason})` });
  }
}

/** A chain's knowledge of one manager, its failed index and those pending. */
function setOutcome<T>(loaded: Loaded, states: Map<number, Knowledge<T>>, chain: number, line: number, outcome: { knowledge: Knowledge<T>; problem?: { key: string; reason: string }; pending?: string[] }): void {
  states.set(chain, outcome.knowledge);
  if (outcome.problem) loaded.problems.push({ ...outcome.problem, line });
  for (const key of outcome.pending ?? []) loaded.pending.add(key);
}

function setRpm(loaded: Loaded, chain: number, line: number, outcome: RpmOutcome): void {
  loaded.rpm.set(chain, outcome.knowledge);
  if (outcome.problem) loaded.problems.push({ ...outcome.problem, line });
  for (const key of outcome.pending ?? []) loaded.pending.add(key);
}

/** An npm/Python loader's cached knowledge; one whose reason is NOT_CACHED_REASON is pending (the language server loads it in the background). */
function setCached<T>(states: Map<string, Knowledge<T>>, pending: Set<string>, path: string, key: string, knowledge: Knowledge<T>): void {
  states.set(path, knowledge);
  if (knowledge.status === 'unknown' && knowledge.reason === NOT_CACHED_REASON) pending.add(key);
}

function chainState(baseImages: BaseImageStates | undefined, chain: number): BaseImageState | undefined {
  return baseImages?.get(chain);
}

function statesOf(loaded: Loaded, context: BuildContext | undefined): LoadedPackageIndexes {
  const notRead = unknown(context ? 'no RUN of the stage runs a package manager that reads it' : 'the build context was not read');
  return {
    problems: loaded.problems,
    pending: [...loaded.pending],
    apt: (stage) => loaded.apt.get(stage) ?? unknown('no RUN of the stage runs apt'),
    npm: (path) => loaded.npm.get(path) ?? notRead,
    python: (path) => loaded.python.get(path) ?? notRead,
    apk: (stage) => loaded.apk.get(stage) ?? unknown('no RUN of the stage runs apk'),
    rpm: (stage) => loaded.rpm.get(stage) ?? unknown('no RUN of the stage runs dnf, yum or microdnf'),
  };
}

function unknown(reason: string): { status: 'unknown'; reason: string } {
  return { status: 'unknown', reason };
}

function failed(error: unknown): Knowledge<never> {
  return unknown(unexpectedError(error));
}

function guarded<T>(read: () => Knowledge<T>): Knowledge<T> {
  try {
    return read();
  } catch (error) {
    return failed(error);
  }
}
