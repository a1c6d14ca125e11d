// What `dnf remove` (and `dnf autoremove`) take away: the named packages, every installed package
// whose Requires they leave unmet, and with clean_requirements_on_remove (dnf's default) the
// dependencies they pulled in that nothing user-installed still needs. Installed packages' Requires
// are the repositories' records of them (rpm-catalog recordOf). Pure and synchronous.
import { InstalledView, isRpmlib, recordOf, rpmCatalog, type RpmCatalog, type RpmInstalled } from './rpm-catalog';
import { parseRich, richHolds, type RichNode } from './rpm-rich';
import type { RpmDependency, RpmIndex, RpmPackage } from './rpm-types';

export interface DnfRemovalInput {
  indexes: readonly RpmIndex[];
  installed: readonly RpmInstalled[];
  /** the package arguments of `dnf remove` (names, `name.arch`, globs); empty for `dnf autoremove` */
  request: readonly string[];
  /** `dnf autoremove`: every unneeded dependency goes, not only those of the removed packages */
  autoremove?: boolean;
  /** dnf.conf's clean_requirements_on_remove (default true), `--noautoremove` turns it off */
  cleanRequirementsOnRemove?: boolean;
  /** whether Recommends keep a package (install_weak_deps, default true) */
  installWeakDeps?: boolean;
  architecture: string;
}

export interface DnfRemoved {
  name: string;
  version: string;
  /** bytes, from the rpm database (else the repository's record); undefined when neither says */
  installedSize?: number;
  /** `requested`, `dependent` (it requires a removed package), `unneeded` (a dependency nothing needs any more) */
  why: 'requested' | 'dependent' | 'unneeded';
}

export interface DnfRemoval {
  removed: DnfRemoved[];
  /** bytes of the removed packages whose size is known */
  installedSize: number;
  /** removed packages without a size: the sum is a lower bound */
  unsized: string[];
  /** arguments no installed package matches ("No match for argument"; dnf removes the rest) */
  notInstalled: string[];
  /** what is installed afterwards */
  installed: RpmInstalled[];
}

/** The leaf dependencies of a requirement (a rich one's every simple part). */
function leaves(dep: RpmDependency): RpmDependency[] {
  if (!dep.name.startsWith('(')) return [dep];
  const walk = (node: RichNode): RpmDependency[] => (node.op === 'dep' ? [node.dep] : 'items' in node ? node.items.flatMap(walk) : [node.then, node.cond, ...(node.else ? [node.else] : [])].flatMap(walk));
  const node = parseRich(dep.name);
  return node ? walk(node) : [];
}

function holds(dep: RpmDependency, view: InstalledView): boolean {
  if (!dep.name.startsWith('(')) return view.meets(dep);
  const node = parseRich(dep.name);
  return node ? richHolds(node, (leaf) => view.meets(leaf)) : true;
}

class Removal {
  readonly records = new Map<string, RpmPackage | undefined>();
  readonly remaining = new Map<string, RpmInstalled>();

  constructor(
    catalog: RpmCatalog,
    installed: readonly RpmInstalled[],
    readonly weak: boolean,
  ) {
    for (const pkg of installed) {
      this.remaining.set(pkg.name, pkg);
      this.records.set(pkg.name, recordOf(catalog, pkg));
    }
  }

  view(): InstalledView {
    const view = new InstalledView();
    for (const pkg of this.remaining.values()) view.add(pkg.name, pkg.version, this.records.get(pkg.name));
    return view;
  }

  deps(name: string): RpmDependency[] {
    const record = this.records.get(name);
    if (!record) return [];
    return [...record.requires, ...(this.weak ? record.recommends : [])].filter((dep) => !isRpmlib(dep));
  }

  /** the installed names reachable from `roots` through Requires (and Recommends) */
  reachable(roots: Iterable<string>, view: InstalledView): Set<string> {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const dep of this.deps(name)) for (const leaf of leaves(dep)) for (const meeter of view.meetersOf(leaf)) if (!seen.has(meeter) && this.remaining.has(meeter)) queue.push(meeter);
    }
    return seen;
  }
}

/** What `dnf remove <request>` (or `dnf autoremove`) takes away, with why each goes. */
export function dnfRemoval(input: DnfRemovalInput): DnfRemoval {
  const catalog = rpmCatalog(input.indexes, input.architecture);
  const removal = new Removal(catalog, input.installed, input.installWeakDeps !== false);
  const removed: DnfRemoved[] = [];
  const take = (name: string, why: DnfRemoved['why']) => {
    const pkg = removal.remaining.get(name)!;
    const size = pkg.installedSize ?? removal.records.get(name)?.installedSize;
    removed.push({ name, version: pkg.version, ...(size !== undefined && Number.isFinite(size) ? { installedSize: size } : {}), why });
    removal.remaining.delete(name);
  };
  const before = removal.view();
  const notInstalled: string[] = [];
  for (const spec of input.request) {
    const names = matchInstalled([...removal.remaining.keys()], spec, removal.remaining);
    if (names.length === 0 && !removed.some((entry) => entry.name === spec)) notInstalled.push(spec);
    for (const name of names) take(name, 'requested');
  }
  // dependents: what required a removed package, until nothing more breaks
  for (let changed = removed.length > 0; changed; ) {
    changed = false;
    const view = removal.view();
    for (const name of [...removal.remaining.keys()]) {
      if (removal.deps(name).some((dep) => !dep.pre && holds(dep, before) && !holds(dep, view) && removal.records.get(name)?.requires.includes(dep))) {
        take(name, 'dependent');
        changed = true;
      }
    }
  }
  if (input.cleanRequirementsOnRemove !== false || input.autoremove) {
    // what the removed packages (requested and dependent) pulled in
    const pulledIn = removal.reachable(
      removed.map((entry) => entry.name),
      before,
    );
    const view = removal.view();
    const users = [...removal.remaining.values()].filter((pkg) => pkg.reason === undefined || pkg.reason === 'user').map((pkg) => pkg.name);
    const needed = removal.reachable(users, view);
    for (const pkg of [...removal.remaining.values()]) if (!needed.has(pkg.name) && (input.autoremove || pulledIn.has(pkg.name))) take(pkg.name, 'unneeded');
  }
  const unsized = removed.filter((entry) => entry.installedSize === undefined).map((entry) => entry.name);
  return { removed, installedSize: removed.reduce((sum, entry) => sum + (entry.installedSize ?? 0), 0), unsized, notInstalled, installed: [...removal.remaining.values()] };
}

/** Installed names an argument matches: the name, `name.arch`, or a glob. */
function matchInstalled(names: string[], spec: string, installed: Map<string, RpmInstalled>): string[] {
  if (installed.has(spec)) return [spec];
  if (/[*?[]/.test(spec)) {
    const pattern = new RegExp(`^${spec.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return names.filter((name) => pattern.test(name));
  }
  const dot = spec.lastIndexOf('.');
  const base = spec.slice(0, dot);
  if (dot > 0 && installed.get(base)?.arch === spec.slice(dot + 1)) return [base];
  return [];
}
