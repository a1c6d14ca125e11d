// The shape of rpm repositories' metadata as dflint keeps it (issue 16): what dnf's install closure and
// its sizes need from a repository's `primary.xml`, nothing else.
import { AptIndexError } from './apt-release';

/** rpm's comparison flags of a dependency (`flags="GE"` in primary.xml); absent: any version */
export type RpmFlags = 'EQ' | 'LT' | 'LE' | 'GT' | 'GE';

/** One entry of `<rpm:requires>`/`<rpm:provides>`/`<rpm:recommends>`: `glibc >= 2.34`, `/bin/sh`, `rpmlib(PayloadIsXz) <= 5.2-1`. */
export interface RpmDependency {
  /** a package or capability name, a file path (`/usr/bin/sh`), or a rich dependency (`(a or b)`) */
  name: string;
  flags?: RpmFlags;
  /** absent means 0 */
  epoch?: number;
  version?: string;
  /** absent: any release matches */
  release?: string;
  /** `pre="1"`: Requires(pre)/Requires(post), needed when the scriptlets run (dnf installs them all the same) */
  pre?: boolean;
}

/** One binary package of a repository's primary metadata. */
export interface RpmPackage {
  name: string;
  /** `x86_64`, `aarch64`, `noarch`, `i686`, `src` */
  arch: string;
  epoch: number;
  version: string;
  release: string;
  /** `<size package=…>`: bytes of the .rpm dnf downloads (into its cache) */
  packageSize: number;
  /** `<size installed=…>`: bytes of its files once installed, as the packager's rpm header states them */
  installedSize: number;
  provides: RpmDependency[];
  requires: RpmDependency[];
  /** weak dependencies dnf installs unless install_weak_deps is off */
  recommends: RpmDependency[];
  /** the `<file>` paths primary.xml lists (those under /etc, the bin directories and /usr/lib/sendmail): they meet file requires */
  files: string[];
}

/** A parsed primary.xml of one repository. */
export interface RpmIndex {
  /** for figures' `source`: `fedora (Fedora 40 x86_64) primary.xml, 2026-12-05` (repomd's revision or newest timestamp) */
  source: string;
  packages: RpmPackage[];
  /**
   * The positions of the packages that provide a capability or list a file path (a cached index has
   * it, so nothing is scanned to answer; rpm-catalog.ts builds one for an index without it).
   */
  capabilities?: (name: string) => readonly number[];
}

/** `epoch:version-release`, the epoch left out when 0, as `rpm -q --qf '%{EVR}'` and rpmDatabasePackages write it */
export function formatEvr(pkg: { epoch?: number; version?: string; release?: string }): string {
  return `${pkg.epoch ? `${pkg.epoch}:` : ''}${pkg.version ?? ''}${pkg.release !== undefined ? `-${pkg.release}` : ''}`;
}

/** rpm's error for metadata that cannot be read or trusted: a one-line reason */
/** An index error of an rpm repository; an AptIndexError too, so the shared decompressor passes it through unwrapped. */
export class RpmIndexError extends AptIndexError {}
