import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { writeAtomically } from '../registry/index-cache';
import { readCacheFile } from './cache-file';
import type { ApkSigner } from './apk-signature';
import type { ApkDependency, ApkIndex, ApkPackage } from './apk-types';
import { formatApkDependency, parseApkDependencies } from './apk-version';

/**
 * 1: a JSON header line, then I: and S: as float64 columns (NaN: absent), a uint32 column of where
 * each package's line of other fields starts, the names joined by newlines, the provides and
 * install_if of each package as one line (what the lookup maps read of every package: split once on
 * load), and the other fields one tab-separated line per package (read when first used). 2: the
 * header names the key whose signature verified the index (older entries were never verified).
 */
const FORMAT = 2;

/** What is kept with an index: when it was fetched and what the server said to ask again with. */
export interface ApkIndexStamp {
  /** ms since the epoch */
  at: number;
  etag?: string;
  lastModified?: string;
  /** bytes of the APKINDEX.tar.gz as downloaded: what apk keeps of it in /var/cache/apk */
  bytes?: number;
  /** the key (etc/apk/keys name and PEM digest) its signature verified with: an image must trust it to use the index */
  signer: ApkSigner;
}

interface Header extends ApkIndexStamp {
  format: number;
  url: string;
  source: string;
  tag?: string;
  count: number;
  namesBytes: number;
  lookupBytes: number;
  restBytes: number;
}

/**
 * Parsed APKINDEXes stored by their URL, with when they were fetched. Loading ~25,000 packages makes
 * one object per package with its name and sizes; its other fields are read from one shared string
 * when first used.
 */
export class ApkIndexCache {
  constructor(private readonly directory: string) {}

  read(url: string): { index: ApkIndex; stamp: ApkIndexStamp } | undefined {
    const read = readCacheFile<Header>(this.file(url));
    if (!read) return undefined;
    const { header, file } = read;
    const { count, namesBytes, lookupBytes, restBytes } = header;
    if (header.format !== FORMAT || header.url !== url || typeof header.source !== 'string' || typeof header.signer?.key !== 'string' || typeof header.signer.digest !== 'string' || ![count, namesBytes, lookupBytes, restBytes, header.at].every(Number.isSafeInteger)) return undefined;
    let at = read.columnsAt;
    const column = (bytes: number) => file.subarray(at, (at += bytes));
    if (file.length !== at + count * 20 + 4 + namesBytes + lookupBytes + restBytes) return undefined;
    const sizes = new Float64Array(count * 2);
    Buffer.from(sizes.buffer).set(column(count * 16));
    const starts = new Uint32Array(count + 1);
    Buffer.from(starts.buffer).set(column((count + 1) * 4));
    const names = column(namesBytes).toString('utf8').split('\n');
    const lookup = column(lookupBytes).toString('utf8').split('\n');
    const rest = column(restBytes).toString('utf8');
    if (names.length !== count || lookup.length !== count) return undefined;
    const packages = new Array<ApkPackage>(count);
    for (let i = 0; i < count; i++) packages[i] = new StoredApkPackage(names[i], sizes[i], sizes[count + i], lookup[i], rest, starts[i], starts[i + 1] - 1);
    const stamp = { at: header.at, signer: { key: header.signer.key, digest: header.signer.digest }, ...(header.etag ? { etag: header.etag } : {}), ...(header.lastModified ? { lastModified: header.lastModified } : {}), ...(Number.isSafeInteger(header.bytes) ? { bytes: header.bytes } : {}) };
    return { index: { source: header.source, ...(header.tag ? { tag: header.tag } : {}), packages }, stamp };
  }

  write(url: string, index: ApkIndex, stamp: ApkIndexStamp): void {
    const { packages } = index;
    const count = packages.length;
    const names = packages.map((p) => p.name).join('\n');
    const lookup = packages.map((p) => `${providesText(p)}\t${dependencies(p.installIf)}`).join('\n');
    const lines = packages.map((p) => `${fieldsText(p)}\n`);
    const rest = lines.join('');
    if (/[\t\n]/.test(packages.map((p) => p.name).join(''))) return;
    const sizes = new Float64Array(count * 2);
    const starts = new Uint32Array(count + 1);
    packages.forEach((p, i) => {
      sizes[i] = p.installedSize ?? Number.NaN;
      sizes[count + i] = p.size ?? Number.NaN;
      starts[i + 1] = starts[i] + lines[i].length;
    });
    const header: Header = { format: FORMAT, url, source: index.source, ...(index.tag ? { tag: index.tag } : {}), ...stamp, count, namesBytes: Buffer.byteLength(names), lookupBytes: Buffer.byteLength(lookup), restBytes: Buffer.byteLength(rest) };
    writeAtomically(this.file(url), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), Buffer.from(sizes.buffer), Buffer.from(starts.buffer), Buffer.from(names), Buffer.from(lookup), Buffer.from(rest)]));
  }

  /** a newer fetch found the index unchanged (HTTP 304): only its time is renewed */
  touch(url: string, at: number): void {
    const stored = this.read(url);
    if (stored) this.write(url, stored.index, { ...stored.stamp, at });
  }

  private file(url: string): string {
    return join(this.directory, 'apk', `${createHash('sha256').update(url).digest('hex')}.index`);
  }
}

const dependencies = (list: ApkDependency[]) => list.map(formatApkDependency).join(' ');

const providesText = (p: ApkPackage) => p.provides.map((item) => (item.version !== undefined ? `${item.name}=${item.version}` : item.name)).join(' ');

function fieldsText(p: ApkPackage): string {
  return [p.version, p.architecture, dependencies(p.depends), p.origin ?? '', p.buildTime ?? '', p.providerPriority ?? ''].join('\t');
}

/** A package read from the cache: name and sizes at once, the other fields from the shared text when first read. */
class StoredApkPackage implements ApkPackage {
  /** the line's tab-separated fields, split when one is first read */
  #fields?: string[];
  #depends?: ApkDependency[];
  #provides?: ApkPackage['provides'];
  #installIf?: ApkDependency[];
  readonly installedSize?: number;
  readonly size?: number;

  constructor(
    readonly name: string,
    installedSize: number,
    size: number,
    /** provides, a tab, install_if */
    private readonly lookup: string,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    if (!Number.isNaN(installedSize)) this.installedSize = installedSize;
    if (!Number.isNaN(size)) this.size = size;
  }

  /** version, architecture, depends, origin, build time, provider priority */
  private get fields(): string[] {
    return (this.#fields ??= this.text.slice(this.start, this.end).split('\t'));
  }

  get version(): string {
    return this.fields[0];
  }
  get architecture(): string {
    return this.fields[1];
  }
  get depends(): ApkDependency[] {
    return (this.#depends ??= parseApkDependencies(this.fields[2]));
  }
  get provides(): ApkPackage['provides'] {
    return (this.#provides ??= this.lookup
      .slice(0, this.lookup.indexOf('\t'))
      .split(' ')
      .filter(Boolean)
      .map((item) => {
        const equals = item.indexOf('=');
        return equals < 0 ? { name: item } : { name: item.slice(0, equals), version: item.slice(equals + 1) };
      }));
  }
  get installIf(): ApkDependency[] {
    return (this.#installIf ??= parseApkDependencies(this.lookup.slice(this.lookup.indexOf('\t') + 1)));
  }
  get origin(): string | undefined {
    return this.fields[3] || undefined;
  }
  get buildTime(): number | undefined {
    return this.fields[4] ? Number(this.fields[4]) : undefined;
  }
  get providerPriority(): number | undefined {
    return this.fields[5] ? Number(this.fields[5]) : undefined;
  }

  /** a plain ApkPackage (JSON, test equality) */
  toJSON(): ApkPackage {
    const { name, version, architecture, installedSize, size, depends, provides, installIf, origin, buildTime, providerPriority } = this;
    return { name, version, architecture, ...(installedSize !== undefined ? { installedSize } : {}), ...(size !== undefined ? { size } : {}), depends, provides, installIf, ...(origin !== undefined ? { origin } : {}), ...(buildTime !== undefined ? { buildTime } : {}), ...(providerPriority !== undefined ? { providerPriority } : {}) };
  }
}
