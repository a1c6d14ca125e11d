// A dnf command-line package argument, matched like dnf's NEVRA parsing: a name, `name.arch`,
// `name-version[-release][.arch]` (with an optional epoch), a glob on names, a file path, or a provide.
import { rankOf, providersOf, type RpmCatalog } from './rpm-catalog';
import { parseEvr } from './rpm-version';
import type { RpmPackage } from './rpm-types';

/** `versioned`: the argument named a version (`name-version[-release]`), which dnf installs even over an installed one */
export type RequestMatch = { packages: RpmPackage[]; versioned?: boolean } | { reason: string };

/** The packages an argument asks for; `choose` picks between the providers of a capability or file. */
export function requestedPackages(catalog: RpmCatalog, spec: string, choose: (candidates: RpmPackage[]) => RpmPackage | undefined): RequestMatch {
  if (spec.startsWith('@')) return { reason: 'a group or module: not modelled' };
  if (spec.endsWith('.rpm')) return { reason: 'an .rpm file, not a package of the repositories' };
  const best = (list: RpmPackage[] | undefined) => list?.find((pkg) => rankOf(catalog, pkg) === 0) ?? list?.[0];
  if (/[*?[]/.test(spec)) {
    const pattern = new RegExp(`^${spec.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    const matched = [...catalog.byName.keys()].filter((name) => pattern.test(name)).sort();
    return matched.length ? { packages: matched.map((name) => best(catalog.byName.get(name))!) } : { reason: 'no match for argument' };
  }
  const named = best(catalog.byName.get(spec));
  if (named) return { packages: [named] };
  const dot = spec.lastIndexOf('.');
  const arch = dot > 0 ? spec.slice(dot + 1) : '';
  const base = catalog.archRank.has(arch) ? spec.slice(0, dot) : spec;
  const archOk = (pkg: RpmPackage) => base === spec || pkg.arch === arch;
  const byArch = base !== spec ? catalog.byName.get(base)?.find(archOk) : undefined;
  if (byArch) return { packages: [byArch] };
  if (base !== spec && catalog.byName.has(base)) return { reason: `no ${arch} package of ${base} in the repositories` };
  // name-version or name-version-release: the name is what precedes the first or second dash from the right
  let missing: string | undefined;
  for (const cut of dashes(base)) {
    const list = catalog.byName.get(base.slice(0, cut));
    if (!list) continue;
    const wanted = parseEvr(base.slice(cut + 1));
    const match = list.find((pkg) => archOk(pkg) && (wanted.epoch === undefined || wanted.epoch === pkg.epoch) && matchesVersion(pkg, base.slice(cut + 1).replace(/^\d+:/, '')));
    if (match) return { packages: [match], versioned: true };
    missing ??= `version ${base.slice(cut + 1)} of ${base.slice(0, cut)} is not in the repositories`;
  }
  const provider = choose(providersOf(catalog, { name: spec }));
  return provider ? { packages: [provider] } : { reason: missing ?? 'no match for argument' };
}

function dashes(text: string): number[] {
  const last = text.lastIndexOf('-');
  if (last <= 0) return [];
  const second = text.lastIndexOf('-', last - 1);
  return second > 0 ? [last, second] : [last];
}

function matchesVersion(pkg: RpmPackage, text: string): boolean {
  return text === pkg.version || text === `${pkg.version}-${pkg.release}`;
}
