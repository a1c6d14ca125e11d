// rpm's installed packages as a stage chain's RUN lines change them (issue 16): the base image's rpm
// database, then each dnf/yum/microdnf install and removal in order. One per simulation of a chain
// (layers/run-effects.ts runPackages), like dpkg-state.ts for apt.
import type { RpmInstalled } from './rpm-catalog';

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
