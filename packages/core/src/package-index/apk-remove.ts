// What `apk del` takes away (issue 16), pure and synchronous: the named packages leave the world, and
// every installed package the world no longer needs goes, as apk-tools' solver does.
import { apkCatalog, ApkPresent } from './apk-catalog';
import type { ApkDependency, ApkIndex, ApkPackage } from './apk-types';

export interface ApkRemovalInput {
  /** what is installed before (the base's records, then each earlier RUN's `installed`) */
  installed: readonly ApkPackage[];
  /** /etc/apk/world before; when the image has none, pass every installed package's name (nothing of the base goes) */
  world: readonly ApkDependency[];
  /** the operands of `apk del`: names (`curl`, `.build-deps`) */
  request: readonly string[];
  /** the image's indexes: a name they know is not an error even when it is not installed */
  indexes?: readonly ApkIndex[];
}

export interface ApkRemoval {
  /** what goes: `requested` (named), `orphan` (nothing in the world needs it any more) */
  removed: Array<{ pkg: ApkPackage; why: 'requested' | 'orphan' }>;
  /** I: sum over the removed packages (a lower bound when one has no I:) */
  installedSize: number;
  unsized: string[];
  /** names apk knows nowhere (not installed, in the world or the indexes): apk refuses the whole command ("No such package") */
  unknown: string[];
  /** named, but still needed by the world: apk keeps them ("World updated, but the following packages are not removed") */
  kept: Array<{ name: string; requiredBy: string }>;
  installed: ApkPackage[];
  world: ApkDependency[];
}

export function apkRemoval(input: ApkRemovalInput): ApkRemoval {
  const named = new Set(input.request);
  const present = new ApkPresent(input.installed);
  const providers = input.indexes ? apkCatalog(input.indexes).providers : undefined;
  const unknown = input.request.filter((name) => !present.meeting({ name }) && !input.world.some((entry) => entry.name === name) && !providers?.has(name));
  if (unknown.length > 0) return { removed: [], installedSize: 0, unsized: [], unknown, kept: [], installed: [...input.installed], world: [...input.world] };
  const world = input.world.filter((entry) => !named.has(entry.name));
  // what the world still reaches: through every installed package meeting each dependency, then install_if
  const reached = new Map<ApkPackage, string>();
  const visit = (dependency: ApkDependency, by: string) => {
    if (dependency.conflict) return;
    const pkg = present.meeting(dependency);
    if (!pkg || reached.has(pkg)) return;
    reached.set(pkg, by);
    for (const next of pkg.depends) visit(next, pkg.name);
  };
  for (const entry of world) visit(entry, 'the world');
  for (let again = true; again; ) {
    again = false;
    for (const pkg of input.installed) {
      if (reached.has(pkg) || pkg.installIf.length === 0) continue;
      const met = pkg.installIf.every((condition) => {
        const by = present.meeting(condition);
        return condition.conflict ? !by || !reached.has(by) : by !== undefined && reached.has(by);
      });
      if (!met) continue;
      reached.set(pkg, 'install_if');
      for (const next of pkg.depends) visit(next, pkg.name);
      again = true;
    }
  }
  const removed = input.installed.filter((pkg) => !reached.has(pkg)).map((pkg) => ({ pkg, why: named.has(pkg.name) ? ('requested' as const) : ('orphan' as const) }));
  const kept = input.installed.filter((pkg) => named.has(pkg.name) && reached.has(pkg)).map((pkg) => ({ name: pkg.name, requiredBy: reached.get(pkg)! }));
  return {
    removed,
    installedSize: removed.reduce((sum, { pkg }) => sum + (pkg.installedSize ?? 0), 0),
    unsized: removed.filter(({ pkg }) => pkg.installedSize === undefined).map(({ pkg }) => pkg.name),
    unknown,
    kept,
    installed: input.installed.filter((pkg) => reached.has(pkg)),
    world,
  };
}
