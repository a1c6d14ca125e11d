// What `apt-get remove|purge [--auto-remove] X` and `apt-get autoremove` take away, the reverse of the
// install closure: the named packages, the installed packages whose Pre-Depends/Depends they leave
// unmet, and with auto-remove the automatically installed packages that no manual or essential package
// needs any more through Pre-Depends, Depends or Recommends (apt's defaults; Suggests are not in the indexes
// dflint keeps). Relations of installed packages come from their index records (apt-catalog.ts recordOf).

import { aptCatalog, InstalledView, recordOf, type AptCatalog, type AptInstalled } from './apt-catalog';
import { parseAptRequest } from './apt-request';
import type { AptIndex, AptPackage } from './apt-types';

export interface AptRemoveInput {
  indexes: readonly AptIndex[];
  installed: readonly AptInstalled[];
  /** the package arguments; empty for `apt-get autoremove` */
  request: readonly string[];
  /** `--auto-remove`, `autoremove`, `autopurge` */
  autoRemove: boolean;
  architecture?: string;
}

export interface AptRemoved {
  name: string;
  version: string;
  /** bytes: dpkg status's figure, else the index record of the same version's; absent when neither is known */
  installedSize?: number;
  why: 'requested' | 'dependency' | 'autoremove';
}

export interface AptRemoval {
  removed: AptRemoved[];
  /** the removed packages' known bytes */
  installedSize: number;
  /** removed packages of unknown size: the sum is a lower bound */
  unsized: string[];
  /** requested packages that are not installed (apt says so and goes on) */
  notInstalled: string[];
  /** apt refuses the whole command (an essential package would go): nothing is removed */
  refused?: string;
  installed: AptInstalled[];
}

type Records = Map<string, AptPackage | undefined>;

/** The installed packages left once `gone` are removed, as a view relations are checked against. */
function viewWithout(catalog: AptCatalog, installed: readonly AptInstalled[], records: Records, gone: ReadonlySet<string>): InstalledView {
  const view = new InstalledView(catalog);
  for (const pkg of installed) if (!gone.has(pkg.name)) view.add(pkg.name, pkg.version, records.get(pkg.name));
  return view;
}

/** Adds the installed packages whose Pre-Depends/Depends were met before and are not once `gone` go, until none is left. */
function breakDependents(catalog: AptCatalog, installed: readonly AptInstalled[], records: Records, gone: Map<string, AptRemoved['why']>): void {
  const before = viewWithout(catalog, installed, records, new Set());
  for (let changed = true; changed; ) {
    changed = false;
    const after = viewWithout(catalog, installed, records, new Set(gone.keys()));
    for (const pkg of installed) {
      const record = records.get(pkg.name);
      if (gone.has(pkg.name) || !record) continue;
      const broken = [...record.preDepends, ...record.depends].some((group) => group.some((r) => before.meets(r)) && !group.some((r) => after.meets(r)));
      if (broken) {
        gone.set(pkg.name, 'dependency');
        changed = true;
      }
    }
  }
}

/** apt's mark phase: from manual and essential packages, through Pre-Depends, Depends and Recommends; unmarked auto packages go. */
function sweepAuto(catalog: AptCatalog, installed: readonly AptInstalled[], records: Records, gone: Map<string, AptRemoved['why']>): void {
  const kept = installed.filter((pkg) => !gone.has(pkg.name));
  const byName = new Map(kept.map((pkg) => [pkg.name, pkg]));
  const providers = new Map<string, string[]>();
  for (const pkg of kept) {
    for (const provide of records.get(pkg.name)?.provides ?? []) {
      const names = providers.get(provide.name);
      if (names) names.push(pkg.name);
      else providers.set(provide.name, [pkg.name]);
    }
  }
  const view = viewWithout(catalog, installed, records, new Set(gone.keys()));
  const marked = new Set<string>();
  const stack = kept.filter((pkg) => !pkg.auto || records.get(pkg.name)?.essential).map((pkg) => pkg.name);
  while (stack.length) {
    const name = stack.pop()!;
    if (marked.has(name)) continue;
    marked.add(name);
    const record = records.get(name);
    if (!record) continue;
    for (const group of [...record.preDepends, ...record.depends, ...record.recommends]) {
      for (const relation of group) {
        if (!view.meets(relation)) continue;
        // every installed package that can meet an alternative is kept, as apt marks them all
        if (byName.has(relation.name)) stack.push(relation.name);
        stack.push(...(providers.get(relation.name) ?? []));
      }
    }
  }
  for (const pkg of kept) if (!marked.has(pkg.name)) gone.set(pkg.name, 'autoremove');
}

/** The packages `apt-get remove/purge` (with `autoRemove`, `--auto-remove`/`autoremove`) takes away from `installed`. */
export function aptRemoval(input: AptRemoveInput): AptRemoval {
  const catalog = aptCatalog(input.indexes, input.architecture);
  const records: Records = new Map(input.installed.map((pkg) => [pkg.name, recordOf(catalog, pkg)]));
  const installedNames = new Set(input.installed.map((pkg) => pkg.name));
  const gone = new Map<string, AptRemoved['why']>();
  const notInstalled: string[] = [];
  for (const spec of input.request) {
    const parsed = parseAptRequest(spec, catalog.architecture);
    const name = 'name' in parsed ? parsed.name : spec;
    if (installedNames.has(name)) gone.set(name, 'requested');
    else notInstalled.push(spec);
  }
  breakDependents(catalog, input.installed, records, gone);
  if (input.autoRemove) sweepAuto(catalog, input.installed, records, gone);
  const essential = input.installed.filter((pkg) => gone.has(pkg.name) && records.get(pkg.name)?.essential).map((pkg) => pkg.name);
  if (essential.length) {
    const refused = `apt refuses to remove essential packages (${essential.join(', ')}) without --allow-remove-essential`;
    return { removed: [], installedSize: 0, unsized: [], notInstalled, refused, installed: [...input.installed] };
  }
  const removed: AptRemoved[] = [];
  let installedSize = 0;
  const unsized: string[] = [];
  for (const pkg of input.installed) {
    const why = gone.get(pkg.name);
    if (!why) continue;
    const record = records.get(pkg.name);
    const size = pkg.installedSize ?? (record && record.version === pkg.version && Number.isFinite(record.installedSize) ? record.installedSize : undefined);
    const entry: AptRemoved = { name: pkg.name, version: pkg.version, why };
    if (size === undefined) unsized.push(pkg.name);
    else {
      entry.installedSize = size;
      installedSize += size;
    }
    removed.push(entry);
  }
  return { removed, installedSize, unsized, notInstalled, installed: input.installed.filter((pkg) => !gone.has(pkg.name)) };
}
