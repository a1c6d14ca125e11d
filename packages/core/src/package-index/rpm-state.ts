// rpm's installed packages as a stage chain's RUN lines change them (issue 16): the base image's rpm
// database, then each dnf/yum/microdnf install and removal in order. One per simulation of a chain
// (layers/run-effects.ts runPackages), like dpkg-state.ts for apt.
import type { BaseImageIndex } from '../registry/base-image-index';
import { RPM_DATABASES } from '../registry/installed-packages';
import { rpmInstalledOf, type RpmInstalled } from './rpm-catalog';

export class RpmState {
  /** the packages whose files are still the base image's (not reinstalled or upgraded by a RUN) */
  readonly fromBase: Set<string>;

  constructor(
    /** what the rpm database holds now */
    public installed: RpmInstalled[],
    /** why the installed set is not known (an unresolved base image): figures that need it say so */
    readonly unknownReason?: string,
  ) {
    this.fromBase = new Set(installed.map((pkg) => pkg.name));
  }
}

/** rpm databases dflint does not read: Berkeley DB (CentOS 7/8, RHEL/UBI 8) and ndb (openSUSE) */
const UNREAD_DATABASES = ['var/lib/rpm/Packages', 'var/lib/rpm/Packages.db', 'usr/lib/sysimage/rpm/Packages.db'];

/**
 * The base image's rpm packages as dnf sees them, or why they are not known: a database dflint does
 * not read, or one it could not read (counting every package as new would overstate an install).
 * A base without any rpm database has none installed.
 */
export function rpmBaseInstalled(index: BaseImageIndex): { installed: RpmInstalled[] } | { reason: string } {
  const installed = rpmInstalledOf(index.packages);
  if (installed.length > 0) return { installed };
  const unread = UNREAD_DATABASES.find((path) => index.files.has(path));
  if (unread) return { reason: `the base image's rpm database (/${unread}) is not SQLite, which dflint does not read` };
  const unreadable = RPM_DATABASES.find((path) => index.files.has(path));
  if (unreadable) return { reason: `the base image's rpm database (/${unreadable}) could not be read` };
  return { installed: [] };
}
