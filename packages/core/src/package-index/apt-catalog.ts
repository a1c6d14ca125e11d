// Lookup maps over a set of apt indexes, built once per index set: each name's candidate (the highest
// version for the native architecture or `all`, as apt picks it with equal pins), every version, and the
// providers of virtual names. Plus the view of what is installed that relations are checked against.

import { IndexSetMemo } from './index-set-memo';
import type { AptIndex, AptPackage, AptRelation } from './apt-types';
import { compareDebianVersions, versionSatisfies } from './deb-version';

export interface AptProvider {
  pkg: AptPackage;
  /** the provided version (`Provides: foo (= 1.2)`); unversioned provides satisfy only unversioned relations */
  version?: string;
}

export interface AptCatalog {
  architecture: string;
  /** the version apt would install of each name */
  candidates: Map<string, AptPackage>;
  /** every version of each name, newest first */
  versions: Map<string, AptPackage[]>;
  /** who provides a name, among the candidates, in index order */
  providers: Map<string, AptProvider[]>;
  /**
   * the order in which apt's cache would first meet each name (as a package, or in a Pre-Depends, Depends,
   * Recommends or Provides field): apt's package IDs, which decide between providers when nothing else does.
   * Built on first use (a tie between providers), not with the rest.
   */
  firstSeen(): Map<string, number>;
  /** the index (its `source`) each package came from */
  sourceOf: Map<AptPackage, string>;
}

/** The native architecture when none is given: the first one that is not `all`. */
function guessArchitecture(indexes: readonly AptIndex[]): string {
  for (const index of indexes) for (const pkg of index.packages) if (pkg.architecture !== 'all') return pkg.architecture;
  return 'all';
}

/** Numbers the names a stanza mentions that were not seen before, as apt's cache generator creates packages. */
export function noteNames(seen: Map<string, number>, pkg: AptPackage, start = 0): void {
  const note = (name: string) => {
    if (!seen.has(name)) seen.set(name, start + seen.size);
  };
  note(pkg.name);
  for (const groups of [pkg.preDepends, pkg.depends, pkg.recommends]) for (const group of groups) for (const relation of group) note(relation.name);
  for (const provided of pkg.provides) note(provided.name);
}

function buildCatalog(indexes: readonly AptIndex[], architecture: string): AptCatalog {
  const versions = new Map<string, AptPackage[]>();
  const sourceOf = new Map<AptPackage, string>();
  for (const index of indexes) {
    for (const pkg of index.packages) {
      if (pkg.architecture !== architecture && pkg.architecture !== 'all') continue;
      sourceOf.set(pkg, index.source);
      const list = versions.get(pkg.name);
      if (list) list.push(pkg);
      else versions.set(pkg.name, [pkg]);
    }
  }
  const candidates = new Map<string, AptPackage>();
  const providers = new Map<string, AptProvider[]>();
  for (const [name, list] of versions) {
    if (list.length > 1) list.sort((a, b) => compareDebianVersions(b.version, a.version));
    const candidate = list[0];
    candidates.set(name, candidate);
    for (const provided of candidate.provides) {
      const entry: AptProvider = provided.version ? { pkg: candidate, version: provided.version } : { pkg: candidate };
      const list = providers.get(provided.name);
      if (list) list.push(entry);
      else providers.set(provided.name, [entry]);
    }
  }
  let seen: Map<string, number> | undefined;
  const firstSeen = () => {
    if (!seen) {
      seen = new Map();
      for (const index of indexes) for (const pkg of index.packages) noteNames(seen, pkg);
    }
    return seen;
  };
  return { architecture, candidates, versions, providers, firstSeen, sourceOf };
}

const built = new IndexSetMemo<AptIndex, AptCatalog>();

/** The catalog of an index set, built on first use and kept while its indexes live. */
export function aptCatalog(indexes: readonly AptIndex[], architecture = guessArchitecture(indexes)): AptCatalog {
  return built.get(indexes, architecture, () => buildCatalog(indexes, architecture));
}

/** Whether a relation may be met on this architecture: `:any`/`:native`/the native name, or no qualifier. */
export function archAllowed(relation: AptRelation, architecture: string): boolean {
  return !relation.arch || relation.arch === 'any' || relation.arch === 'native' || relation.arch === architecture;
}

/** Whether a provider entry meets a relation: a versioned relation needs a versioned provide that satisfies it. */
export function providerMeets(provider: { version?: string }, relation: AptRelation): boolean {
  if (!relation.relation) return true;
  return provider.version !== undefined && versionSatisfies(provider.version, relation.relation, relation.version);
}

/** A package as installed (dpkg status) or about to be; `auto` as apt's extended_states says (absent: manual). */
export interface AptInstalled {
  name: string;
  version: string;
  auto?: boolean;
  /** bytes, when known (dpkg status, or the index record it was installed from) */
  installedSize?: number;
}

/** The index record of an installed package: the same version, else the name's candidate (its relations and provides stand in). */
export function recordOf(catalog: AptCatalog, installed: { name: string; version: string }): AptPackage | undefined {
  const list = catalog.versions.get(installed.name);
  return list?.find((pkg) => pkg.version === installed.version) ?? list?.[0];
}

/** What is (or is about to be) on the system, for checking relations: names with versions, and what they provide. */
export class InstalledView {
  private readonly versions = new Map<string, string>();
  private readonly provided = new Map<string, Array<{ version?: string }>>();

  constructor(private readonly catalog: AptCatalog) {}

  add(name: string, version: string, record: AptPackage | undefined): void {
    this.versions.set(name, version);
    for (const provide of record?.provides ?? []) {
      const list = this.provided.get(provide.name);
      if (list) list.push(provide);
      else this.provided.set(provide.name, [provide]);
    }
  }

  version(name: string): string | undefined {
    return this.versions.get(name);
  }

  /** Whether some package here meets the relation, by its own name and version or by a Provides. */
  meets(relation: AptRelation): boolean {
    if (!archAllowed(relation, this.catalog.architecture)) return false;
    const version = this.versions.get(relation.name);
    if (version !== undefined && versionSatisfies(version, relation.relation, relation.version)) return true;
    return (this.provided.get(relation.name) ?? []).some((provide) => providerMeets(provide, relation));
  }
}
