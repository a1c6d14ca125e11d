// The files dpkg, apt and debconf rewrite on every install or removal, and estimates of what they
// grow or shrink by (docs/package-installs.md says how each was derived). Sizes are bytes.
import type { AptPackage, AptRelation } from '../../package-index/apt-types';
import { formatRelation } from '../../package-index/apt-request';

export const DPKG_STATUS = '/var/lib/dpkg/status';
export const DPKG_STATUS_OLD = '/var/lib/dpkg/status-old';
export const DPKG_INFO = '/var/lib/dpkg/info';
export const DEBCONF_TEMPLATES = '/var/cache/debconf/templates.dat';
export const DEBCONF_CONFIG = '/var/cache/debconf/config.dat';
export const LD_SO_CACHE = '/etc/ld.so.cache';
export const LDCONFIG_AUX = '/var/cache/ldconfig/aux-cache';
export const DPKG_LOG = '/var/log/dpkg.log';
export const APT_HISTORY = '/var/log/apt/history.log';
export const APT_TERM_LOG = '/var/log/apt/term.log';
export const APT_EIPP = '/var/log/apt/eipp.log.xz';
export const APT_EXTENDED_STATES = '/var/lib/apt/extended_states';

/**
 * dpkg's control files of a package in /var/lib/dpkg/info (`.list`, `.md5sums`, `.symbols`,
 * `.shlibs`, maintainer scripts), which Installed-Size does not count: a fixed part and one growing
 * with the package (its file list and checksums), fitted by least squares to seven bookworm builds
 * (curl with and without Recommends, git, gcc + libc6-dev, python3-pip, nodejs + npm,
 * python3-yaml/requests/jinja2/numpy: 563 packages, 8.1 MB of control files). A flat 23 KB per
 * package, the mean of the first four, put nodejs + npm's 387 small packages 4.7 MB over.
 */
export function dpkgInfoBytes(pkg: Pick<AptPackage, 'installedSize'>): number {
  return Math.round(9_300 + 0.003 * pkg.installedSize);
}

/**
 * Debian byte-compiles the modules of its Python packages when it installs them (py3compile in
 * their postinst), so their .pyc files are stored but not counted in Installed-Size: about this
 * share of the package's Installed-Size, measured on three bookworm builds — python3-pip's closure
 * 0.73, the python3 that nodejs + npm pull in 0.63, python3-yaml/requests/jinja2/numpy 0.55
 * (numpy's compiled extensions get no .pyc). The middle figure is taken.
 */
export const PYC_SHARE_OF_PYTHON_PACKAGES = 0.63;
const PYTHON_MODULE_PACKAGE = /^(python3-|libpython3\.\d+-(stdlib|minimal)$|python3\.\d+(-minimal)?$)/;

/** The .pyc bytes Debian compiles for a package at install: 0 unless it is a Python module package. */
export function compiledPythonBytes(pkg: Pick<AptPackage, 'name' | 'installedSize'>): number {
  return PYTHON_MODULE_PACKAGE.test(pkg.name) ? Math.round(pkg.installedSize * PYC_SHARE_OF_PYTHON_PACKAGES) : 0;
}

/**
 * Fields of a status stanza the index does not keep (Status, Priority, Section, Maintainer, Source,
 * Homepage, the long Description): their mean over the same builds' new stanzas.
 */
const STANZA_UNKNOWN_FIELDS = 560;

/** ld.so.cache and ldconfig's aux-cache grow by about this per shared library package (`lib…`, not -dev/-bin/-common/-data) */
const LDCONFIG_PER_LIBRARY = 75;

/** apt's planner log (EIPP), xz-compressed: about this per package installed once the command is done */
const EIPP_PER_PACKAGE = 50;

const relationsText = (groups: AptRelation[][]) => groups.map((group) => group.map(formatRelation).join(' | ')).join(', ');

/** `name:arch` as dpkg's logs write a package */
export function qualifiedName(pkg: { name: string }, architecture: string): string {
  return `${pkg.name}:${architecture}`;
}

/** The bytes of a package's stanza in /var/lib/dpkg/status: the fields the index keeps, written out, and the mean of the rest. */
export function statusStanzaBytes(pkg: AptPackage): number {
  const fields: Array<[string, string]> = [
    ['Package', pkg.name],
    ['Version', pkg.version],
    ['Architecture', pkg.architecture],
    ['Installed-Size', String(Math.ceil(pkg.installedSize / 1024))],
    ['Multi-Arch', pkg.multiArch ?? ''],
    ['Essential', pkg.essential ? 'yes' : ''],
    ['Pre-Depends', relationsText(pkg.preDepends)],
    ['Depends', relationsText(pkg.depends)],
    ['Recommends', relationsText(pkg.recommends)],
    ['Provides', pkg.provides.map((provide) => (provide.version ? `${provide.name} (= ${provide.version})` : provide.name)).join(', ')],
  ];
  let bytes = STANZA_UNKNOWN_FIELDS + 1; // the blank line after it
  for (const [name, value] of fields) if (value) bytes += name.length + 2 + value.length + 1;
  return bytes;
}

/** A library package's entries in ld.so.cache (and as many in aux-cache). */
export function ldconfigBytes(packages: ReadonlyArray<{ name: string }>): number {
  return packages.filter(({ name }) => /^lib/.test(name) && !/-(dev|bin|common|data|doc|tools|utils)$/.test(name)).length * LDCONFIG_PER_LIBRARY;
}

/** dpkg.log's lines for installing a package: install, half-installed, unpacked, configure, unpacked, half-configured, installed. */
export function dpkgLogInstallBytes(name: string, version: string): number {
  // each line: `2026-12-06 11:46:06 ` + text + newline
  return 7 * (21 + name.length + 1 + version.length) + 133;
}

/** dpkg.log's lines for removing (and purging) a package. */
export function dpkgLogRemoveBytes(name: string, version: string, purge: boolean): number {
  const lines = purge ? 7 : 4;
  return lines * (21 + name.length + 1 + version.length) + lines * 16;
}

/** term.log's lines for installing a package: Selecting …, Preparing to unpack …, Unpacking …, Setting up …. */
export function termLogInstallBytes(name: string, version: string, architecture: string): number {
  const deb = `${name.split(':')[0]}_${version.replace(/^\d+:/, '')}_${architecture}.deb`.length;
  return 45 + name.length + 31 + deb + 14 + name.length + version.length + 15 + name.length + version.length + 40;
}

/** term.log's lines for removing a package: Removing … (and Purging configuration files for …). */
export function termLogRemoveBytes(name: string, version: string, purge: boolean): number {
  // `Purging configuration files for …` only comes with conffiles, which the index does not tell: the mean of both
  return 20 + name.length + version.length + (purge ? 25 : 0);
}

/** history.log's entry: Start-Date, Commandline, the package list (`Install: curl:amd64 (7.88.1-10), …`), End-Date. */
export function historyEntryBytes(commandLine: string, lists: ReadonlyArray<{ label: string; items: string[] }>): number {
  let bytes = 1 + 32 + 14 + commandLine.length + 30;
  for (const { label, items } of lists) if (items.length) bytes += label.length + 2 + items.join(', ').length + 1;
  return bytes;
}

/** extended_states: a stanza per automatically installed package. */
export function extendedStatesBytes(auto: ReadonlyArray<{ name: string }>, architecture: string): number {
  return auto.reduce((sum, { name }) => sum + 9 + name.length + 15 + architecture.length + 18 + 1, 0);
}

export function eippBytes(installedAfter: number): number {
  return installedAfter * EIPP_PER_PACKAGE;
}
