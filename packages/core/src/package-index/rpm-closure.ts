// What `dnf install` (yum, microdnf, dnf5) adds, like libsolv's choices in ordinary cases: the requested
// packages, then depth first their Requires (and Recommends unless install_weak_deps is off): a
// requirement already met by what is installed or about to be is skipped, else the best provider
// is installed. Conflicts/Obsoletes, Supplements, modules and excludes are not modelled. Pure and
// synchronous; the lookup maps are built once per index set (rpm-catalog.ts).
import { InstalledView, isRpmlib, providersOf, rankOf, recordOf, rpmCatalog, type RpmCatalog, type RpmInstalled } from './rpm-catalog';
import { parseRich, richHolds, type RichNode } from './rpm-rich';
import { compareEvr, formatDependency, parseEvr } from './rpm-version';
import { formatEvr, type RpmDependency, type RpmIndex, type RpmPackage } from './rpm-types';
import { requestedPackages } from './rpm-request';

export interface DnfClosureInput {
  indexes: readonly RpmIndex[];
  /** the base image's rpm packages and what earlier RUNs installed (a previous closure's `installed`) */
  installed: readonly RpmInstalled[];
  /** the package arguments: `curl`, `curl-8.6.0-7.fc40`, `glibc.i686`, `/usr/bin/gcc`, `'perl(JSON)'`, `python3-*` */
  request: readonly string[];
  /** false for `--setopt=install_weak_deps=False` or dnf.conf's install_weak_deps=0 (rpm-options.ts, rpm-repos.ts read them) */
  installWeakDeps?: boolean;
  /** dnf's base architecture: `x86_64`, `aarch64` (rpm-repos.ts rpmBaseArch) */
  architecture: string;
  /** `--nodocs`/`tsflags=nodocs`: documentation is not installed, which primary.xml's sizes include */
  nodocs?: boolean;
}

export interface DnfClosurePackage {
  pkg: RpmPackage;
  /** the index it comes from (RpmIndex.source) */
  source: string;
  /** `user` for the requested packages, `dependency` for Requires, `weak` for Recommends (dnf's install reasons) */
  reason: 'user' | 'dependency' | 'weak';
  /** the installed EVR it replaces */
  upgradeFrom?: string;
}

/** A request or a requirement nothing meets: the figures are lower bounds that name it. */
export interface RpmUnresolved {
  /** the package that requires it, null for a command-line argument */
  from: string | null;
  requirement: string;
  reason: string;
}

export interface DnfClosure {
  /** in the order they were chosen */
  packages: DnfClosurePackage[];
  /** bytes of the packages' files (primary.xml's installed size) */
  installedSize: number;
  /** bytes of the .rpm files dnf downloads (kept in its cache unless keepcache=0 cleans them) */
  packageSize: number;
  /** packages without a size: the sums leave them out, so they are lower bounds */
  unsized: string[];
  unresolved: RpmUnresolved[];
  /** the distinct index sources of the packages */
  sources: string[];
  /** what is installed afterwards: the input, the new and upgraded packages, requested ones marked user-installed */
  installed: RpmInstalled[];
  /** why `installedSize` may overstate what lands (one line each): nodocs */
  caveats: string[];
}

class Resolver {
  readonly view = new InstalledView();
  readonly state = new Map<string, RpmInstalled>();
  readonly marked = new Map<string, DnfClosurePackage>();
  readonly unresolved: RpmUnresolved[] = [];
  /** the repository records standing for the installed packages */
  readonly records = new Map<string, RpmPackage | undefined>();

  constructor(
    readonly catalog: RpmCatalog,
    installed: readonly RpmInstalled[],
    readonly weak: boolean,
  ) {
    for (const pkg of installed) {
      this.state.set(pkg.name, { ...pkg });
      const record = recordOf(catalog, pkg);
      this.records.set(pkg.name, record);
      this.view.add(pkg.name, pkg.version, record);
    }
  }

  /** Marks a package for install or upgrade without its dependencies; false when it already is. */
  mark(pkg: RpmPackage, reason: DnfClosurePackage['reason']): boolean {
    if (this.marked.has(pkg.name)) return false;
    const current = this.state.get(pkg.name);
    const evr = formatEvr(pkg);
    if (current && compareEvr(parseEvr(current.version), pkg) >= 0) return false;
    // an upgrade keeps the installed package's reason (the base image's, unknown, count as user-installed)
    const entry: DnfClosurePackage = { pkg, source: this.catalog.sourceOf.get(pkg) ?? '', reason: current ? (current.reason ?? 'user') : reason };
    if (current) {
      entry.upgradeFrom = current.version;
      this.view.remove(pkg.name);
    }
    this.marked.set(pkg.name, entry);
    this.view.add(pkg.name, evr, pkg);
    return true;
  }

  resolve(pkg: RpmPackage): void {
    for (const dep of pkg.requires) if (!isRpmlib(dep)) this.meet(pkg.name, dep, true);
    if (this.weak) for (const dep of pkg.recommends) this.meet(pkg.name, dep, false);
  }

  meet(from: string, dep: RpmDependency, required: boolean): void {
    if (!dep.name.startsWith('(')) return void this.meetSimple(from, dep, required ? 'dependency' : 'weak', required);
    const node = parseRich(dep.name);
    if (!node) {
      if (required) this.unresolved.push({ from, requirement: dep.name, reason: 'a rich dependency that cannot be read' });
    } else if (!this.meetRich(from, node, required ? 'dependency' : 'weak') && required) {
      this.unresolved.push({ from, requirement: dep.name, reason: 'nothing in the repositories meets it' });
    }
  }

  /** Installs the best provider of an unmet requirement; false when none exists (and records it when `report`). */
  meetSimple(from: string, dep: RpmDependency, reason: 'dependency' | 'weak', report: boolean): boolean {
    if (this.view.meets(dep)) return true;
    const chosen = this.choose(providersOf(this.catalog, dep));
    if (chosen) {
      if (this.mark(chosen, reason)) this.resolve(chosen);
      return true;
    }
    if (report) this.unresolved.push({ from, requirement: formatDependency(dep), reason: 'nothing in the repositories provides it' });
    return false;
  }

  /** A rich dependency: `or` takes the best provider of its alternatives (else its first that can be met); `if`/`unless` look at what is installed so far. */
  meetRich(from: string, node: RichNode, reason: 'dependency' | 'weak'): boolean {
    const possible = (dep: RpmDependency) => this.view.meets(dep) || providersOf(this.catalog, dep).length > 0;
    switch (node.op) {
      case 'dep':
        return this.meetSimple(from, node.dep, reason, false);
      case 'and':
      case 'with':
        return node.items.map((item) => this.meetRich(from, item, reason)).every(Boolean);
      case 'without':
        return this.meetRich(from, node.items[0], reason);
      case 'or': {
        if (node.items.some((item) => richHolds(item, (dep) => this.view.meets(dep)))) return true;
        // libsolv pools the providers of simple alternatives and picks among them as for one requirement
        if (node.items.every((item) => item.op === 'dep')) {
          const chosen = this.choose(node.items.flatMap((item) => (item.op === 'dep' ? providersOf(this.catalog, item.dep) : [])));
          if (chosen && this.mark(chosen, reason)) this.resolve(chosen);
          return chosen !== undefined;
        }
        const item = node.items.find((candidate) => richHolds(candidate, possible));
        return item !== undefined && this.meetRich(from, item, reason);
      }
      case 'if':
      case 'unless': {
        const condition = richHolds(node.cond, (dep) => this.view.meets(dep)) === (node.op === 'if');
        const branch = condition ? node.then : node.else;
        return branch === undefined || this.meetRich(from, branch, reason);
      }
    }
  }

  /**
   * libsolv's pick between providers, approximated: an installed name (upgraded) first, then one whose
   * own Requires can all be met, then the native arch or noarch before multilib, then the name that
   * sorts first; each name's highest EVR.
   */
  choose(candidates: RpmPackage[]): RpmPackage | undefined {
    if (candidates.length === 0) return undefined;
    const best = new Map<string, RpmPackage>();
    for (const pkg of candidates) {
      const held = best.get(pkg.name);
      if (!held || rankOf(this.catalog, pkg) < rankOf(this.catalog, held) || (rankOf(this.catalog, pkg) === rankOf(this.catalog, held) && compareEvr(pkg, held) > 0)) best.set(pkg.name, pkg);
    }
    const score = (pkg: RpmPackage) => [this.marked.has(pkg.name) || this.state.has(pkg.name) ? 0 : 1, this.installable(pkg) ? 0 : 1, rankOf(this.catalog, pkg)];
    return [...best.values()].sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    })[0];
  }

  /**
   * A conditional requirement (`(app-lang if langpacks)`) of an installed or marked package whose
   * condition this install meets: libsolv installs its target too. Until nothing more is marked.
   */
  conditionalsMet(): void {
    for (let marked = -1; marked !== this.marked.size; ) {
      marked = this.marked.size;
      const holders = [...[...this.state.keys()].filter((name) => !this.marked.has(name)).map((name) => this.records.get(name)), ...[...this.marked.values()].map((entry) => entry.pkg)];
      for (const pkg of holders) for (const dep of pkg?.requires ?? []) if (dep.name.startsWith('(') && / (if|unless) /.test(dep.name)) this.meet(pkg!.name, dep, true);
    }
  }

  installable(pkg: RpmPackage): boolean {
    return pkg.requires.every((dep) => isRpmlib(dep) || dep.name.startsWith('(') || this.view.meets(dep) || providersOf(this.catalog, dep).length > 0);
  }
}

/** The packages `dnf install <request>` would add to `installed`, with their sizes. */
export function dnfInstallClosure(input: DnfClosureInput): DnfClosure {
  const catalog = rpmCatalog(input.indexes, input.architecture);
  const resolver = new Resolver(catalog, input.installed, input.installWeakDeps !== false);
  const requested: RpmPackage[] = [];
  for (const spec of input.request) {
    const found = requestedPackages(catalog, spec, (list) => resolver.choose(list));
    if ('reason' in found) {
      resolver.unresolved.push({ from: null, requirement: spec, reason: found.reason });
      continue;
    }
    for (const pkg of found.packages) {
      const current = resolver.state.get(pkg.name);
      if (current) current.reason = 'user';
      // "Package … is already installed": dnf install does not upgrade it unless a version is named
      if ((!current || found.versioned) && resolver.mark(pkg, 'user')) requested.push(pkg);
    }
  }
  for (const pkg of requested) resolver.resolve(pkg);
  resolver.conditionalsMet();
  const packages = [...resolver.marked.values()];
  let installedSize = 0;
  let packageSize = 0;
  const unsized: string[] = [];
  for (const { pkg, reason } of packages) {
    if (Number.isFinite(pkg.installedSize)) installedSize += pkg.installedSize;
    if (Number.isFinite(pkg.packageSize)) packageSize += pkg.packageSize;
    if (!Number.isFinite(pkg.installedSize) || !Number.isFinite(pkg.packageSize)) unsized.push(pkg.name);
    resolver.state.set(pkg.name, { name: pkg.name, version: formatEvr(pkg), arch: pkg.arch, ...(Number.isFinite(pkg.installedSize) ? { installedSize: pkg.installedSize } : {}), reason });
  }
  const caveats = input.nodocs ? ['tsflags=nodocs: documentation is not installed, but primary.xml sizes include it, so the installed size overstates'] : [];
  const unresolved = resolver.unresolved.filter((entry, at, all) => all.findIndex((other) => other.from === entry.from && other.requirement === entry.requirement) === at);
  return { packages, installedSize, packageSize, unsized, unresolved, sources: [...new Set(packages.map((entry) => entry.source))], installed: [...resolver.state.values()], caveats };
}
