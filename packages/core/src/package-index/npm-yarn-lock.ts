// yarn.lock, Yarn 1's own format and Yarn 2+'s YAML ("berry"): the packages a `yarn install`
// puts in node_modules (with the node-modules linker), dev ones told from the package.json.
import { hoistedPaths, lockPackages, packageJsonRoots, type LockNode } from './npm-lock-graph';
import { isObject, NpmLockError, type NpmLockfile } from './npm-lockfile';
import { parseYamlLockfile } from './npm-yaml';

/** The packages of a yarn.lock; `packageJson` (the project's, beside it) tells dev from production. */
export function readYarnLock(text: string, packageJson?: string, name = 'yarn.lock'): NpmLockfile {
  return /^__metadata:/m.test(text) ? readBerry(text, packageJson, name) : readYarnV1(text, packageJson, name);
}

/** A node per entry; every specifier of the entry's header (`a@^1, a@~1.2`) names it. */
function collect(entries: Array<{ specifiers: string[]; node: LockNode; dependencies: Array<[string, string]> }>, spec: (name: string, range: string) => string) {
  const bySpecifier = new Map<string, string>();
  const nodes = new Map<string, LockNode>();
  for (const { specifiers, node } of entries) {
    const key = `${node.name}@${node.version}`;
    if (!nodes.has(key)) nodes.set(key, node);
    for (const specifier of specifiers) bySpecifier.set(specifier, key);
  }
  for (const { node, dependencies } of entries) {
    const own = nodes.get(`${node.name}@${node.version}`)!;
    for (const [dependency, range] of dependencies) {
      const key = bySpecifier.get(spec(dependency, range));
      if (key !== undefined && !own.dependencies.includes(key)) own.dependencies.push(key);
    }
  }
  return { nodes, lookup: (name: string, range: string) => bySpecifier.get(spec(name, range)) };
}

/** `"@s/a@^1.0.0", a@~2` → the specifiers, unquoted */
function headerSpecifiers(header: string): string[] {
  return header.split(/,\s*/).map((part) => part.trim().replace(/^"(.*)"$/, '$1')).filter((part) => part !== '');
}

/** `@s/a@npm:^1` → `@s/a` */
function specifierName(specifier: string): string {
  const at = specifier.indexOf('@', 1);
  return at < 0 ? specifier : specifier.slice(0, at);
}

function unquote(value: string): string {
  return value.trim().replace(/^"(.*)"$/, '$1');
}

function readYarnV1(text: string, packageJson: string | undefined, name: string) {
  const entries: Array<{ specifiers: string[]; node: LockNode; dependencies: Array<[string, string]> }> = [];
  let current: (typeof entries)[number] | undefined;
  let section: 'dependencies' | 'optionalDependencies' | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (indent === 0) {
      if (!body.endsWith(':')) throw new NpmLockError(`${name}, line ${index + 1}: expected an entry header ending in ':'`);
      const specifiers = headerSpecifiers(body.slice(0, -1));
      current = { specifiers, node: { name: specifierName(specifiers[0] ?? ''), version: '', dependencies: [] }, dependencies: [] };
      entries.push(current);
      section = undefined;
      return;
    }
    if (!current) throw new NpmLockError(`${name}, line ${index + 1}: a field outside any entry`);
    if (indent === 2) {
      section = body === 'dependencies:' ? 'dependencies' : body === 'optionalDependencies:' ? 'optionalDependencies' : undefined;
      const field = /^(\S+)\s+(.+)$/.exec(body);
      if (field?.[1] === 'version') current.node.version = unquote(field[2]);
      else if (field?.[1] === 'resolved') current.node.resolved = unquote(field[2]).replace(/#.*$/, '');
      else if (field?.[1] === 'integrity') current.node.integrity = unquote(field[2]);
      return;
    }
    if (section) {
      const dependency = /^("[^"]+"|\S+)\s+(.+)$/.exec(body);
      if (dependency) current.dependencies.push([unquote(dependency[1]), unquote(dependency[2])]);
    }
  });
  for (const entry of entries) if (entry.node.version === '') throw new NpmLockError(`${name}: "${entry.specifiers[0]}" has no version`);
  const { nodes, lookup } = collect(entries, (dependency, range) => `${dependency}@${range}`);
  const roots = packageJsonRoots(packageJson, lookup);
  const place = hoistedPaths(nodes, roots);
  return { format: 'yarn' as const, packages: lockPackages(nodes, roots, place) };
}

function readBerry(text: string, packageJson: string | undefined, name: string) {
  const lock = parseYamlLockfile(text, name);
  const entries: Array<{ specifiers: string[]; node: LockNode; dependencies: Array<[string, string]> }> = [];
  for (const [header, entry] of Object.entries(lock)) {
    if (header === '__metadata') continue;
    if (!isObject(entry) || typeof entry.resolution !== 'string') throw new NpmLockError(`${name}: "${header}" has no resolution`);
    // workspaces and links are the project's own files, not downloads
    if (entry.linkType === 'soft' || /@(workspace|link|portal):/.test(entry.resolution)) continue;
    const resolution = entry.resolution;
    const specifiers = headerSpecifiers(header);
    const at = resolution.indexOf('@', 1);
    const node: LockNode = { name: resolution.slice(0, at), version: String(entry.version ?? resolution.slice(at + 1).replace(/^npm:/, '')), dependencies: [] };
    // only `name@npm:version` comes from the registry; a patch, git or file resolution has no registry size
    if (!resolution.slice(at + 1).startsWith('npm:')) node.resolved = resolution.slice(at + 1);
    const dependencies = isObject(entry.dependencies) ? Object.entries(entry.dependencies).map(([dependency, range]): [string, string] => [dependency, String(range)]) : [];
    entries.push({ specifiers, node, dependencies });
  }
  // Yarn 4 writes dependency ranges as `npm:^1.0.0`, Yarn 2-3 as `^1.0.0` for the header's `npm:^1.0.0`
  const spec = (dependency: string, range: string) => `${dependency}@${/^[a-z]+:/.test(range) ? range : `npm:${range}`}`;
  const { nodes, lookup } = collect(entries, spec);
  const roots = packageJsonRoots(packageJson, lookup);
  const place = hoistedPaths(nodes, roots);
  return { format: 'yarn-berry' as const, packages: lockPackages(nodes, roots, place) };
}
