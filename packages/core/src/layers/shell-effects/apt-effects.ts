// apt-get install/remove/purge/autoremove/update with package indexes known (issue 16): each new
// package's files (Installed-Size, estimated), the state files dpkg, apt and debconf rewrite, the
// lists `update` stores; dpkg's installed set (call.state.packages.dpkg) follows each command.
// Without indexes every figure stays unknown and says why (docs/package-installs.md).
import { aptInstallClosure, type AptClosurePackage } from '../../package-index/apt-closure';
import { aptCommandOptions } from '../../package-index/apt-options';
import { aptRemoval, type AptRemoved } from '../../package-index/apt-remove';
import type { DpkgState } from '../../package-index/dpkg-state';
import type { AptKnowledge } from '../../package-index/package-knowledge';
import type { PackageCommand } from '../../package-managers';
import { estimated, sumBytes, unknownBecause, ZERO } from '../bytes';
import type { Bytes, Effect, PackageEffect } from '../types';
import { origin, type Call } from './call';
import { dpkgChangeEffects } from './dpkg-changes';
import { compiledPythonBytes, dpkgInfoBytes } from './dpkg-files';

/** The base image's figures for its own packages come from its dpkg status. */
export const BASE_STATUS_SOURCE = "the base image's dpkg status";

/** What apt knows for this RUN, or why not; undefined without any package knowledge (the model was not given any). */
export type AptView = { known: true; apt: AptKnowledge; dpkg: DpkgState } | { known: false; reason: string };

export function aptView(call: Call): AptView | undefined {
  const packages = call.state.packages;
  if (!packages) return undefined;
  const knowledge = packages.states.apt(packages.chainStage);
  if (knowledge.status === 'unknown') return { known: false, reason: knowledge.reason };
  const dpkg = packages.dpkg;
  if (!dpkg) return { known: false, reason: "dpkg's installed packages are not known" };
  if (dpkg.unknownReason) return { known: false, reason: dpkg.unknownReason };
  return { known: true, apt: knowledge.value, dpkg };
}

const sourcesOf = (apt: AptKnowledge) => apt.indexes.map((index) => index.source).join('; ');

/** What `apt-get update` at this 0-based line stores in /var/lib/apt/lists: the lists of the sources added by then, sized as the knowledge gives them. */
export function aptListsBytes(view: AptView, line: number): Bytes {
  if (!view.known) return unknownBecause(view.reason);
  view.dpkg.listsFetched = true;
  view.dpkg.listsAt = line;
  const lists = view.apt.lists.filter((list) => list.addedAt === undefined || list.addedAt <= line);
  return lists.length ? sumBytes(lists.map((list) => list.bytes)) : unknownBecause('the image has no apt sources');
}

/** apt's knowledge as the lists stored last give it: an added source's index only once an update ran at or after the line adding it. */
export function aptVisible(apt: AptKnowledge, dpkg: DpkgState): AptKnowledge {
  if (!apt.indexes.some((index) => index.addedAt !== undefined)) return apt;
  const seen = (addedAt: number | undefined) => addedAt === undefined || (dpkg.listsAt !== undefined && addedAt <= dpkg.listsAt);
  return { ...apt, indexes: apt.indexes.filter((index) => seen(index.addedAt)), lists: apt.lists.filter((list) => seen(list.addedAt)) };
}

function packageEffect(call: Call, op: PackageEffect['op'], name: string, version: string, bytes: Bytes): PackageEffect {
  return { kind: 'package', ...origin(call), manager: 'dpkg', op, name, version, bytes };
}

/** A new package's files: its Installed-Size, dpkg's control files and the .pyc Debian compiles, estimated; unknown when the index has no size. */
function filesOf(entry: AptClosurePackage): Bytes {
  const { pkg, source } = entry;
  if (!Number.isFinite(pkg.installedSize)) return unknownBecause(`${pkg.name} ${pkg.version}: no Installed-Size in ${source}`);
  return estimated(pkg.installedSize + dpkgInfoBytes(pkg) + compiledPythonBytes(pkg), source);
}

/** `apt-get install`: the closure's packages minus what dpkg has, then the state files. */
export function aptInstallEffects(call: Call, command: PackageCommand, knowledge: AptKnowledge, dpkg: DpkgState): Effect[] {
  const apt = aptVisible(knowledge, dpkg);
  const options = aptCommandOptions(command);
  const closure = aptInstallClosure({
    indexes: apt.indexes,
    installed: dpkg.installed,
    request: options.packages,
    installRecommends: options.installRecommends ?? apt.installRecommends,
    architecture: apt.architecture,
  });
  const before = new Map(dpkg.installed.map((pkg) => [pkg.name, pkg]));
  const effects: Effect[] = [];
  for (const entry of closure.packages) {
    const effect = packageEffect(call, 'install', entry.pkg.name, entry.pkg.version, filesOf(entry));
    const old = before.get(entry.pkg.name);
    if (old && dpkg.fromBase.has(old.name)) effect.replaces = old.installedSize !== undefined ? estimated(old.installedSize, BASE_STATUS_SOURCE) : unknownBecause(`${old.name} ${old.version}: its size is not in the base image's dpkg status`);
    dpkg.fromBase.delete(entry.pkg.name);
    effects.push(effect);
  }
  for (const { from, relation, reason } of closure.unresolved) {
    effects.push(packageEffect(call, 'install', relation, '', unknownBecause(`${relation}: ${reason}${from ? ` (a dependency of ${from})` : ''}`)));
  }
  if (options.dynamicOperands) effects.push(packageEffect(call, 'install', '(dynamic operands)', '', unknownBecause('packages named by words dflint cannot expand')));
  if (closure.packages.length === 0) return effects;
  const auto = closure.installed.filter((pkg) => pkg.auto);
  effects.push(...dpkgChangeEffects(call, { apt, installed: closure.packages, removed: [], purge: false, after: closure.installed, auto, source: closure.sources.join('; ') || sourcesOf(apt) }));
  dpkg.installed = closure.installed;
  return effects;
}

/** `apt-get remove|purge [--auto-remove]`, `autoremove`, `autopurge`: the packages' files go, the state files are rewritten. */
export function aptRemoveEffects(call: Call, command: PackageCommand, knowledge: AptKnowledge, dpkg: DpkgState): Effect[] {
  const apt = aptVisible(knowledge, dpkg);
  const options = aptCommandOptions(command);
  const removal = aptRemoval({ indexes: apt.indexes, installed: dpkg.installed, request: options.packages, autoRemove: options.autoRemove, architecture: apt.architecture });
  if (removal.refused || removal.removed.length === 0) return [];
  const effects: Effect[] = [];
  for (const removed of removal.removed) {
    const fromBase = dpkg.fromBase.has(removed.name);
    effects.push(packageEffect(call, 'remove', removed.name, removed.version, fromBase ? baseFiles(removed) : ZERO));
    // the base's control files of the package are real files the model knows
    if (fromBase) for (const name of [removed.name, `${removed.name}:${apt.architecture}`]) effects.push({ kind: 'delete', ...origin(call), path: `/var/lib/dpkg/info/${name}.*`, glob: true, recursive: false });
    dpkg.fromBase.delete(removed.name);
  }
  const auto = removal.installed.filter((pkg) => pkg.auto);
  effects.push(...dpkgChangeEffects(call, { apt, installed: [], removed: removal.removed, purge: options.purge, after: removal.installed, auto, source: sourcesOf(apt) }));
  dpkg.installed = removal.installed;
  return effects;
}

function baseFiles(removed: AptRemoved): Bytes {
  return removed.installedSize !== undefined ? estimated(removed.installedSize, BASE_STATUS_SOURCE) : unknownBecause(`${removed.name} ${removed.version}: its size is not known`);
}
