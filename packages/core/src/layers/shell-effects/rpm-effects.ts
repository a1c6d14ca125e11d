// dnf/yum/microdnf/dnf5 install, remove and autoremove with repositories known (issue 16): each new
// package's files (primary.xml's installed size, estimated), the databases rpm and dnf rewrite, the
// metadata dnf keeps in its cache; rpm's installed set (call.state.packages.rpm) follows each command.
// Without repositories every figure stays unknown and says why (docs/package-installs.md).
import type { PackageCommand, PackageManager } from '../../package-managers';
import { dnfInstallClosure, type DnfClosurePackage } from '../../package-index/rpm-closure';
import { dnfCommandOptions } from '../../package-index/rpm-options';
import { dnfRemoval, type DnfRemoved } from '../../package-index/rpm-remove';
import type { RpmKnowledge } from '../../package-index/package-knowledge';
import type { RpmState } from '../../package-index/rpm-state';
import { formatEvr } from '../../package-index/rpm-types';
import { estimated, sumBytes, unknownBecause, ZERO } from '../bytes';
import type { Bytes, Effect, PackageEffect } from '../types';
import { origin, unknownWrite, type Call } from './call';
import { cacheWrite, installs } from './package-cache';

/** The base image's figures for its own packages come from its rpm database. */
export const RPM_DATABASE_SOURCE = "the base image's rpm database";

/**
 * Where rpm keeps its database: /var/lib/rpm (RHEL/UBI, Rocky, Alma; sqlite or Berkeley DB); on Fedora
 * 36+ a link to /usr/lib/sysimage/rpm, which the model follows (a base image's directory links are
 * resolved). Copying up the one that is not there would mark it as written unseen.
 */
export const RPM_DATABASE_DIR = '/var/lib/rpm';
/** dnf 4's (and yum's, microdnf's) transaction history */
export const DNF_HISTORY = '/var/lib/dnf/history.sqlite';

const RPMDB_GROWS = "rpm's database stores each new package's header (its file list, scripts, dependencies), whose size primary.xml does not state";
const HISTORY_GROWS = "dnf's history database records the transaction: its growth is not modelled";

/** What dnf knows for this RUN, or why not; undefined without any package knowledge (the model was not given any). */
export type RpmView = { known: true; rpm: RpmKnowledge; state: RpmState } | { known: false; reason: string };

export function rpmView(call: Call): RpmView | undefined {
  const packages = call.state.packages;
  if (!packages) return undefined;
  const knowledge = packages.states.rpm(packages.chainStage);
  if (knowledge.status === 'unknown') return { known: false, reason: knowledge.reason };
  const state = packages.rpm;
  if (!state) return { known: false, reason: "rpm's installed packages are not known" };
  if (state.unknownReason) return { known: false, reason: state.unknownReason };
  return { known: true, rpm: knowledge.value, state };
}

/** What dnf keeps in its cache directory after fetching the repositories' metadata. */
export function rpmCacheBytes(view: RpmView): Bytes {
  if (!view.known) return unknownBecause(view.reason);
  return view.rpm.cacheFiles.length ? sumBytes(view.rpm.cacheFiles.map((file) => file.bytes)) : unknownBecause('the image enables no rpm repository');
}

function packageEffect(call: Call, op: PackageEffect['op'], name: string, version: string, bytes: Bytes): PackageEffect {
  return { kind: 'package', ...origin(call), manager: 'rpm', op, name, version, bytes };
}

/**
 * A new package's files: primary.xml's installed size, estimated. With --nodocs (tsflags=nodocs) dnf
 * leaves the documentation out, which that size counts and primary.xml does not size apart: the figure
 * would overstate, so it is unknown and its reason gives the size as a bound from above.
 */
function filesOf(entry: DnfClosurePackage, nodocs: boolean): Bytes {
  const { pkg, source } = entry;
  const name = `${pkg.name}-${formatEvr(pkg)}.${pkg.arch}`;
  if (!Number.isFinite(pkg.installedSize)) return unknownBecause(`${name}: no installed size in ${source}`);
  if (nodocs) return unknownBecause(`${name}: --nodocs leaves out its documentation, which primary.xml's installed size (${pkg.installedSize} bytes, an upper bound) counts but does not size apart`);
  return estimated(pkg.installedSize, source);
}

/** `dnf install`: the closure's packages minus what rpm has, then the databases rpm and dnf rewrite. */
export function dnfInstallEffects(call: Call, command: PackageCommand, rpm: RpmKnowledge, state: RpmState): Effect[] {
  const options = dnfCommandOptions(command);
  const nodocs = options.nodocs ?? rpm.nodocs ?? false;
  const closure = dnfInstallClosure({
    indexes: rpm.indexes,
    installed: state.installed,
    request: options.packages,
    installWeakDeps: options.installWeakDeps ?? rpm.installWeakDeps,
    architecture: rpm.architecture,
    nodocs,
  });
  const before = new Map(state.installed.map((pkg) => [pkg.name, pkg]));
  const effects: Effect[] = [];
  for (const entry of closure.packages) {
    const effect = packageEffect(call, 'install', entry.pkg.name, formatEvr(entry.pkg), filesOf(entry, nodocs));
    const old = before.get(entry.pkg.name);
    if (old && state.fromBase.has(old.name)) effect.replaces = old.installedSize !== undefined ? estimated(old.installedSize, RPM_DATABASE_SOURCE) : unknownBecause(`${old.name} ${old.version}: its size is not in the base image's rpm database`);
    state.fromBase.delete(entry.pkg.name);
    effects.push(effect);
  }
  for (const { from, requirement, reason } of closure.unresolved) {
    effects.push(packageEffect(call, 'install', requirement, '', unknownBecause(`${requirement}: ${reason}${from ? ` (required by ${from})` : ''}`)));
  }
  if (options.dynamicOperands) effects.push(packageEffect(call, 'install', '(dynamic operands)', '', unknownBecause('packages named by words dflint cannot expand')));
  if (closure.packages.length === 0) return effects;
  effects.push(...databaseEffects(call, unknownBecause(RPMDB_GROWS)));
  state.installed = closure.installed;
  return effects;
}

/** `dnf remove` (`erase`), `dnf autoremove`: the packages' files go, the databases are rewritten. */
export function dnfRemoveEffects(call: Call, command: PackageCommand, rpm: RpmKnowledge, state: RpmState): Effect[] {
  const options = dnfCommandOptions(command);
  const removal = dnfRemoval({
    indexes: rpm.indexes,
    installed: state.installed,
    request: options.packages,
    autoremove: options.autoremove,
    cleanRequirementsOnRemove: options.cleanRequirementsOnRemove ?? rpm.cleanRequirementsOnRemove,
    installWeakDeps: rpm.installWeakDeps,
    architecture: rpm.architecture,
  });
  const effects: Effect[] = [];
  if (options.dynamicOperands) effects.push(packageEffect(call, 'remove', '(dynamic operands)', '', unknownBecause('packages named by words dflint cannot expand')));
  if (removal.removed.length === 0) return effects;
  for (const removed of removal.removed) {
    const fromBase = state.fromBase.has(removed.name);
    effects.push(packageEffect(call, 'remove', removed.name, removed.version, fromBase ? baseFiles(removed) : ZERO));
    state.fromBase.delete(removed.name);
  }
  effects.push(...databaseEffects(call, undefined));
  state.installed = removal.installed;
  return effects;
}

/**
 * rpm's database (every file of it: Berkeley DB's indexes or rpmdb.sqlite) and dnf's history, copied
 * up: an install adds an unknown amount to them (`growth`), a removal rewrites them (new size unknown).
 */
function databaseEffects(call: Call, growth: Bytes | undefined): Effect[] {
  const effects: Effect[] = [{ kind: 'copy-up', ...origin(call), path: RPM_DATABASE_DIR, recursive: true, ...(growth ? { extraBytes: growth } : { rewrites: true }) }];
  if (call.name !== 'dnf5') effects.push({ kind: 'copy-up', ...origin(call), path: DNF_HISTORY, recursive: false, extraBytes: unknownBecause(HISTORY_GROWS), creates: true });
  return effects;
}

function baseFiles(removed: DnfRemoved): Bytes {
  return removed.installedSize !== undefined ? estimated(removed.installedSize, RPM_DATABASE_SOURCE) : unknownBecause(`${removed.name} ${removed.version}: its size is not known`);
}

/**
 * A yum/dnf/microdnf/dnf5 command: the metadata cache it fills at `dir` (sized from the repositories
 * when known), and with repositories known `install` and `remove`/`autoremove` package by package.
 * What is not modelled (upgrades, groups, modules, reinstalls, `--installroot`) stays unknown and says
 * why; without package knowledge it is today's unsized install.
 */
export function rpmCommandEffects(call: Call, manager: PackageManager, command: PackageCommand, dir: string): Effect[] {
  const { action, subcommand } = command;
  const view = rpmView(call);
  const unknown = (what: string): Effect[] => {
    const effect = unknownWrite(call, `${call.name} ${subcommand}: ${view && !view.known ? view.reason : what}`);
    if (view && !view.known) effect.bytes = unknownBecause(view.reason);
    return [effect];
  };
  const metadata = (): Effect => {
    const write = cacheWrite(call, { manager, action: action === 'refresh' ? 'refresh' : 'install' }, 'metadata', { dir });
    if (view) write.bytes = rpmCacheBytes(view);
    return write;
  };
  const elsewhere = command.args.has('--installroot');
  switch (action) {
    case 'refresh':
      return [metadata()];
    case 'install': {
      if (!view) return [metadata(), installs(call, subcommand!)];
      if (view.known && !elsewhere && (subcommand === 'install' || subcommand === 'in')) return [metadata(), ...dnfInstallEffects(call, command, view.rpm, view.state)];
      return [metadata(), ...unknown(elsewhere ? 'installs into another root (--installroot)' : `\`${subcommand}\` is not modelled: installs files dflint cannot size`)];
    }
    case 'remove':
      if (view?.known && !elsewhere) return dnfRemoveEffects(call, command, view.rpm, view.state);
      return unknown('removes package files');
    default:
      return [];
  }
}
