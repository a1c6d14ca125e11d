// Lookup maps over a set of apk indexes (built once per index set), and the view of what is present
// (installed or chosen) that dependencies are checked against.
import { IndexSetMemo } from './index-set-memo';
import type { InstalledPackage } from '../registry/installed-packages';
import { parseApkIndexText } from './apk-index';
import type { ApkDependency, ApkIndex, ApkPackage } from './apk-types';
import { apkVersionSatisfies, compareApkVersions, parseApkDependency } from './apk-version';

/** A package offering a name: its own (`own`), or by a `p:` provide (`version` undefined: an unversioned one). */
export class ApkProvider {
  constructor(
    readonly pkg: ApkPackage,
    readonly own: boolean,
    /** the index's position in repository order (apk prefers the first) and its `@tag` */
    readonly repository: number,
    readonly tag: string | undefined,
    private readonly provided?: string,
  ) {}

  /** the version offered: the package's for its own name (read only when providers are compared) */
  get version(): string | undefined {
    return this.own ? this.pkg.version : this.provided;
  }
}

export interface ApkCatalog {
  /** every provider of each name, in index order */
  providers: Map<string, ApkProvider[]>;
  /** by each name an `i:` condition names: the newest package (in untagged repositories) of each name with that `i:` */
  triggers: Map<string, ApkPackage[]>;
  /** the index (its `source`) each package came from */
  sourceOf: Map<ApkPackage, string>;
}

const built = new IndexSetMemo<ApkIndex, ApkCatalog>();

export function apkCatalog(indexes: readonly ApkIndex[]): ApkCatalog {
  return built.get(indexes, '', () => buildCatalog(indexes));
}

function buildCatalog(indexes: readonly ApkIndex[]): ApkCatalog {
  const providers = new Map<string, ApkProvider[]>();
  const sourceOf = new Map<ApkPackage, string>();
  const add = (name: string, provider: ApkProvider) => {
    const list = providers.get(name);
    if (list) list.push(provider);
    else providers.set(name, [provider]);
  };
  const triggered = new Map<string, ApkProvider>();
  indexes.forEach((index, repository) => {
    for (const pkg of index.packages) {
      sourceOf.set(pkg, index.source);
      const own = new ApkProvider(pkg, true, repository, index.tag);
      add(pkg.name, own);
      for (const provide of pkg.provides) add(provide.name, new ApkProvider(pkg, false, repository, index.tag, provide.version));
      if (index.tag || pkg.installIf.length === 0) continue;
      const previous = triggered.get(pkg.name);
      if (!previous || compareApkVersions(pkg.version, previous.pkg.version) > 0) triggered.set(pkg.name, own);
    }
  });
  const triggers = new Map<string, ApkPackage[]>();
  for (const { pkg } of triggered.values()) {
    for (const name of new Set(pkg.installIf.map((condition) => condition.name))) {
      const list = triggers.get(name);
      if (list) list.push(pkg);
      else triggers.set(name, [pkg]);
    }
  }
  return { providers, triggers, sourceOf };
}

/** Whether a provider meets a dependency, its `!` aside: a versioned dependency needs a versioned provide (apk_dep_is_provided). */
export function provides(provider: { version?: string }, dependency: ApkDependency): boolean {
  if (!dependency.operator) return true;
  return provider.version !== undefined && apkVersionSatisfies(provider.version, dependency.operator, dependency.version);
}

/** What is installed or chosen, by the names each package offers. */
export class ApkPresent {
  private readonly byName = new Map<string, Array<{ pkg: ApkPackage; version?: string }>>();
  readonly packages = new Map<string, ApkPackage>();

  constructor(packages: Iterable<ApkPackage>) {
    for (const pkg of packages) this.add(pkg);
  }

  add(pkg: ApkPackage): void {
    this.packages.set(pkg.name, pkg);
    this.offer(pkg.name, { pkg, version: pkg.version });
    for (const provide of pkg.provides) this.offer(provide.name, { pkg, ...(provide.version !== undefined ? { version: provide.version } : {}) });
  }

  remove(pkg: ApkPackage): void {
    this.packages.delete(pkg.name);
    for (const name of [pkg.name, ...pkg.provides.map((provide) => provide.name)]) {
      const list = this.byName.get(name)?.filter((entry) => entry.pkg !== pkg);
      if (list?.length) this.byName.set(name, list);
      else this.byName.delete(name);
    }
  }

  /** the present package meeting the dependency (its own name first), `!` aside */
  meeting(dependency: ApkDependency): ApkPackage | undefined {
    const offers = this.byName.get(dependency.name) ?? [];
    return (offers.find((offer) => offer.pkg.name === dependency.name && provides(offer, dependency)) ?? offers.find((offer) => provides(offer, dependency)))?.pkg;
  }

  private offer(name: string, entry: { pkg: ApkPackage; version?: string }): void {
    const list = this.byName.get(name);
    if (list) list.push(entry);
    else this.byName.set(name, [entry]);
  }
}

/** `/etc/apk/world`: the dependencies the user asked for, one per line (or space separated). */
export function parseApkWorld(text: string): ApkDependency[] {
  return text.split(/\s+/).filter(Boolean).map(parseApkDependency);
}

/**
 * The installed packages as full records: apk's `lib/apk/db/installed` text when the image has it
 * (its records carry depends and provides), else the base's package list matched to the indexes by
 * name and version. A base image is often older than the index: a version the index no longer has
 * borrows the dependencies and provides of the index's newest record of that name (`borrowed` says
 * which), keeping its own version and size; `unmatched` names those no index has at all (their
 * dependencies and provides are unknown).
 */
export function apkInstalled(source: { database: string } | { packages: readonly InstalledPackage[]; indexes: readonly ApkIndex[] }): { installed: ApkPackage[]; borrowed: string[]; unmatched: string[] } {
  if ('database' in source) return { installed: parseApkIndexText(source.database, 'lib/apk/db/installed'), borrowed: [], unmatched: [] };
  const catalog = apkCatalog(source.indexes);
  const borrowed: string[] = [];
  const unmatched: string[] = [];
  const installed = source.packages
    .filter((item) => item.manager === 'apk')
    .map((item): ApkPackage => {
      const records = (catalog.providers.get(item.name) ?? []).filter((provider) => provider.own).map((provider) => provider.pkg);
      const exact = records.find((record) => record.version === item.version);
      if (exact) return exact;
      const size = item.installedSize !== undefined ? { installedSize: item.installedSize } : {};
      const newest = records.reduce<ApkPackage | undefined>((best, record) => (!best || compareApkVersions(record.version, best.version) > 0 ? record : best), undefined);
      if (!newest) {
        unmatched.push(`${item.name}-${item.version}`);
        return { name: item.name, version: item.version, architecture: '', ...size, depends: [], provides: [], installIf: [] };
      }
      borrowed.push(`${item.name}-${item.version} (from ${newest.version})`);
      return { name: item.name, version: item.version, architecture: newest.architecture, ...size, depends: newest.depends, provides: newest.provides, installIf: newest.installIf };
    });
  return { installed, borrowed, unmatched };
}
