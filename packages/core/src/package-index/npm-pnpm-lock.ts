// pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 9.x): the packages `pnpm install` puts in its virtual
// store, node_modules/.pnpm/<name>@<version>/node_modules/<name>, dev ones from the importers.
import { lockPackages, type LockNode, type LockRoots } from './npm-lock-graph';
import { isObject, NpmLockError, type NpmLockfile } from './npm-lockfile';
import { parseYamlLockfile } from './npm-yaml';

type Json = Record<string, unknown>;

/** The packages of a pnpm-lock.yaml. */
export function readPnpmLock(text: string, name = 'pnpm-lock.yaml'): NpmLockfile {
  const lock = parseYamlLockfile(text, name);
  const version = Number.parseFloat(String(lock.lockfileVersion));
  if (!(version >= 5 && version < 10)) throw new NpmLockError(`${name}: lockfileVersion ${JSON.stringify(lock.lockfileVersion)} is not one dflint reads (5 to 9)`);
  if (lock.packages !== undefined && !isObject(lock.packages)) throw new NpmLockError(`${name}: "packages" is not a mapping`);
  const packages = (lock.packages ?? {}) as Json;
  // 9.x keeps what a package resolved to per peer set in `snapshots`; before, `packages` held both
  const snapshots = isObject(lock.snapshots) ? lock.snapshots : packages;
  const v5 = version < 6;
  const nodes = new Map<string, LockNode>();
  for (const [rawKey, snapshot] of Object.entries(snapshots)) {
    const key = normalKey(rawKey, v5);
    const split = splitKey(key);
    if (!split) throw new NpmLockError(`${name}: "${rawKey}" is not a name@version key`);
    const meta = (packages[rawKey] ?? packages[peerless(rawKey)] ?? snapshot) as Json;
    if (!isObject(meta) || !isObject(snapshot)) throw new NpmLockError(`${name}: the entry of "${rawKey}" is not a mapping`);
    const node: LockNode = { name: typeof meta.name === 'string' ? meta.name : split.name, version: typeof meta.version === 'string' ? meta.version : split.version, dependencies: [] };
    const resolution = isObject(meta.resolution) ? meta.resolution : {};
    if (typeof resolution.tarball === 'string') node.resolved = resolution.tarball;
    else if (typeof resolution.directory === 'string' || typeof resolution.repo === 'string') node.resolved = String(resolution.directory ?? resolution.repo);
    if (typeof resolution.integrity === 'string') node.integrity = resolution.integrity;
    if (snapshot.optional === true || meta.optional === true) node.optional = true;
    if (Array.isArray(meta.os)) node.os = meta.os.map(String);
    if (Array.isArray(meta.cpu)) node.cpu = meta.cpu.map(String);
    for (const field of ['dependencies', 'optionalDependencies']) {
      const deps = snapshot[field];
      if (isObject(deps)) for (const [dependency, ref] of Object.entries(deps)) node.dependencies.push(reference(dependency, String(ref), v5));
    }
    nodes.set(key, node);
  }
  const roots = importerRoots(lock, v5);
  return { format: 'pnpm', packages: lockPackages(nodes, roots, (_key, node) => `node_modules/.pnpm/${storeName(node)}/node_modules/${node.name}`) };
}

/** v5 `/a/1.0.0_b@2` and v6 `/a@1.0.0(b@2)` → `a@1.0.0_b@2`, `a@1.0.0(b@2)`; v9 keys are already so */
function normalKey(key: string, v5: boolean): string {
  const bare = key.startsWith('/') ? key.slice(1) : key;
  if (!v5) return bare;
  const slash = bare.indexOf('/', bare.startsWith('@') ? bare.indexOf('/') + 1 : 0);
  return slash < 0 ? bare : `${bare.slice(0, slash)}@${bare.slice(slash + 1)}`;
}

function peerless(key: string): string {
  return key.replace(/\(.*$/, '');
}

/** `@s/a@1.0.0(peer@2)` → `@s/a`, `1.0.0` */
function splitKey(key: string): { name: string; version: string } | undefined {
  const at = key.indexOf('@', 1);
  if (at < 0) return undefined;
  return { name: key.slice(0, at), version: key.slice(at + 1).replace(/[(_].*$/, '') };
}

/** A dependency's reference (`1.0.0`, `1.0.0(peer@2)`, `/other/1.0.0`, `link:../x`) as a node key. */
function reference(dependency: string, ref: string, v5: boolean): string {
  if (ref.startsWith('/')) return normalKey(ref, v5);
  if (/^[a-z]+:/.test(ref)) return ref;
  return ref.includes('@') && !/^\d/.test(ref) ? ref : `${dependency}@${ref}`;
}

/** The roots of every importer (the project and its workspaces); 5.x without `importers` has them at the top. */
function importerRoots(lock: Json, v5: boolean): LockRoots {
  const importers = isObject(lock.importers) ? Object.values(lock.importers) : [lock];
  const roots: LockRoots = { production: [], development: [] };
  for (const importer of importers) {
    if (!isObject(importer)) continue;
    const add = (field: string, into: string[]) => {
      const deps = importer[field];
      if (!isObject(deps)) return;
      for (const [dependency, value] of Object.entries(deps)) {
        const ref = isObject(value) ? String(value.version) : String(value);
        into.push(reference(dependency, ref, v5));
      }
    };
    add('dependencies', roots.production);
    add('optionalDependencies', roots.production);
    add('devDependencies', roots.development);
  }
  return roots;
}

/** The virtual store's directory name: `@s+a@1.0.0` (peers left out) */
function storeName(node: LockNode): string {
  return `${node.name.replace('/', '+')}@${node.version}`;
}
