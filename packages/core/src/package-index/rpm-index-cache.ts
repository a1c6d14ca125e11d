import { join } from 'node:path';
import { writeAtomically } from '../registry/index-cache';
import { readCacheFile } from './cache-file';
import { capabilityPositions } from './rpm-catalog';
import type { RpmDependency, RpmFlags, RpmIndex, RpmPackage } from './rpm-types';

/**
 * 3: a JSON header line, then two uint32 columns (where each package's line and each capability's
 * line starts), the `name\tarch` of every package, the package lines (epoch, version, release, sizes,
 * then the lists joined by \x1e, a dependency's parts by \x1f) and the capability lines (a capability
 * or file path, sorted, with the positions of the packages providing it), all UTF-8. Loading decodes
 * the names only; a package's other fields are decoded when first read, a capability by binary search.
 */
const FORMAT = 3;
const LIST = '\x1e';
const PART = '\x1f';

interface Header {
  format: number;
  source: string;
  count: number;
  capabilities: number;
  /** byte lengths of the names, the package lines and the capability lines */
  namesBytes: number;
  packagesBytes: number;
  capabilitiesBytes: number;
}

/**
 * Parsed primary.xml stored by the checksum repomd.xml gives it: a file's content never changes,
 * so neither does its parse (no XML, no decompression when loading).
 */
export class RpmIndexCache {
  constructor(private readonly directory: string) {}

  read(checksum: string): RpmIndex | undefined {
    const read = readCacheFile<Header>(this.file(checksum));
    if (!read) return undefined;
    const { header, file } = read;
    const { count, capabilities, namesBytes, packagesBytes, capabilitiesBytes } = header;
    if (header.format !== FORMAT || typeof header.source !== 'string' || ![count, capabilities, namesBytes, packagesBytes, capabilitiesBytes].every(Number.isSafeInteger)) return undefined;
    let at = read.columnsAt;
    if (file.length !== at + (count + 1 + capabilities + 1) * 4 + namesBytes + packagesBytes + capabilitiesBytes) return undefined;
    const column = (length: number) => {
      const values = new Uint32Array(length);
      Buffer.from(values.buffer).set(file.subarray(at, (at += length * 4)));
      return values;
    };
    const lineStarts = column(count + 1);
    const capabilityStarts = column(capabilities + 1);
    const names = file.toString('utf8', at, (at += namesBytes)).split('\n');
    const text = file.subarray(at, (at += packagesBytes));
    const capabilityText = file.subarray(at, (at += capabilitiesBytes));
    if (names.length !== count + 1 || lineStarts[count] !== packagesBytes || capabilityStarts[capabilities] !== capabilitiesBytes) return undefined;
    const packages = new Array<RpmPackage>(count);
    for (let i = 0; i < count; i++) {
      const tab = names[i].indexOf('\t');
      packages[i] = new StoredRpmPackage(names[i].slice(0, tab), names[i].slice(tab + 1), text, lineStarts[i], lineStarts[i + 1] - 1);
    }
    return { source: header.source, packages, capabilities: sortedLookup(capabilityText, capabilityStarts) };
  }

  /** Stores an index; one whose text holds the separators (no real metadata does) is not stored. */
  write(checksum: string, index: RpmIndex): void {
    const { packages } = index;
    const names = packages.map((p) => `${p.name}\t${p.arch}\n`).join('');
    const lines = packages.map((p) => `${[p.epoch, p.version, p.release, p.packageSize, p.installedSize, depsText(p.provides), depsText(p.requires), depsText(p.recommends), p.files.join(LIST)].join('\t')}\n`);
    if (names.split('\n').some((line) => line.split('\t').length > 2) || lines.some((line) => line.split('\t').length !== 9 || line.indexOf('\n') !== line.length - 1)) return;
    const capabilities = [...capabilityPositions(packages)].filter(([name]) => !/[\t\n]/.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const capabilityLines = capabilities.map(([name, positions]) => Buffer.from(`${name}\t${positions.join(',')}\n`));
    const packageLines = lines.map((line) => Buffer.from(line));
    const starts = (parts: Buffer[]) => {
      const values = new Uint32Array(parts.length + 1);
      parts.forEach((part, i) => (values[i + 1] = values[i] + part.length));
      return values;
    };
    const lineStarts = starts(packageLines);
    const capabilityStarts = starts(capabilityLines);
    const namesBuffer = Buffer.from(names);
    const header: Header = { format: FORMAT, source: index.source, count: packages.length, capabilities: capabilities.length, namesBytes: namesBuffer.length, packagesBytes: lineStarts[packages.length], capabilitiesBytes: capabilityStarts[capabilities.length] };
    const parts = [Buffer.from(`${JSON.stringify(header)}\n`), Buffer.from(lineStarts.buffer), Buffer.from(capabilityStarts.buffer), namesBuffer, ...packageLines, ...capabilityLines];
    writeAtomically(this.file(checksum), Buffer.concat(parts));
  }

  private file(checksum: string): string {
    return join(this.directory, 'rpm', `${checksum.replace(/[^\w.-]/g, '_')}.index`);
  }
}

/** Positions by binary search over the sorted capability lines of `text`, each starting at `starts[i]`. */
function sortedLookup(text: Buffer, starts: Uint32Array): (name: string) => readonly number[] {
  return (name) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      const tab = text.indexOf(0x09, starts[mid]);
      const key = text.toString('utf8', starts[mid], tab);
      if (key === name) return text.toString('latin1', tab + 1, starts[mid + 1] - 1).split(',').map(Number);
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

/** The fields of a stored package other than its name and arch, decoded when first read. */
interface Fields {
  epoch: number;
  version: string;
  release: string;
  packageSize: number;
  installedSize: number;
  lists: string[];
}

/** A package read from the cache: name and arch at once, the rest decoded from the shared buffer when first read (the closure reads tens of packages, not all). */
class StoredRpmPackage implements RpmPackage {
  readonly #text: Buffer;
  readonly #start: number;
  readonly #end: number;
  #fields?: Fields;
  #provides?: RpmDependency[];
  #requires?: RpmDependency[];
  #recommends?: RpmDependency[];
  #files?: string[];

  constructor(
    readonly name: string,
    readonly arch: string,
    text: Buffer,
    start: number,
    end: number,
  ) {
    this.#text = text;
    this.#start = start;
    this.#end = end;
  }

  get #decoded(): Fields {
    if (this.#fields) return this.#fields;
    const [epoch, version, release, packageSize, installedSize, ...lists] = this.#text.toString('utf8', this.#start, this.#end).split('\t');
    return (this.#fields = { epoch: Number(epoch), version, release, packageSize: Number(packageSize), installedSize: Number(installedSize), lists });
  }

  get epoch(): number {
    return this.#decoded.epoch;
  }

  get version(): string {
    return this.#decoded.version;
  }

  get release(): string {
    return this.#decoded.release;
  }

  get packageSize(): number {
    return this.#decoded.packageSize;
  }

  get installedSize(): number {
    return this.#decoded.installedSize;
  }

  get provides(): RpmDependency[] {
    return (this.#provides ??= deps(this.#decoded.lists[0]));
  }

  get requires(): RpmDependency[] {
    return (this.#requires ??= deps(this.#decoded.lists[1]));
  }

  get recommends(): RpmDependency[] {
    return (this.#recommends ??= deps(this.#decoded.lists[2]));
  }

  get files(): string[] {
    return (this.#files ??= this.#decoded.lists[3] ? this.#decoded.lists[3].split(LIST) : []);
  }

  /** a plain RpmPackage (JSON, test equality) */
  toJSON(): RpmPackage {
    const { name, arch, epoch, version, release, packageSize, installedSize, provides, requires, recommends, files } = this;
    return { name, arch, epoch, version, release, packageSize, installedSize, provides, requires, recommends, files };
  }
}
