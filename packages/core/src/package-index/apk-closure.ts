// What `apk add` installs (issue 16), pure and synchronous: the packages a request adds to what is
// installed, after apk-tools 2.14's solver (src/solver.c) for the common cases. See README.md.
import { apkCatalog, ApkPresent, provides, type ApkCatalog, type ApkProvider } from './apk-catalog';
import { ApkIndexError, type ApkDependency, type ApkIndex, type ApkPackage } from './apk-types';
import { compareApkVersions, formatApkDependency, parseApkDependency } from './apk-version';

/** A dependency nothing present or in the indexes meets; `from` is the package whose it is (null: the command line). */
export interface ApkUnresolved {
  from: string | null;
  /** as written: `so:libsqlite3.so.0`, `curl>=9` */
  dependency: string;
  reason: string;
}

export interface ApkAddInput {
  /** the image's repositories' indexes, in /etc/apk/repositories order */
  indexes: readonly ApkIndex[];
  /** what is installed before: the base's records (apk-catalog's apkInstalled), then each earlier RUN's `installed` */
  installed: readonly ApkPackage[];
  /** /etc/apk/world before */
  world: readonly ApkDependency[];
  /** the operands of `apk add`: `curl`, `curl=8.5.0-r0`, `python3~3.12`, `curl@edge`, `so:libz.so.1` */
  request: readonly string[];
  /** `--virtual .build-deps`: the request goes into a new package of that name, which goes into the world */
  virtual?: string;
  /** the virtual package's version is the time (`20261206.115800`, as apk writes it) */
  now?: () => Date;
}

export interface ApkAddResult {
  /** packages new to the image, in the order chosen */
  added: ApkPackage[];
  /** installed packages replaced by a newer version a dependency needs */
  upgraded: Array<{ from: ApkPackage; to: ApkPackage }>;
  /** I: and S: sums over added and upgraded-to packages (lower bounds when `unsized` or `unresolved` is not empty) */
  installedSize: number;
  size: number;
  /** packages without I: or S: */
  unsized: string[];
  unresolved: ApkUnresolved[];
  /** the indexes (`source`) the packages came from */
  sources: string[];
  /** what is installed afterwards (the virtual package included) and the world afterwards */
  installed: ApkPackage[];
  world: ApkDependency[];
}

/** An `apk add` operand: a dependency, or why it is not one dflint can look up. */
export function parseApkRequest(operand: string): ApkDependency | { reason: string } {
  if (/\.apk$/.test(operand) || operand.includes('/')) return { reason: 'a local .apk file or path (its size is not in the indexes)' };
  try {
    const dependency = parseApkDependency(operand);
    return dependency.conflict ? { reason: 'a `!` conflict, not a package' } : dependency;
  } catch (error) {
    if (error instanceof ApkIndexError) return { reason: 'not a package name' };
    throw error;
  }
}

export function apkAddClosure(input: ApkAddInput): ApkAddResult {
  const catalog = apkCatalog(input.indexes);
  const present = new ApkPresent(input.installed);
  const before = new Set(input.installed);
  const added: ApkPackage[] = [];
  const upgraded: ApkAddResult['upgraded'] = [];
  const unresolved: ApkUnresolved[] = [];
  const conflicts: Array<{ dependency: ApkDependency; from: string | null }> = [];
  const requested = new Set<string>();
  const requests: ApkDependency[] = [];
  for (const operand of input.request) {
    const request = parseApkRequest(operand);
    if ('reason' in request) unresolved.push({ from: null, dependency: operand, reason: request.reason });
    else (requests.push(request), requested.add(request.name));
  }

  /** every package chosen, in order: what install_if conditions are looked up by */
  const chosen: ApkPackage[] = [];
  const select = (pkg: ApkPackage, tags: ReadonlySet<string>) => {
    chosen.push(pkg);
    const old = present.packages.get(pkg.name);
    if (old) {
      present.remove(old);
      if (before.has(old)) upgraded.push({ from: old, to: pkg });
      else added.splice(added.indexOf(old), 1, pkg);
    } else added.push(pkg);
    present.add(pkg);
    for (const dependency of pkg.depends) resolve(dependency, pkg.name, tags);
  };

  const resolve = (dependency: ApkDependency, from: string | null, inherited: ReadonlySet<string>) => {
    if (dependency.conflict) return void conflicts.push({ dependency, from });
    if (present.meeting(dependency)) return;
    const tags = dependency.tag ? new Set([...inherited, dependency.tag]) : inherited;
    const provider = choose(catalog, dependency, tags, requested, present);
    if ('reason' in provider) return void unresolved.push({ from, dependency: formatApkDependency(dependency), reason: provider.reason });
    select(provider.pkg, provider.tag ? new Set([...tags, provider.tag]) : tags);
  };

  let virtual: ApkPackage | undefined;
  if (input.virtual) {
    virtual = { name: input.virtual, version: virtualVersion((input.now ?? (() => new Date()))()), architecture: 'noarch', installedSize: 0, size: 0, depends: requests, provides: [], installIf: [] };
    const old = present.packages.get(virtual.name);
    if (old) present.remove(old);
    added.push(virtual);
    present.add(virtual);
    for (const request of requests) resolve(request, virtual.name, new Set());
  } else for (const request of requests) resolve(request, null, new Set());
  // install_if: a package whose every condition is now met, one of them by a new package, comes too
  // (only packages with a condition naming what a new package offers are looked at)
  for (let scanned = 0; scanned < chosen.length; scanned++) {
    const offered = chosen[scanned];
    for (const name of [offered.name, ...offered.provides.map((provide) => provide.name)]) {
      for (const pkg of catalog.triggers.get(name) ?? []) {
        if (present.packages.has(pkg.name)) continue;
        const met = pkg.installIf.map((condition) => (condition.conflict ? (present.meeting(condition) ? undefined : null) : present.meeting(condition)));
        if (met.some((by) => by === undefined) || !met.some((by) => by && !before.has(by))) continue;
        select(pkg, new Set());
      }
    }
  }
  for (const { dependency, from } of conflicts) {
    const by = present.meeting(dependency);
    if (by) unresolved.push({ from, dependency: formatApkDependency(dependency), reason: `conflicts with ${by.name}-${by.version}` });
  }

  const world = input.world.filter((entry) => !(virtual ? entry.name === virtual.name : requested.has(entry.name)));
  world.push(...(virtual ? [{ name: virtual.name }] : requests));
  const counted = [...added.filter((pkg) => pkg !== virtual), ...upgraded.map(({ to }) => to)];
  const sources = new Set(counted.map((pkg) => catalog.sourceOf.get(pkg)).filter((source): source is string => source !== undefined));
  return {
    added,
    upgraded,
    installedSize: counted.reduce((sum, pkg) => sum + (pkg.installedSize ?? 0), 0),
    size: counted.reduce((sum, pkg) => sum + (pkg.size ?? 0), 0),
    unsized: counted.filter((pkg) => pkg.installedSize === undefined || pkg.size === undefined).map((pkg) => pkg.name),
    unresolved,
    sources: [...sources],
    installed: [...present.packages.values()],
    world,
  };
}

/**
 * The provider apk's compare_providers would take for a name nothing present meets: among those
 * meeting the dependency, in allowed repositories (untagged, or tagged and named by `@tag` here or
 * by a package that pulled this one in), that may be chosen automatically (its own name, a
 * versioned provide, a `k:` priority, or a package requested by name) and conflict with nothing
 * present: the highest provided version, then the highest version of one name, then the highest
 * priority, then the first repository.
 */
function choose(catalog: ApkCatalog, dependency: ApkDependency, tags: ReadonlySet<string>, requested: ReadonlySet<string>, present: ApkPresent): ApkProvider | { reason: string } {
  const all = catalog.providers.get(dependency.name) ?? [];
  if (all.length === 0) return { reason: 'no package or provider of that name in the indexes' };
  const meeting = all.filter((provider) => provides(provider, dependency));
  if (meeting.length === 0) return { reason: `no version meets it (the indexes have ${[...new Set(all.map((p) => `${p.pkg.name}-${p.pkg.version}`))].slice(0, 3).join(', ')})` };
  const allowed = meeting.filter((provider) => !provider.tag || tags.has(provider.tag));
  if (allowed.length === 0) return { reason: `only in repositories tagged ${[...new Set(meeting.map((p) => `@${p.tag}`))].join(', ')}` };
  const selectable = allowed.filter((provider) => provider.own || provider.version !== undefined || provider.pkg.providerPriority !== undefined || requested.has(provider.pkg.name));
  if (selectable.length === 0) return { reason: `only provided without a version (by ${[...new Set(allowed.map((p) => p.pkg.name))].slice(0, 3).join(', ')}): name one` };
  const peaceful = selectable.filter((provider) => !provider.pkg.depends.some((d) => d.conflict && present.meeting(d)));
  const candidates = peaceful.length > 0 ? peaceful : selectable;
  return candidates.reduce((best, provider) => (better(provider, best) ? provider : best));
}

function better(a: ApkProvider, b: ApkProvider): boolean {
  if (a.version !== undefined && b.version !== undefined) {
    const order = compareApkVersions(a.version, b.version);
    if (order !== 0) return order > 0;
  }
  if (a.pkg.name === b.pkg.name) {
    const order = compareApkVersions(a.pkg.version, b.pkg.version);
    if (order !== 0) return order > 0;
  }
  const priority = (a.pkg.providerPriority ?? 0) - (b.pkg.providerPriority ?? 0);
  if (priority !== 0) return priority > 0;
  return a.repository < b.repository;
}

/** apk's virtual package version: the local time as `%Y%m%d.%H%M%S` */
function virtualVersion(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}.${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}
