import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../registry/index-cache';
import { capabilityPositions } from './rpm-catalog';
import type { RpmDependency, RpmFlags, RpmIndex, RpmPackage } from './rpm-types';

/**
 * 2: a JSON header line, then one line per package (tab-separated fields, lists joined by \x1e, a
 * dependency's parts by \x1f), then one line per capability or file path, sorted, with the positions
 * of the packages providing it: a lookup is a binary search, nothing is built when loading.
 */
const FORMAT = 2;
const LIST = '\x1e';
const PART = '\x1f';

/**
 * Parsed primary.xml stored by the checksum repomd.xml gives it: a file's content never changes,
 * so neither does its parse. One line per package, split on load (no XML, no decompression).
 */
export class RpmIndexCache {
  constructor(private readonly directory: string) {}

  read(checksum: string): RpmIndex | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(checksum), 'utf8');
    } catch {
      return undefined;
    }
    const lines = text.split('\n');
    let header: { format?: number; source?: unknown; count?: number; capabilities?: number };
    try {
      header = JSON.parse(lines[0]) as typeof header;
    } catch {
      return undefined;
    }
    const { count = -1, capabilities = -1 } = header;
    if (header.format !== FORMAT || typeof header.source !== 'string' || count + capabilities !== lines.length - 2 || count < 0 || capabilities < 0 || lines[lines.length - 1] !== '') return undefined;
    const packages = new Array<RpmPackage>(count);
    for (let i = 0; i < count; i++) {
      const line = lines[i + 1];
      // name, arch, epoch, version, release, sizes at once; the lists from the line's tail when first read
      let at = 0;
      const field = () => {
        const end = line.indexOf('\t', at);
        if (end < 0) return undefined;
        const value = line.slice(at, end);
        at = end + 1;
        return value;
      };
      const [name, arch, epoch, version, release, packageSize, installedSize] = [field(), field(), field(), field(), field(), field(), field()];
      if (installedSize === undefined) return undefined;
      packages[i] = new StoredRpmPackage(name!, arch!, Number(epoch), version!, release!, Number(packageSize), Number(installedSize), line.slice(at));
    }
    return { source: header.source, packages, capabilities: sortedLookup(lines, count + 1, count + 1 + capabilities) };
  }

  /** Stores an index; one whose text holds the separators (no real metadata does) is not stored. */
  write(checksum: string, index: RpmIndex): void {
    const lines = index.packages.map((p) => [p.name, p.arch, p.epoch, p.version, p.release, p.packageSize, p.installedSize, depsText(p.provides), depsText(p.requires), depsText(p.recommends), p.files.join(LIST)].join('\t'));
    if (lines.some((line) => line.includes('\n') || line.split('\t').length !== 11)) return;
    const capabilities = [...capabilityPositions(index.packages)].filter(([name]) => !/[\t\n]/.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const header = JSON.stringify({ format: FORMAT, source: index.source, count: lines.length, capabilities: capabilities.length });
    const body = [header, ...lines, ...capabilities.map(([name, positions]) => `${name}\t${positions.join(',')}`)];
    writeAtomically(this.file(checksum), `${body.join('\n')}\n`);
  }

  private file(checksum: string): string {
    return join(this.directory, 'rpm', `${checksum.replace(/[^\w.-]/g, '_')}.index`);
  }
}

/** Positions by binary search over the sorted capability lines `lines[from..to)`. */
function sortedLookup(lines: string[], from: number, to: number): (name: string) => readonly number[] {
  return (name) => {
    let low = from;
    let high = to;
    while (low < high) {
      const mid = (low + high) >> 1;
      const line = lines[mid];
      const key = line.slice(0, line.indexOf('\t'));
      if (key === name) return line.slice(key.length + 1).split(',').map(Number);
      if (key < name) low = mid + 1;
      else high = mid;
    }
    return [];
  };
}

function depsText(list: RpmDependency[]): string {
  return list.map((d) => [d.name, d.flags ?? '', d.epoch ?? '', d.version ?? '\x00', d.release ?? '\x00', d.pre ? '1' : ''].join(PART)).join(LIST);
}

function deps(text: string): RpmDependency[] {
  if (text === '') return [];
  return text.split(LIST).map((entry) => {
    const [name, flags, epoch, version, release, pre] = entry.split(PART);
    const dep: RpmDependency = { name };
    if (flags) dep.flags = flags as RpmFlags;
    if (epoch) dep.epoch = Number(epoch);
    if (version !== '\x00') dep.version = version;
    if (release !== '\x00') dep.release = release;
    if (pre) dep.pre = true;
    return dep;
  });
}

/** A package read from the cache: its identity and sizes at once, each list parsed from the stored text when first read (the catalog reads every package's provides and files, the closure the requires of tens). */
class StoredRpmPackage implements RpmPackage {
  readonly #tail: string;
  #text?: string[];
  #provides?: RpmDependency[];
  #requires?: RpmDependency[];
  #recommends?: RpmDependency[];
  #files?: string[];

  constructor(
    readonly name: string,
    readonly arch: string,
    readonly epoch: number,
    readonly version: string,
    readonly release: string,
    readonly packageSize: number,
    readonly installedSize: number,
    tail: string,
  ) {
    this.#tail = tail;
  }

  /** the four lists' text: provides, requires, recommends, files */
  get #lists(): string[] {
    return (this.#text ??= this.#tail.split('\t'));
  }

  get provides(): RpmDependency[] {
    return (this.#provides ??= deps(this.#lists[0]));
  }

  get requires(): RpmDependency[] {
    return (this.#requires ??= deps(this.#lists[1]));
  }

  get recommends(): RpmDependency[] {
    return (this.#recommends ??= deps(this.#lists[2]));
  }

  get files(): string[] {
    return (this.#files ??= this.#lists[3] ? this.#lists[3].split(LIST) : []);
  }

  /** a plain RpmPackage (JSON, test equality) */
  toJSON(): RpmPackage {
    const { name, arch, epoch, version, release, packageSize, installedSize, provides, requires, recommends, files } = this;
    return { name, arch, epoch, version, release, packageSize, installedSize, provides, requires, recommends, files };
  }
}
