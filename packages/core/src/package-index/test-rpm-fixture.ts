// Test helpers for the rpm resolution tests: the real Fedora 36 excerpt as an index, and small
// made-up packages (their sizes are invented for the arithmetic, and only used where a test says so).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrimary } from './rpm-primary';
import type { RpmDependency, RpmIndex, RpmPackage } from './rpm-types';

export async function fedora36Index(): Promise<RpmIndex> {
  const packages = await parsePrimary([readFileSync(join(__dirname, 'fixtures', 'rpm', 'fedora36-primary.xml'))], 'fedora36-primary.xml');
  return { source: 'fedora36 excerpt primary.xml, 2022-07-07', packages };
}

/** `name >= 1.0`, `name = 1:2-3`, `/bin/sh`, `(a or b)`: a dependency from dnf's spelling */
export function dep(text: string): RpmDependency {
  if (text.startsWith('(')) return { name: text };
  const [name, op, evr] = text.split(' ');
  if (!op) return { name };
  const flags = ({ '=': 'EQ', '<': 'LT', '<=': 'LE', '>': 'GT', '>=': 'GE' } as const)[op as '='];
  const [, epoch, version, release] = /^(?:(\d+):)?([^-]+)(?:-(.+))?$/.exec(evr)!;
  return { name, flags, ...(epoch ? { epoch: Number(epoch) } : {}), version, ...(release ? { release } : {}) };
}

/** A made-up package: `made('a-1.0-1.x86_64', { requires: ['b >= 2'] })`, installed size 1000 × its index unless given. */
export function made(nevra: string, fields: { requires?: string[]; recommends?: string[]; provides?: string[]; files?: string[]; installedSize?: number; packageSize?: number; epoch?: number } = {}): RpmPackage {
  const [, name, version, release, arch] = /^(.+)-([^-]+)-([^-]+)\.([^.]+)$/.exec(nevra)!;
  const epoch = fields.epoch ?? 0;
  const self = { name, flags: 'EQ' as const, ...(epoch ? { epoch } : {}), version, release };
  return {
    name,
    arch,
    epoch,
    version,
    release,
    packageSize: fields.packageSize ?? 100,
    installedSize: fields.installedSize ?? 1000,
    provides: [self, ...(arch !== 'noarch' ? [{ ...self, name: `${name}(${arch === 'x86_64' ? 'x86-64' : arch})` }] : []), ...(fields.provides ?? []).map(dep)],
    requires: (fields.requires ?? []).map(dep),
    recommends: (fields.recommends ?? []).map(dep),
    files: fields.files ?? [],
  };
}
