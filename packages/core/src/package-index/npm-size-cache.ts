// The registry's sizes of every package version dflint has asked about, kept forever by
// name@version (a published version never changes), one compact JSON file per registry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../registry/index-cache';
import type { NpmSizes } from './npm-registry';

const FORMAT = 1;

/** [unpackedSize, tarballSize, the day it was asked (YYYY-MM-DD), the tarball's digests (SRI; older entries lack them)] */
type StoredVersion = [number, number, string, string?];

interface StoredSizes {
  format: number;
  versions: Record<string, StoredVersion>;
  /** a name's registry document, by name (it grows as versions are published: about right, not exact) */
  packuments: Record<string, number>;
}

export interface CachedSizes extends Omit<NpmSizes, 'integrity'> {
  day: string;
  /** undefined for an entry cached before dflint kept digests */
  integrity?: string;
}

export class NpmSizeCache {
  private readonly file: string;
  private stored: StoredSizes | undefined;
  private dirty = false;

  constructor(cacheDirectory: string, registry: string) {
    this.file = join(cacheDirectory, 'npm', `${createHash('sha256').update(registry).digest('hex').slice(0, 16)}.json`);
  }

  get(name: string, version: string): CachedSizes | undefined {
    const stored = this.load();
    const found = stored.versions[`${name}@${version}`];
    if (!found) return undefined;
    const packumentSize = stored.packuments[name];
    return { unpackedSize: found[0], tarballSize: found[1], day: found[2], ...(typeof found[3] === 'string' && { integrity: found[3] }), ...(packumentSize !== undefined && { packumentSize }) };
  }

  set(name: string, version: string, sizes: NpmSizes, day: string): void {
    const stored = this.load();
    stored.versions[`${name}@${version}`] = [sizes.unpackedSize, sizes.tarballSize, day, sizes.integrity];
    if (sizes.packumentSize !== undefined) stored.packuments[name] = sizes.packumentSize;
    this.dirty = true;
  }

  /** Writes what was added (re-reading the file first, so another run's additions are kept). */
  save(): void {
    if (!this.dirty || !this.stored) return;
    const mine = this.stored;
    this.stored = undefined;
    const current = this.load();
    const merged: StoredSizes = { format: FORMAT, versions: { ...current.versions, ...mine.versions }, packuments: { ...current.packuments, ...mine.packuments } };
    writeAtomically(this.file, JSON.stringify(merged));
    this.stored = merged;
    this.dirty = false;
  }

  private load(): StoredSizes {
    if (this.stored) return this.stored;
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as StoredSizes;
      if (parsed.format === FORMAT && parsed.versions && parsed.packuments) return (this.stored = parsed);
    } catch {
      // not cached yet, or unreadable: asked again
    }
    return (this.stored = { format: FORMAT, versions: {}, packuments: {} });
  }
}
