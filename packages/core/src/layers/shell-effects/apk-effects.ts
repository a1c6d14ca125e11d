// apk add/del with package indexes known (issue 16): each new package's files (the index's I:,
// estimated), the state files apk rewrites (/lib/apk/db/installed, /etc/apk/world), the indexes it
// keeps in /var/cache/apk; apk's installed set (call.state.packages.apk) follows each command.
// Without indexes every figure stays unknown and says why (docs/package-installs.md).
import { apkCatalog } from '../../package-index/apk-catalog';
import { apkAddClosure } from '../../package-index/apk-closure';
import { apkCommandOptions } from '../../package-index/apk-options';
import { apkRemoval } from '../../package-index/apk-remove';
import type { ApkState } from '../../package-index/apk-state';
import type { ApkDependency, ApkPackage } from '../../package-index/apk-types';
import { formatApkDependency } from '../../package-index/apk-version';
import type { ApkKnowledge } from '../../package-index/package-knowledge';
import type { PackageCommand } from '../../package-managers';
import { estimated, sumBytes, unknownBecause, ZERO } from '../bytes';
import type { Bytes, Effect, PackageEffect } from '../types';
import { origin, type Call } from './call';

/** The base image's figures for its own packages come from its apk database. */
export const BASE_APK_SOURCE = "the base image's apk database";
export const APK_INSTALLED = '/lib/apk/db/installed';
export const APK_WORLD = '/etc/apk/world';

/**
 * Fields of an installed-database record the index has but dflint does not keep (C: checksum, T:
 * description, U: url, L: license, m: maintainer, c: commit): their mean bytes over the four records
 * of fixtures/apk/installed-aarch64 (246, 184, 219, 246).
 */
const RECORD_UNKEPT_FIELDS = 224;
/**
 * A record's file list (F:, R:, a:, M:, Z: lines), which no index has: bytes per byte of I: over the
 * same four records (3,132 bytes of file lists for 2,080,768 bytes installed).
 */
const FILE_LIST_PER_INSTALLED_BYTE = 3_132 / 2_080_768;

/** What apk knows for this RUN, or why not; undefined without any package knowledge (the model was not given any). */
export type ApkView = { known: true; apk: ApkKnowledge; state: ApkState } | { known: false; reason: string };

export function apkView(call: Call): ApkView | undefined {
  const packages = call.state.packages;
  if (!packages) return undefined;
  const knowledge = packages.states.apk(packages.chainStage);
  if (knowledge.status === 'unknown') return { known: false, reason: knowledge.reason };
  const state = packages.apk;
  if (!state) return { known: false, reason: "apk's installed packages are not known" };
  if (state.unknownReason) return { known: false, reason: state.unknownReason };
  return { known: true, apk: knowledge.value, state };
}

/** What apk keeps in /var/cache/apk: the indexes as downloaded (exact), or why unknown. */
export function apkCacheBytes(view: ApkView): Bytes {
  if (!view.known) return unknownBecause(view.reason);
  return view.apk.cacheFiles.length ? sumBytes(view.apk.cacheFiles.map((file) => file.bytes)) : unknownBecause('the image has no apk repositories');
}

/** The bytes of a package's record in /lib/apk/db/installed: the fields dflint keeps written out, the mean of the rest, and its file list by its size. */
export function apkRecordBytes(pkg: ApkPackage, virtual = false): number {
  const line = (key: string, value: string | number | undefined) => (value === undefined || value === '' ? 0 : Buffer.byteLength(`${key}:${value}\n`));
  const list = (items: ApkDependency[]) => items.map(formatApkDependency).join(' ');
  const provides = pkg.provides.map((item) => (item.version !== undefined ? `${item.name}=${item.version}` : item.name)).join(' ');
  const written = line('P', pkg.name) + line('V', pkg.version) + line('A', pkg.architecture) + line('S', pkg.size) + line('I', pkg.installedSize);
  const more = line('o', pkg.origin) + line('t', pkg.buildTime) + line('k', pkg.providerPriority) + line('D', list(pkg.depends)) + line('p', provides) + line('i', list(pkg.installIf));
  // a virtual package has a T: and empty U: and L: lines, no checksum and no files
  if (virtual) return written + more + 'T:virtual meta package\nU:\nL:\n'.length + 1;
  return written + more + RECORD_UNKEPT_FIELDS + Math.round((pkg.installedSize ?? 0) * FILE_LIST_PER_INSTALLED_BYTE) + 1;
}

function packageEffect(call: Call, op: PackageEffect['op'], name: string, version: string, bytes: Bytes): PackageEffect {
  return { kind: 'package', ...origin(call), manager: 'apk', op, name, version, bytes };
}

const worldBytes = (world: readonly ApkDependency[]) => world.reduce((sum, entry) => sum + Buffer.byteLength(formatApkDependency(entry)) + 1, 0);
const sameWorld = (a: readonly ApkDependency[], b: readonly ApkDependency[]) => a.map(formatApkDependency).sort().join(' ') === b.map(formatApkDependency).sort().join(' ');

/** The state files one command rewrites: the installed database (copied up, grown or shrunk by the records) and the world, when it changed. */
function stateEffects(call: Call, recordDelta: number | undefined, before: readonly ApkDependency[], after: readonly ApkDependency[], source: string): Effect[] {
  const effects: Effect[] = [];
  if (recordDelta !== undefined) effects.push({ kind: 'copy-up', ...origin(call), path: APK_INSTALLED, recursive: false, extraBytes: estimated(recordDelta, source), creates: true });
  if (!sameWorld(before, after)) effects.push({ kind: 'write', ...origin(call), path: APK_WORLD, bytes: estimated(worldBytes(after), source) });
  return effects;
}

const sourcesOf = (apk: ApkKnowledge) => apk.indexes.map((index) => index.source).join('; ');

/** `apk add`: the closure's packages minus what is installed, then the state files. */
export function apkAddEffects(call: Call, command: PackageCommand, apk: ApkKnowledge, state: ApkState): Effect[] {
  const options = apkCommandOptions(command);
  const installed = state.installed(apk.indexes);
  const world = state.world(apk.indexes);
  const result = apkAddClosure({ indexes: apk.indexes, installed, world, request: options.packages, ...(options.virtual !== undefined && { virtual: options.virtual }) });
  const { sourceOf } = apkCatalog(apk.indexes);
  const filesOf = (pkg: ApkPackage): Bytes => {
    const source = sourceOf.get(pkg) ?? sourcesOf(apk);
    return pkg.installedSize === undefined ? unknownBecause(`${pkg.name}-${pkg.version}: no installed size (I:) in ${source}`) : estimated(pkg.installedSize, source);
  };
  const effects: Effect[] = [];
  let delta = 0;
  for (const pkg of result.added) {
    const virtual = pkg.name === options.virtual;
    delta += apkRecordBytes(pkg, virtual);
    if (!virtual) effects.push(packageEffect(call, 'install', pkg.name, pkg.version, filesOf(pkg)));
    state.fromBase.delete(pkg.name);
  }
  for (const { from, to } of result.upgraded) {
    delta += apkRecordBytes(to) - apkRecordBytes(from);
    const effect = packageEffect(call, 'install', to.name, to.version, filesOf(to));
    if (state.fromBase.has(from.name)) effect.replaces = baseFiles(from);
    state.fromBase.delete(from.name);
    effects.push(effect);
  }
  // repositories the command adds (-X, --repositories-file) are not read: what only they have is unresolved
  const unread = [...options.repositories, ...(options.repositoriesFile !== undefined ? [options.repositoriesFile] : [])];
  const besides = unread.length ? `; ${unread.join(', ')} not read` : '';
  for (const { from, dependency, reason } of result.unresolved) {
    effects.push(packageEffect(call, 'install', dependency, '', unknownBecause(`${dependency}: ${reason}${from ? ` (a dependency of ${from})` : ''}${besides}`)));
  }
  if (options.dynamicOperands) effects.push(packageEffect(call, 'install', '(dynamic operands)', '', unknownBecause('packages named by words dflint cannot expand')));
  const changed = result.added.length + result.upgraded.length > 0;
  effects.push(...stateEffects(call, changed ? delta : undefined, world, result.world, result.sources.join('; ') || sourcesOf(apk)));
  state.update(result.installed, result.world);
  return effects;
}

/** `apk del`: the named packages and those nothing in the world needs any more go, the state files are rewritten. */
export function apkDelEffects(call: Call, command: PackageCommand, apk: ApkKnowledge, state: ApkState): Effect[] {
  const options = apkCommandOptions(command);
  const world = state.world(apk.indexes);
  const removal = apkRemoval({ installed: state.installed(apk.indexes), world, request: options.packages, indexes: apk.indexes });
  // apk refuses the whole command when it knows a name nowhere ("No such package")
  if (removal.unknown.length > 0) return [];
  const effects: Effect[] = [];
  let delta = 0;
  for (const { pkg } of removal.removed) {
    const virtual = isVirtual(pkg);
    delta -= apkRecordBytes(pkg, virtual);
    if (virtual) continue;
    effects.push(packageEffect(call, 'remove', pkg.name, pkg.version, state.fromBase.has(pkg.name) ? baseFiles(pkg) : ZERO));
    state.fromBase.delete(pkg.name);
  }
  effects.push(...stateEffects(call, removal.removed.length > 0 ? delta : undefined, world, removal.world, sourcesOf(apk)));
  state.update(removal.installed, removal.world);
  return effects;
}

/** a package `apk add --virtual` made (apk-closure.ts): noarch, no size, no origin */
function isVirtual(pkg: ApkPackage): boolean {
  return pkg.architecture === 'noarch' && pkg.installedSize === 0 && pkg.size === 0 && pkg.origin === undefined;
}

function baseFiles(pkg: ApkPackage): Bytes {
  return pkg.installedSize !== undefined ? estimated(pkg.installedSize, BASE_APK_SOURCE) : unknownBecause(`${pkg.name}-${pkg.version}: its size is not in the base image's apk database`);
}
