// Yarn and pnpm lockfiles list packages and what each depends on, not where they go nor which are
// dev-only: this places them and marks the dev ones from the project's roots.
import type { NpmLockPackage } from './package-knowledge';

/** One resolved package of a yarn/pnpm lockfile. */
export interface LockNode {
  name: string;
  version: string;
  resolved?: string;
  /** the lockfile's SRI `integrity` */
  integrity?: string;
  optional?: boolean;
  os?: readonly string[];
  cpu?: readonly string[];
  /** the keys of the nodes it depends on (unresolvable ones are left out) */
  dependencies: string[];
}

/** Where the project's own dependencies lead: node keys. */
export interface LockRoots {
  production: string[];
  development: string[];
}

/** Every key reachable from `starts`. */
function reachable(nodes: ReadonlyMap<string, LockNode>, starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = starts.filter((key) => nodes.has(key));
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const next of nodes.get(key)!.dependencies) if (!seen.has(next) && nodes.has(next)) stack.push(next);
  }
  return seen;
}

/**
 * The nodes as NpmLockPackages: dev when only the development roots reach them (without roots,
 * none is dev); `pathOf` places each one.
 */
export function lockPackages(
  nodes: ReadonlyMap<string, LockNode>,
  roots: LockRoots | undefined,
  pathOf: (key: string, node: LockNode) => string,
): NpmLockPackage[] {
  const production = roots ? reachable(nodes, roots.production) : undefined;
  return [...nodes].map(([key, node]) => {
    const found: NpmLockPackage = { path: pathOf(key, node), name: node.name, version: node.version, dev: production ? !production.has(key) : false, optional: node.optional ?? false };
    if (node.resolved !== undefined) found.resolved = node.resolved;
    if (node.integrity !== undefined) found.integrity = node.integrity;
    if (node.os) found.os = node.os;
    if (node.cpu) found.cpu = node.cpu;
    return found;
  });
}

/**
 * node_modules as a hoisting installer (Yarn 1, Yarn's node-modules linker) lays it out, roughly:
 * each name's most depended-on version at the top, the others under the first package needing them.
 */
export function hoistedPaths(nodes: ReadonlyMap<string, LockNode>, roots: LockRoots | undefined): (key: string) => string {
  const dependents = new Map<string, string[]>();
  for (const [key, node] of nodes) {
    for (const dependency of node.dependencies) {
      const list = dependents.get(dependency);
      if (list) list.push(key);
      else dependents.set(dependency, [key]);
    }
  }
  const top = new Map<string, string>();
  const rootKeys = new Set([...(roots?.production ?? []), ...(roots?.development ?? [])]);
  const weight = (key: string) => (rootKeys.has(key) ? 1e6 : 0) + (dependents.get(key)?.length ?? 0);
  for (const [key, node] of nodes) {
    const current = top.get(node.name);
    if (current === undefined || weight(key) > weight(current)) top.set(node.name, key);
  }
  const paths = new Map<string, string>();
  const pathOf = (key: string, visiting: Set<string>): string => {
    const known = paths.get(key);
    if (known !== undefined) return known;
    const node = nodes.get(key)!;
    let path = `node_modules/${node.name}`;
    if (top.get(node.name) !== key) {
      const parent = (dependents.get(key) ?? []).find((candidate) => !visiting.has(candidate));
      path = parent === undefined ? `node_modules/${node.name}@${node.version}` : `${pathOf(parent, new Set([...visiting, key]))}/node_modules/${node.name}`;
    }
    paths.set(key, path);
    return path;
  };
  return (key) => pathOf(key, new Set([key]));
}

/** The roots a package.json gives, as `name@range` specifiers (`spec` turns one into a node key). */
export function packageJsonRoots(packageJson: string | undefined, spec: (name: string, range: string) => string | undefined): LockRoots | undefined {
  if (packageJson === undefined) return undefined;
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(packageJson) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const keys = (field: string): string[] => {
    const deps = manifest[field];
    if (typeof deps !== 'object' || deps === null) return [];
    return Object.entries(deps as Record<string, unknown>).flatMap(([name, range]) => {
      const key = typeof range === 'string' ? spec(name, range) : undefined;
      return key === undefined ? [] : [key];
    });
  };
  return { production: [...keys('dependencies'), ...keys('optionalDependencies')], development: keys('devDependencies') };
}
