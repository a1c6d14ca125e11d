// A repository's primary.xml (decompressed), streamed: each <package> becomes an RpmPackage with its
// sizes, provides, requires, recommends and the file paths primary lists.
import { readXml } from './rpm-xml';
import { RpmIndexError, type RpmDependency, type RpmFlags, type RpmPackage } from './rpm-types';

const TEXT = new Set(['name', 'arch', 'file']);
const FLAGS = new Set<string>(['EQ', 'LT', 'LE', 'GT', 'GE']);
const LISTS: Record<string, 'provides' | 'requires' | 'recommends'> = { 'rpm:provides': 'provides', 'rpm:requires': 'requires', 'rpm:recommends': 'recommends' };

/** One `<rpm:entry>`'s attributes as a dependency. */
export function dependency(attributes: Record<string, string>): RpmDependency {
  const dep: RpmDependency = { name: attributes.name ?? '' };
  if (attributes.flags && FLAGS.has(attributes.flags)) dep.flags = attributes.flags as RpmFlags;
  if (attributes.epoch !== undefined && /^\d+$/.test(attributes.epoch) && attributes.epoch !== '0') dep.epoch = Number(attributes.epoch);
  if (attributes.ver !== undefined) dep.version = attributes.ver;
  if (attributes.rel !== undefined) dep.release = attributes.rel;
  if (attributes.pre === '1') dep.pre = true;
  return dep;
}

/**
 * The packages of a primary.xml stream. Malformed or truncated XML, a package without a name,
 * version or arch, or fewer packages than the root's `packages=` count is an RpmIndexError naming
 * the file.
 */
export async function parsePrimary(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, name: string): Promise<RpmPackage[]> {
  const packages: RpmPackage[] = [];
  let declared: number | undefined;
  let pkg: RpmPackage | undefined;
  let list: RpmDependency[] | undefined;
  let sawRoot = false;
  await readXml(chunks, name, TEXT, {
    open(tag, attributes) {
      if (tag === 'metadata') {
        sawRoot = true;
        if (/^\d+$/.test(attributes.packages ?? '')) declared = Number(attributes.packages);
      } else if (tag === 'package') {
        pkg = { name: '', arch: '', epoch: 0, version: '', release: '', packageSize: NaN, installedSize: NaN, provides: [], requires: [], recommends: [], files: [] };
      } else if (!pkg) {
        return;
      } else if (tag === 'version') {
        pkg.epoch = /^\d+$/.test(attributes.epoch ?? '') ? Number(attributes.epoch) : 0;
        pkg.version = attributes.ver ?? '';
        pkg.release = attributes.rel ?? '';
      } else if (tag === 'size') {
        pkg.packageSize = /^\d+$/.test(attributes.package ?? '') ? Number(attributes.package) : NaN;
        pkg.installedSize = /^\d+$/.test(attributes.installed ?? '') ? Number(attributes.installed) : NaN;
      } else if (tag in LISTS) {
        list = pkg[LISTS[tag]];
      } else if (tag === 'rpm:entry' && list) {
        list.push(dependency(attributes));
      }
    },
    close(tag, text) {
      if (!pkg) return;
      if (tag === 'name') pkg.name = text;
      else if (tag === 'arch') pkg.arch = text;
      else if (tag === 'file') pkg.files.push(text);
      else if (tag in LISTS) list = undefined;
      else if (tag === 'package') {
        if (!pkg.name || !pkg.arch || !pkg.version) throw new RpmIndexError(`${name}: package #${packages.length + 1} has no ${!pkg.name ? 'name' : !pkg.arch ? 'arch' : 'version'}`);
        packages.push(pkg);
        pkg = undefined;
      }
    },
  });
  if (!sawRoot) throw new RpmIndexError(`${name} is not primary metadata (no <metadata> root)`);
  if (declared !== undefined && declared !== packages.length) throw new RpmIndexError(`${name} declares ${declared} packages but holds ${packages.length}`);
  return packages;
}
