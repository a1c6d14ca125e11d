import { join } from 'node:path';
import { writeAtomically } from '../registry/index-cache';
import { readCacheFile } from './cache-file';
import { relations } from './apt-packages';
import type { AptIndex, AptPackage, AptRelation } from './apt-types';

/**
 * 2: the header also keeps the index's stored sizes (StoredSizes). 1: a JSON header line, then Installed-Size and Size as float64 columns, a flags byte per package
 * (Essential, Multi-Arch), the names joined by newlines, the other fields one tab-separated line
 * per package, and a uint32 column of where each such line starts.
 */
const FORMAT = 2;
const MULTI_ARCH: Array<AptPackage['multiArch']> = [undefined, 'same', 'foreign', 'allowed', 'no'];

interface Header {
  format: number;
  source: string;
  count: number;
  /** byte length of the names and of the other fields' text */
  namesBytes: number;
  restBytes: number;
  stored?: StoredSizes;
}

/** What the index file takes in /var/lib/apt/lists: decompressed, and as an LZ4 frame (Acquire::GzipIndexes), measured when it was fetched. */
export interface StoredSizes {
  bytes: number;
  lz4Bytes: number;
}

/**
 * Parsed Packages indexes stored by the sha256 of the index file they came from (the Release lists
 * it): an index's content never changes, so neither does its parse. Loading ~63,000 packages makes
 * one object per package with its name and sizes; its other fields are read from one shared string
 * when first used (the install closure reads tens of packages, not all).
 */
export class AptIndexCache {
  constructor(private readonly directory: string) {}

  read(sha256: string): AptIndex | undefined {
    return this.readEntry(sha256)?.index;
  }

  /** The index and the sizes measured when it was fetched (absent from an entry written without them). */
  readEntry(sha256: string): { index: AptIndex; stored?: StoredSizes } | undefined {
    const read = readCacheFile<Header>(this.file(sha256));
    if (!read) return undefined;
    const { header, file } = read;
    const { count, namesBytes, restBytes } = header;
    if (header.format !== FORMAT || typeof header.source !== 'string' || ![count, namesBytes, restBytes].every(Number.isSafeInteger)) return undefined;
    let at = read.columnsAt;
    const column = (bytes: number) => file.subarray(at, (at += bytes));
    if (file.length !== at + count * 21 + 4 + namesBytes + restBytes) return undefined;
    const sizes = new Float64Array(count * 2);
    Buffer.from(sizes.buffer).set(column(count * 16));
    const flags = column(count);
    const starts = new Uint32Array(count + 1);
    Buffer.from(starts.buffer).set(column((count + 1) * 4));
    const names = column(namesBytes).toString('latin1').split('\n');
    const rest = column(restBytes).toString('latin1');
    if (names.length !== count) return undefined;
    const packages = new Array<AptPackage>(count);
    for (let i = 0; i < count; i++) packages[i] = new StoredAptPackage(names[i], sizes[i], sizes[count + i], flags[i], rest, starts[i], starts[i + 1] - 1);
    const stored = header.stored && [header.stored.bytes, header.stored.lz4Bytes].every(Number.isSafeInteger) ? header.stored : undefined;
    return { index: { source: header.source, packages }, ...(stored ? { stored } : {}) };
  }

  /** Stores an index; one with text that is not ASCII (Debian policy allows none in these fields) is not stored. */
  write(sha256: string, index: AptIndex, stored?: StoredSizes): void {
    const { packages } = index;
    const count = packages.length;
    const names = packages.map((p) => p.name).join('\n');
    const lines = packages.map((p) => `${[p.version, p.architecture, relationsText(p.depends), relationsText(p.preDepends), relationsText(p.recommends), providesText(p.provides)].join('\t')}\n`);
    const rest = lines.join('');
    if (/[^\x01-\x7f]/.test(names) || /[^\x01-\x7f]/.test(rest)) return;
    const sizes = new Float64Array(count * 2);
    const flags = new Uint8Array(count);
    const starts = new Uint32Array(count + 1);
    packages.forEach((p, i) => {
      sizes[i] = p.installedSize;
      sizes[count + i] = p.debSize;
      flags[i] = (p.essential ? 1 : 0) | (Math.max(0, MULTI_ARCH.indexOf(p.multiArch)) << 1);
      starts[i + 1] = starts[i] + lines[i].length;
    });
    const header: Header = { format: FORMAT, source: index.source, count, namesBytes: names.length, restBytes: rest.length, ...(stored ? { stored } : {}) };
    const parts = [Buffer.from(`${JSON.stringify(header)}\n`), Buffer.from(sizes.buffer), Buffer.from(flags.buffer), Buffer.from(starts.buffer), Buffer.from(names, 'latin1'), Buffer.from(rest, 'latin1')];
    writeAtomically(this.file(sha256), Buffer.concat(parts));
  }

  private file(sha256: string): string {
    return join(this.directory, 'apt', `${sha256.replace(/[^\w.-]/g, '_')}.index`);
  }
}

function relationsText(groups: AptRelation[][]): string {
  return groups.map((group) => group.map((r) => `${r.name}${r.arch ? `:${r.arch}` : ''}${r.relation ? ` (${r.relation} ${r.version})` : ''}`).join(' | ')).join(', ');
}

function providesText(provides: AptPackage['provides']): string {
  return provides.map((item) => (item.version !== undefined ? `${item.name} (= ${item.version})` : item.name)).join(', ');
}

/** The fields of a stored package other than its name and sizes, parsed when first read. */
interface LazyFields {
  version: string;
  architecture: string;
  depends: AptRelation[][];
  preDepends: AptRelation[][];
  recommends: AptRelation[][];
  provides: AptPackage['provides'];
}

/** A package read from the cache: name and sizes at once, the other fields from the shared text when first read. */
class StoredAptPackage implements AptPackage {
  #lazy?: LazyFields;

  constructor(
    readonly name: string,
    readonly installedSize: number,
    readonly debSize: number,
    private readonly flags: number,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get essential(): boolean {
    return (this.flags & 1) === 1;
  }

  get multiArch(): AptPackage['multiArch'] {
    return MULTI_ARCH[this.flags >> 1];
  }

  private get lazy(): LazyFields {
    if (this.#lazy) return this.#lazy;
    const [version, architecture, depends, preDepends, recommends, provides] = this.text.slice(this.start, this.end).split('\t');
    return (this.#lazy = {
      version,
      architecture,
      depends: relations(depends),
      preDepends: relations(preDepends),
      recommends: relations(recommends),
      provides: relations(provides).map(([item]) => (item.version !== undefined ? { name: item.name, version: item.version } : { name: item.name })),
    });
  }

  get version(): string {
    return this.lazy.version;
  }

  get architecture(): string {
    return this.lazy.architecture;
  }

  get depends(): AptRelation[][] {
    return this.lazy.depends;
  }

  get preDepends(): AptRelation[][] {
    return this.lazy.preDepends;
  }

  get recommends(): AptRelation[][] {
    return this.lazy.recommends;
  }

  get provides(): AptPackage['provides'] {
    return this.lazy.provides;
  }

  /** a plain AptPackage (JSON, test equality) */
  toJSON(): AptPackage {
    const { name, version, architecture, installedSize, debSize, depends, preDepends, recommends, provides, essential, multiArch } = this;
    return { name, version, architecture, installedSize, debSize, depends, preDepends, recommends, provides, essential, ...(multiArch ? { multiArch } : {}) };
  }
}
