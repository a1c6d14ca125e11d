// apk's installed packages and world as a stage chain's RUN lines change them (issue 16): the base
// image's, then each `apk add`/`apk del` in order. One per simulation of a chain (layers/model.ts),
// like DpkgState; the base's records are matched to the indexes when apk's handlers first need them.
import type { InstalledPackage } from '../registry/installed-packages';
import { apkInstalled, parseApkWorld } from './apk-catalog';
import type { ApkDependency, ApkIndex, ApkPackage } from './apk-types';

export class ApkState {
  /** what apk has installed now and /etc/apk/world; undefined until first read against the indexes */
  #installed?: ApkPackage[];
  #world?: ApkDependency[];
  /** the packages whose files are still the base image's (not reinstalled or upgraded by a RUN) */
  readonly fromBase = new Set<string>();

  constructor(
    /** the base image's apk packages (registry/installed-packages.ts) */
    private readonly base: readonly InstalledPackage[],
    /** the base's etc/apk/world, when it has one */
    private readonly baseWorld: string | undefined,
    /** why the installed set is not known (an unresolved base image): figures that need it say so */
    readonly unknownReason?: string,
  ) {
    for (const pkg of base) if (pkg.manager === 'apk') this.fromBase.add(pkg.name);
  }

  /** the installed packages, the base's matched to the indexes on first use (apk-catalog.ts apkInstalled) */
  installed(indexes: readonly ApkIndex[]): ApkPackage[] {
    return (this.#installed ??= apkInstalled({ packages: this.base, indexes }).installed);
  }

  /** /etc/apk/world: the base's file, else every base package's name (then nothing of the base is an orphan) */
  world(indexes: readonly ApkIndex[]): ApkDependency[] {
    return (this.#world ??= this.baseWorld !== undefined ? parseApkWorld(this.baseWorld) : this.installed(indexes).map((pkg) => ({ name: pkg.name })));
  }

  /** after an `apk add`/`apk del`: what is installed and the world */
  update(installed: ApkPackage[], world: ApkDependency[]): void {
    this.#installed = installed;
    this.#world = world;
  }
}
