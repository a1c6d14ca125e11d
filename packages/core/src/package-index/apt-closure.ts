// What `apt-get install` adds, like apt's resolver for ordinary cases: the requested packages, then
// depth first their Pre-Depends and Depends (and Recommends unless turned off): a group already met by
// what is installed or about to be is skipped, else its first alternative whose candidate satisfies the
// relation (a real package, else a virtual name's provider) is installed. Conflicts/Breaks and pins are
// not modelled. Pure and synchronous; the lookup maps are built once per index set (apt-catalog.ts).

import { aptCatalog, archAllowed, InstalledView, noteNames, providerMeets, recordOf, type AptCatalog, type AptInstalled } from './apt-catalog';
import { formatRelation, parseAptRequest, type AptUnresolved } from './apt-request';
import type { AptIndex, AptPackage, AptRelation } from './apt-types';
import { compareDebianVersions, versionSatisfies } from './deb-version';

export interface AptClosureInput {
  indexes: readonly AptIndex[];
  /** the base image's dpkg packages and what earlier RUNs installed (a previous closure's `installed`) */
  installed: readonly AptInstalled[];
  /** the package arguments of `apt-get install`: `curl`, `curl=7.88.1-10+deb12u12`, `libssl3:amd64` */
  request: readonly string[];
  /** false for `--no-install-recommends` or `-o APT::Install-Recommends=0` (apt-options.ts reads them) */
  installRecommends?: boolean;
  /** the native architecture (dpkg --print-architecture); default: the indexes' first one that is not `all` */
  architecture?: string;
}

export interface AptClosurePackage {
  pkg: AptPackage;
  /** the index it comes from (AptIndex.source) */
  source: string;
  /** false for the requested packages (apt marks them manual) */
  auto: boolean;
  /** the installed version it replaces, when apt upgrades a package to meet a relation or a request */
  upgradeFrom?: string;
}

export interface AptClosure {
  /** in the order apt's resolver marks them */
  packages: AptClosurePackage[];
  /** bytes of the packages whose Installed-Size is known */
  installedSize: number;
  /** bytes of the .debs apt downloads into /var/cache/apt/archives */
  debSize: number;
  /** packages without an Installed-Size or Size: the sums leave them out, so they are lower bounds */
  unsized: string[];
  /** requests and Pre-Depends/Depends nothing satisfies: the figures are lower bounds that name them */
  unresolved: AptUnresolved[];
  /** the distinct index sources of the packages */
  sources: string[];
  /** what is installed afterwards: the input, the new packages, and requested ones marked manual */
  installed: AptInstalled[];
}

class Resolver {
  readonly view: InstalledView;
  /** what was installed before this command */
  readonly before: InstalledView;
  readonly state = new Map<string, AptInstalled>();
  readonly marked = new Map<string, AptClosurePackage>();
  readonly unresolved: AptUnresolved[] = [];
  readonly statusSeen = new Map<string, number>();

  constructor(
    readonly catalog: AptCatalog,
    installed: readonly AptInstalled[],
    readonly recommends: boolean,
  ) {
    this.view = new InstalledView(catalog);
    this.before = new InstalledView(catalog);
    for (const pkg of [...installed].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      this.state.set(pkg.name, { ...pkg });
      const record = recordOf(catalog, pkg);
      this.view.add(pkg.name, pkg.version, record);
      this.before.add(pkg.name, pkg.version, record);
      if (record) noteNames(this.statusSeen, record, -Number.MAX_SAFE_INTEGER);
      else if (!this.statusSeen.has(pkg.name)) this.statusSeen.set(pkg.name, -Number.MAX_SAFE_INTEGER + this.statusSeen.size);
    }
  }

  /** Marks a package for install (or upgrade) without its dependencies; false when it already was. */
  mark(pkg: AptPackage, auto: boolean): boolean {
    if (this.marked.has(pkg.name)) return false;
    const current = this.state.get(pkg.name);
    if (current && current.version === pkg.version) return false;
    const entry: AptClosurePackage = { pkg, source: this.catalog.sourceOf.get(pkg) ?? '', auto: current ? current.auto === true : auto };
    if (current) entry.upgradeFrom = current.version;
    this.marked.set(pkg.name, entry);
    this.view.add(pkg.name, pkg.version, pkg);
    return true;
  }

  /** Installs what a marked package's relations need, depth first. */
  resolve(pkg: AptPackage): void {
    for (const group of pkg.preDepends) this.meet(pkg, group, true);
    for (const group of pkg.depends) this.meet(pkg, group, true);
    if (!this.recommends) return;
    const upgradeFrom = this.marked.get(pkg.name)?.upgradeFrom;
    for (const group of pkg.recommends) if (upgradeFrom === undefined || this.newOrMetBefore(pkg.name, upgradeFrom, group)) this.meet(pkg, group, false);
  }

  /**
   * On an upgrade apt follows only the Recommends that are new in this version or were met before
   * (MarkInstall_InstallDependencies: "ignore old unsatisfied important dependency"). The old version's
   * fields come from its index record; when no index has it, its Recommends are taken to be the new ones.
   */
  newOrMetBefore(name: string, oldVersion: string, group: AptRelation[]): boolean {
    const old = this.catalog.versions.get(name)?.find((pkg) => pkg.version === oldVersion);
    const oldGroup = old ? old.recommends.find((candidate) => candidate.some((relation) => relation.name === group[0].name)) : group;
    return !oldGroup || oldGroup.some((relation) => this.before.meets(relation));
  }

  meet(pkg: AptPackage, group: AptRelation[], required: boolean): void {
    for (const relation of group) if (this.view.meets(relation)) return;
    const chosen = this.choose(group);
    if (chosen) {
      if (this.mark(chosen, true)) this.resolve(chosen);
    } else if (required) {
      // apt skips a Recommends it cannot meet; a Depends it cannot meet fails the install
      this.unresolved.push({ from: pkg.name, relation: group.map(formatRelation).join(' | '), reason: 'not in the package indexes' });
    }
  }

  /**
   * The candidates that could meet a relation, best first as apt's CompareProviders sorts them: the named
   * package's own candidate, then its providers, installed ones first, then essential ones, then the one
   * apt's cache met last (the higher package ID; Priority, which apt weighs first, is not in AptIndex).
   */
  solutionsFor(relation: AptRelation): AptPackage[] {
    if (!archAllowed(relation, this.catalog.architecture)) return [];
    const own = this.catalog.candidates.get(relation.name);
    const fits = own !== undefined && versionSatisfies(own.version, relation.relation, relation.version);
    const all = this.catalog.providers.get(relation.name);
    if (!all) return fits ? [own] : [];
    const providers: AptPackage[] = [];
    for (const provider of all) if (provider.pkg !== own && providerMeets(provider, relation)) providers.push(provider.pkg);
    if (providers.length > 1) {
      const installed = (pkg: AptPackage) => Number(this.state.has(pkg.name));
      providers.sort((a, b) => installed(b) - installed(a) || Number(b.essential) - Number(a.essential) || this.seen(b.name) - this.seen(a.name));
    }
    if (fits) providers.unshift(own);
    return providers;
  }

  /** Whether some candidate could meet the relation (solutionsFor without building the list). */
  hasSolution(relation: AptRelation): boolean {
    if (!archAllowed(relation, this.catalog.architecture)) return false;
    const own = this.catalog.candidates.get(relation.name);
    if (own && versionSatisfies(own.version, relation.relation, relation.version)) return true;
    for (const provider of this.catalog.providers.get(relation.name) ?? []) if (providerMeets(provider, relation)) return true;
    return false;
  }

  /** apt's package ID order: the dpkg status (sorted by name) is read before the indexes */
  seen(name: string): number {
    return this.statusSeen.get(name) ?? this.catalog.firstSeen().get(name) ?? Number.MAX_SAFE_INTEGER;
  }

  /**
   * apt's pick for an unmet group (getAllPossibleSolutions): the solutions of every alternative in order,
   * those upgrading an installed package before new installs, skipping a candidate whose own Pre-Depends
   * or Depends no installed package or candidate can meet (IsInstallOkDependenciesSatisfiableByCandidates).
   */
  choose(group: AptRelation[]): AptPackage | undefined {
    let first: AptPackage | undefined;
    for (const upgrades of [true, false]) {
      for (const relation of group) {
        for (const pkg of this.solutionsFor(relation)) {
          if (this.state.has(pkg.name) !== upgrades) continue;
          first ??= pkg;
          if (this.marked.has(pkg.name) || this.installable(pkg)) return pkg;
        }
      }
    }
    // when none is installable apt fails; the first one is taken so that the figures name what is missing further down
    return first;
  }

  installable(pkg: AptPackage): boolean {
    const meetable = (relation: AptRelation) => this.view.meets(relation) || this.hasSolution(relation);
    for (const group of pkg.preDepends) if (!group.some(meetable)) return false;
    for (const group of pkg.depends) if (!group.some(meetable)) return false;
    return true;
  }

  /** A command-line package: its candidate (or the requested version), or a virtual name's only provider. */
  request(spec: string): AptPackage | undefined {
    const parsed = parseAptRequest(spec, this.catalog.architecture);
    if ('reason' in parsed) {
      this.unresolved.push({ from: null, relation: spec, reason: parsed.reason });
      return undefined;
    }
    const { name, version } = parsed;
    const own = version ? this.catalog.versions.get(name)?.find((pkg) => pkg.version === version) : this.catalog.candidates.get(name);
    if (own) {
      const current = this.state.get(name);
      if (current && !version && compareDebianVersions(own.version, current.version) <= 0) {
        current.auto = false; // "set to manually installed"
        return undefined;
      }
      if (current) current.auto = false;
      return this.mark(own, false) ? own : undefined;
    }
    const providers = version ? [] : (this.catalog.providers.get(name) ?? []);
    if (providers.length === 1) return this.mark(providers[0].pkg, false) ? providers[0].pkg : undefined;
    const reason = version ? `version ${version} is not in the package indexes` : providers.length ? `a virtual package provided by ${providers.length} packages (apt asks to select one)` : 'not in the package indexes';
    this.unresolved.push({ from: null, relation: spec, reason });
    return undefined;
  }
}

/** The packages `apt-get install <request>` would add to `installed`, with their sizes. */
export function aptInstallClosure(input: AptClosureInput): AptClosure {
  const catalog = aptCatalog(input.indexes, input.architecture);
  const resolver = new Resolver(catalog, input.installed, input.installRecommends !== false);
  // apt-get marks every command-line package first, then resolves their dependencies
  const requested = input.request.map((spec) => resolver.request(spec)).filter((pkg): pkg is AptPackage => pkg !== undefined);
  for (const pkg of requested) resolver.resolve(pkg);
  const packages = [...resolver.marked.values()];
  let installedSize = 0;
  let debSize = 0;
  const unsized: string[] = [];
  for (const { pkg, auto } of packages) {
    if (Number.isFinite(pkg.installedSize)) installedSize += pkg.installedSize;
    if (Number.isFinite(pkg.debSize)) debSize += pkg.debSize;
    if (!Number.isFinite(pkg.installedSize) || !Number.isFinite(pkg.debSize)) unsized.push(pkg.name);
    const after: AptInstalled = { name: pkg.name, version: pkg.version, auto };
    if (Number.isFinite(pkg.installedSize)) after.installedSize = pkg.installedSize;
    resolver.state.set(pkg.name, after);
  }
  return {
    packages,
    installedSize,
    debSize,
    unsized,
    unresolved: resolver.unresolved,
    sources: [...new Set(packages.map((entry) => entry.source))],
    installed: [...resolver.state.values()],
  };
}
