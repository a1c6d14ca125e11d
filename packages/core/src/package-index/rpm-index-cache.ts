import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../registry/index-cache';
import type { RpmDependency, RpmFlags, RpmIndex, RpmPackage } from './rpm-types';

/** 1: a JSON header line, then one line per package: tab-separated fields, lists joined by \x1e, a dependency's parts by \x1f */
const FORMAT = 1;
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
    let header: { format?: number; source?: unknown; count?: number };
    try {
      header = JSON.parse(lines[0]) as typeof header;
    } catch {
      return undefined;
    }
    if (header.format !== FORMAT || typeof header.source !== 'string' || header.count !== lines.length - 2 || lines[lines.length - 1] !== '') return undefined;
    const packages = new Array<RpmPackage>(header.count);
    for (let i = 0; i < header.count; i++) {
      const fields = lines[i + 1].split('\t');
      if (fields.length !== 11) return undefined;
      const [name, arch, epoch, version, release, packageSize, installedSize, provides, requires, recommends, files] = fields;
      packages[i] = { name, arch, epoch: Number(epoch), version, release, packageSize: Number(packageSize), installedSize: Number(installedSize), provides: deps(provides), requires: deps(requires), recommends: deps(recommends), files: files ? files.split(LIST) : [] };
    }
    return { source: header.source, packages };
  }

  /** Stores an index; one whose text holds the separators (no real metadata does) is not stored. */
  write(checksum: string, index: RpmIndex): void {
    const lines = index.packages.map((p) => [p.name, p.arch, p.epoch, p.version, p.release, p.packageSize, p.installedSize, depsText(p.provides), depsText(p.requires), depsText(p.recommends), p.files.join(LIST)].join('\t'));
    const body = lines.join('\n');
    if (lines.some((line) => line.includes('\n')) || lines.some((line) => line.split('\t').length !== 11)) return;
    writeAtomically(this.file(checksum), `${JSON.stringify({ format: FORMAT, source: index.source, count: lines.length })}\n${body}${lines.length ? '\n' : ''}`);
  }

  private file(checksum: string): string {
    return join(this.directory, 'rpm', `${checksum.replace(/[^\w.-]/g, '_')}.index`);
  }
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
