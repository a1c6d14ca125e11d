// The lookup maps dnf's resolution needs over a set of repositories' primary metadata: each name's
// packages best first, who provides a capability, who owns a file path, what an installed package
// provides and requires. Built once per index set (a WeakMap keyed by the index array); who provides
// a capability is looked up when first asked (a cached index answers from its stored capability list).
import { IndexSetMemo } from './index-set-memo';
import { compareEvr, evrSatisfies, parseEvr, rangesOverlap } from './rpm-version';
import type { InstalledPackage } from '../registry/installed-packages';
import { RpmIndexError, type RpmDependency, type RpmIndex, type RpmPackage } from './rpm-types';

/** A package in the image's rpm database, or one an earlier RUN's dnf installed. */
export interface RpmInstalled {
  name: string;
  /** `[epoch:]version-release`, as rpmDatabasePackages writes it */
  version: string;
  arch?: string;
  /** bytes, as the rpm database states them */
  installedSize?: number;
  /** dnf's install reason: `user` for named packages (and, unknown otherwise, the base image's); `dependency`/`weak` are auto-removable */
  reason?: 'user' | 'dependency' | 'weak';
}

/**
 * The rpm packages of a base image's database (BaseImageIndex.packages) as the closure takes them:
 * user-installed, since dnf's history database (the install reasons) is not read. A name installed
 * for two architectures (multilib) counts once.
 */
export function rpmInstalledOf(packages: readonly InstalledPackage[]): RpmInstalled[] {
  return packages.filter((pkg) => pkg.manager === 'rpm' && pkg.name !== 'gpg-pubkey').map((pkg) => ({ name: pkg.name, version: pkg.version, ...(pkg.installedSize !== undefined ? { installedSize: pkg.installedSize } : {}), reason: 'user' as const }));
}

/** The architectures dnf installs on a base architecture, preferred first (libsolv's arch policy; multilib i686 last). */
const COMPATIBLE: Record<string, string[]> = {
  x86_64: ['x86_64', 'noarch', 'i686', 'i586', 'i486', 'i386', 'athlon'],
  aarch64: ['aarch64', 'noarch'],
  ppc64le: ['ppc64le', 'noarch'],
  s390x: ['s390x', 'noarch'],
  riscv64: ['riscv64', 'noarch'],
  i686: ['i686', 'noarch', 'i586', 'i486', 'i386'],
  i386: ['i686', 'noarch', 'i586', 'i486', 'i386'],
};

export interface RpmCatalog {
  architecture: string;
  /** arch → preference (0 best); absent: not installable here */
  archRank: Map<string, number>;
  /** each name's installable packages: the native arch and noarch before multilib ones, then the highest EVR first */
  byName: Map<string, RpmPackage[]>;
  /** the installable packages with a provide, or a listed file, of that name (not checked against a version) */
  provided(name: string): readonly RpmPackage[];
  sourceOf: Map<RpmPackage, string>;
}

const built = new IndexSetMemo<RpmIndex, RpmCatalog>();

/** The catalog of the indexes for a base architecture (`x86_64`); an architecture rpm does not know is an RpmIndexError. */
export function rpmCatalog(indexes: readonly RpmIndex[], architecture: string): RpmCatalog {
  const order = COMPATIBLE[architecture];
  if (!order) throw new RpmIndexError(`unknown rpm architecture "${architecture}" (known: ${Object.keys(COMPATIBLE).join(', ')})`);
  return built.get(indexes, architecture, () => buildCatalog(indexes, architecture, order));
}

function buildCatalog(indexes: readonly RpmIndex[], architecture: string, order: readonly string[]): RpmCatalog {
  const archRank = new Map(order.map((arch, rank) => [arch, rank]));
  const lookups = indexes.map((index) => index.capabilities ?? capabilityLookup(index.packages));
  const memo = new Map<string, RpmPackage[]>();
  const provided = (name: string): readonly RpmPackage[] => {
    let found = memo.get(name);
    if (found) return found;
    found = [];
    for (let i = 0; i < indexes.length; i++) for (const at of lookups[i](name)) if (archRank.has(indexes[i].packages[at].arch)) found.push(indexes[i].packages[at]);
    memo.set(name, found);
    return found;
  };
  const catalog: RpmCatalog = { architecture, archRank, byName: new Map(), provided, sourceOf: new Map() };
  for (const index of indexes) {
    for (const pkg of index.packages) {
      if (!archRank.has(pkg.arch)) continue;
      catalog.sourceOf.set(pkg, index.source);
      push(catalog.byName, pkg.name, pkg);
    }
  }
  for (const list of catalog.byName.values()) if (list.length > 1) list.sort((a, b) => rankOf(catalog, a) - rankOf(catalog, b) || compareEvr(b, a));
  return catalog;
}

/** capability or file path → positions of the packages providing or listing it */
export function capabilityPositions(packages: readonly RpmPackage[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  packages.forEach((pkg, at) => {
    for (const provide of pkg.provides) push(map, provide.name, at);
    for (const file of pkg.files) push(map, file, at);
  });
  for (const [name, list] of map) if (list.length > 1) map.set(name, [...new Set(list)]);
  return map;
}

function capabilityLookup(packages: readonly RpmPackage[]): (name: string) => readonly number[] {
  let map: Map<string, number[]> | undefined;
  return (name) => (map ??= capabilityPositions(packages)).get(name) ?? [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 0 for the native arch and noarch (dnf's "best" choice between them is by version), 1 for multilib ones */
export function rankOf(catalog: RpmCatalog, pkg: RpmPackage): number {
  return (catalog.archRank.get(pkg.arch) ?? 99) <= 1 ? 0 : 1;
}

/** Whether a package meets a requirement: by its own name and EVR, a provide, or (a path) a file it lists. */
export function packageMeets(pkg: RpmPackage, dep: RpmDependency): boolean {
  if (pkg.name === dep.name && evrSatisfies(pkg, dep)) return true;
  for (const provide of pkg.provides) if (provide.name === dep.name && rangesOverlap(provide, dep)) return true;
  return dep.name.startsWith('/') && pkg.files.includes(dep.name);
}

/** The packages of the catalog that meet a requirement, in no particular order. */
export function providersOf(catalog: RpmCatalog, dep: RpmDependency): RpmPackage[] {
  const found = new Set<RpmPackage>();
  for (const pkg of catalog.byName.get(dep.name) ?? []) if (evrSatisfies(pkg, dep)) found.add(pkg);
  for (const pkg of catalog.provided(dep.name)) if (!found.has(pkg) && packageMeets(pkg, dep)) found.add(pkg);
  return [...found];
}

/**
 * The repository record standing for an installed package: the same name and EVR, else the highest
 * version of its name (the rpm database's own provides and requires are not read: the repository's
 * are taken for them), else undefined (then it provides only its name).
 */
export function recordOf(catalog: RpmCatalog, installed: RpmInstalled): RpmPackage | undefined {
  const list = catalog.byName.get(installed.name);
  if (!list) return undefined;
  const evr = parseEvr(installed.version);
  return list.find((pkg) => compareEvr(pkg, { epoch: evr.epoch ?? 0, version: evr.version, release: evr.release }) === 0 && (!installed.arch || pkg.arch === installed.arch)) ?? list[0];
}

/** What is installed (or about to be), as a set that answers "is this requirement met?". */
export class InstalledView {
  private readonly byCapability = new Map<string, Array<{ provide: RpmDependency; name: string }>>();
  private readonly files = new Map<string, string[]>();

  add(name: string, version: string, record: RpmPackage | undefined): void {
    const evr = parseEvr(version);
    const self: RpmDependency = { name, flags: 'EQ', epoch: evr.epoch, version: evr.version, ...(evr.release !== undefined ? { release: evr.release } : {}) };
    push(this.byCapability, name, { provide: self, name });
    if (!record) return;
    // a record of another version stands for this one: its provides at its own EVR are taken at the installed EVR
    const sameEvr = compareEvr(record, { epoch: evr.epoch ?? 0, version: evr.version, release: evr.release }) === 0;
    for (const provide of record.provides) {
      const atRecordEvr = !sameEvr && provide.flags === 'EQ' && compareEvr(provide, record) === 0;
      push(this.byCapability, provide.name, { provide: provide.name === name || atRecordEvr ? { ...self, name: provide.name } : provide, name });
    }
    for (const file of record.files) push(this.files, file, name);
  }

  remove(name: string): void {
    for (const [capability, list] of this.byCapability) {
      const kept = list.filter((entry) => entry.name !== name);
      if (kept.length !== list.length) this.byCapability.set(capability, kept);
    }
    for (const [file, owners] of this.files) if (owners.includes(name)) this.files.set(file, owners.filter((owner) => owner !== name));
  }

  /** the installed names meeting a requirement */
  meetersOf(dep: RpmDependency): string[] {
    const names = (this.byCapability.get(dep.name) ?? []).filter((entry) => rangesOverlap(entry.provide, dep)).map((entry) => entry.name);
    if (dep.name.startsWith('/')) names.push(...(this.files.get(dep.name) ?? []));
    return names;
  }

  meets(dep: RpmDependency): boolean {
    return this.meetersOf(dep).length > 0;
  }
}

/** rpm itself provides rpmlib(…) capabilities; nothing in a repository does */
export const isRpmlib = (dep: RpmDependency) => dep.name.startsWith('rpmlib(');
