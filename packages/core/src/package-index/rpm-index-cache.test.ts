import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dnfInstallClosure } from './rpm-closure';
import { RpmIndexCache } from './rpm-index-cache';
import { fedora36Index, made } from './test-rpm-fixture';

describe('RpmIndexCache', () => {
  it('gives back the same packages, and the same closures, with capabilities found by binary search', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dflint-rpm-cache-'));
    const index = await fedora36Index();
    const cache = new RpmIndexCache(directory);
    cache.write('abc', index);
    const stored = cache.read('abc')!;
    expect(JSON.parse(JSON.stringify(stored))).toEqual(index);
    expect(stored.capabilities!('libwireplumber-0.4.so.0()(64bit)')).toEqual([1]);
    expect(stored.capabilities!('/usr/bin/wpctl')).toEqual([0]);
    expect(stored.capabilities!('application()')).toEqual([2, 3, 4]);
    expect(stored.capabilities!('nothing')).toEqual([]);
    for (const pkg of index.packages) {
      const request = { installed: [], request: [pkg.name], architecture: 'x86_64' };
      const fresh = dnfInstallClosure({ indexes: [index], ...request });
      const cached = dnfInstallClosure({ indexes: [stored], ...request });
      expect(cached.packages.map((entry) => entry.pkg.name)).toEqual(fresh.packages.map((entry) => entry.pkg.name));
      expect(cached.unresolved).toEqual(fresh.unresolved);
      expect(cached.installedSize).toBe(fresh.installedSize);
    }
  });

  it('keeps text that is not ASCII (byte offsets, not characters)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dflint-rpm-cache-'));
    const cache = new RpmIndexCache(directory);
    const index = { source: 'made-up ü', packages: [made('caf\u00e9-1-1.noarch', { files: ['/usr/bin/caf\u00e9'], provides: ['\u00fcber()'] }), made('zeta-1-1.noarch', { requires: ['/usr/bin/caf\u00e9'] })] };
    cache.write('u', index);
    const stored = cache.read('u')!;
    expect(JSON.parse(JSON.stringify(stored))).toEqual(JSON.parse(JSON.stringify({ source: index.source, packages: index.packages })));
    expect(stored.capabilities!('/usr/bin/caf\u00e9')).toEqual([0]);
    expect(stored.capabilities!('\u00fcber()')).toEqual([0]);
    expect(stored.capabilities!('zeta')).toEqual([1]);
  });

  it('reads nothing from a damaged or older file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dflint-rpm-cache-'));
    const cache = new RpmIndexCache(directory);
    cache.write('abc', await fedora36Index());
    const file = join(directory, 'rpm', 'abc.index');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"format":3', '"format":2'));
    expect(cache.read('abc')).toBeUndefined();
    writeFileSync(file, text.split('\n').slice(0, -3).join('\n'));
    expect(cache.read('abc')).toBeUndefined();
    expect(cache.read('missing')).toBeUndefined();
  });
});
