// The state files one apt command that installs or removes packages rewrites: each is copied up (its
// old bytes, base image's or an earlier RUN's, are then hidden) and grows or shrinks by an estimate
// (dpkg-files.ts); apt's planner log and extended_states are written anew.
import { aptCatalog, recordOf, type AptInstalled } from '../../package-index/apt-catalog';
import type { AptClosurePackage } from '../../package-index/apt-closure';
import type { AptRemoved } from '../../package-index/apt-remove';
import type { AptPackage } from '../../package-index/apt-types';
import type { AptKnowledge } from '../../package-index/package-knowledge';
import { estimated } from '../bytes';
import type { Bytes, Effect } from '../types';
import { origin, type Call } from './call';
import {
  APT_EIPP,
  APT_EXTENDED_STATES,
  APT_HISTORY,
  APT_TERM_LOG,
  DEBCONF_CONFIG,
  DEBCONF_TEMPLATES,
  DPKG_LOG,
  DPKG_STATUS,
  DPKG_STATUS_OLD,
  dpkgLogInstallBytes,
  dpkgLogRemoveBytes,
  eippBytes,
  extendedStatesBytes,
  historyEntryBytes,
  LD_SO_CACHE,
  LDCONFIG_AUX,
  ldconfigBytes,
  qualifiedName,
  statusStanzaBytes,
  termLogInstallBytes,
  termLogRemoveBytes,
} from './dpkg-files';

export interface DpkgChange {
  apt: AptKnowledge;
  installed: readonly AptClosurePackage[];
  removed: readonly AptRemoved[];
  purge: boolean;
  /** dpkg's packages once the command is done, and the automatically installed ones among them */
  after: readonly AptInstalled[];
  auto: readonly AptInstalled[];
  /** the indexes the estimates come from */
  source: string;
}

/** term.log's `Log started`/`Log ended` lines and dpkg's `(Reading database ...` progress, once per command */
const TERM_LOG_FRAME = 560;
/** dpkg.log's `startup` lines and libc-bin's trigger, once per command */
const DPKG_LOG_FRAME = 400;

/** Packages that keep debconf templates depend on debconf (or debconf-2.0): installing one makes debconf back up its databases. */
function usesDebconf(pkg: AptPackage): boolean {
  return [...pkg.preDepends, ...pkg.depends].some((group) => group.some((relation) => relation.name === 'debconf' || relation.name === 'debconf-2.0'));
}

export function dpkgChangeEffects(call: Call, change: DpkgChange): Effect[] {
  const { apt, installed, removed, purge } = change;
  const about = (value: number): Bytes => estimated(value, change.source);
  const copyUp = (path: string, extra: number): Effect => ({ kind: 'copy-up', ...origin(call), path, recursive: false, extraBytes: about(extra), creates: true });
  const copy = (from: string, to: string): Effect => ({ kind: 'copy', ...origin(call), from, to, recursive: false, move: false });
  const write = (path: string, bytes: number): Effect => ({ kind: 'write', ...origin(call), path, bytes: about(bytes) });
  const catalog = aptCatalog(apt.indexes, apt.architecture);
  const removedRecords = removed.map((pkg) => recordOf(catalog, pkg)).filter((pkg): pkg is AptPackage => pkg !== undefined);
  const fresh = installed.filter((entry) => entry.upgradeFrom === undefined).map((entry) => entry.pkg);
  const arch = (pkg: { architecture?: string }) => (pkg.architecture && pkg.architecture !== 'all' ? pkg.architecture : apt.architecture);
  const effects: Effect[] = [];
  if (installed.some((entry) => usesDebconf(entry.pkg)) || (purge && removedRecords.some(usesDebconf))) {
    effects.push(copy(DEBCONF_TEMPLATES, `${DEBCONF_TEMPLATES}-old`), copy(DEBCONF_CONFIG, `${DEBCONF_CONFIG}-old`));
  }
  effects.push(copyUp(DEBCONF_TEMPLATES, 0), copyUp(DEBCONF_CONFIG, 0));
  const stanzas = fresh.reduce((sum, pkg) => sum + statusStanzaBytes(pkg), 0) - removedRecords.reduce((sum, pkg) => sum + statusStanzaBytes(pkg), 0);
  effects.push(copyUp(DPKG_STATUS, stanzas), copy(DPKG_STATUS, DPKG_STATUS_OLD));
  const libraries = ldconfigBytes(fresh) - ldconfigBytes(removed);
  effects.push(copyUp(LD_SO_CACHE, libraries), copyUp(LDCONFIG_AUX, libraries));
  let dpkgLog = DPKG_LOG_FRAME;
  let termLog = TERM_LOG_FRAME;
  for (const { pkg } of installed) {
    const name = qualifiedName(pkg, arch(pkg));
    dpkgLog += dpkgLogInstallBytes(name, pkg.version);
    termLog += termLogInstallBytes(name, pkg.version, pkg.architecture);
  }
  for (const pkg of removed) {
    const name = qualifiedName(pkg, apt.architecture);
    dpkgLog += dpkgLogRemoveBytes(name, pkg.version, purge);
    termLog += termLogRemoveBytes(name, pkg.version, purge);
  }
  effects.push(copyUp(DPKG_LOG, dpkgLog), copyUp(APT_TERM_LOG, termLog), copyUp(APT_HISTORY, historyEntryBytes(commandLine(call), historyLists(change, arch))));
  effects.push(write(APT_EIPP, eippBytes(change.after.length + removed.length)), write(APT_EXTENDED_STATES, extendedStatesBytes(change.auto, apt.architecture)));
  return effects;
}

/** The command line as apt's history.log records it. */
function commandLine(call: Call): string {
  return [call.name, ...call.args.map((word) => word.raw)].join(' ');
}

function historyLists(change: DpkgChange, arch: (pkg: { architecture?: string }) => string): Array<{ label: string; items: string[] }> {
  const item = (pkg: { name: string; version: string; architecture?: string }, extra: string) => `${qualifiedName(pkg, arch(pkg))} (${pkg.version}${extra})`;
  return [
    { label: 'Install', items: change.installed.filter((entry) => !entry.upgradeFrom).map((entry) => item(entry.pkg, entry.auto ? ', automatic' : '')) },
    { label: 'Upgrade', items: change.installed.filter((entry) => entry.upgradeFrom).map((entry) => `${qualifiedName(entry.pkg, arch(entry.pkg))} (${entry.upgradeFrom}, ${entry.pkg.version})`) },
    { label: change.purge ? 'Purge' : 'Remove', items: change.removed.map((pkg) => item(pkg, '')) },
  ];
}
