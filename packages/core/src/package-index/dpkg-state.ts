// dpkg's installed packages as a stage chain's RUN lines change them (issue 16): the base image's,
// then each apt-get install/remove in order. One per simulation of a chain (layers/model.ts).
import type { AptInstalled } from './apt-catalog';

export class DpkgState {
  /** the packages whose files are still the base image's (not reinstalled or upgraded by a RUN) */
  readonly fromBase: Set<string>;
  /** 0-based line of the command whose `apt-get update` stored the lists last: the sources added at or before it are in them */
  listsAt?: number;

  constructor(
    /** what dpkg has installed now */
    public installed: AptInstalled[],
    /** package lists to install from are there: `apt-get update` ran, or the base image keeps some */
    public listsFetched: boolean,
    /** why the installed set is not known (an unresolved base image): figures that need it say so */
    readonly unknownReason?: string,
  ) {
    this.fromBase = new Set(installed.map((pkg) => pkg.name));
  }
}
