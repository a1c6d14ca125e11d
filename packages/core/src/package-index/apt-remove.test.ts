import { aptInstallClosure } from './apt-closure';
import { aptRemoval } from './apt-remove';
import { bookworm, minbase, rawField } from './test-apt-fixture';

// Expected: `apt-get -s purge|remove …` (apt 2.6.1) on the whole bookworm index, with a dpkg status holding
// the base plus the closure and an extended_states marking the closure's dependencies auto (fixtures/README.md).
const indexes = [bookworm];
const installed = (request: string[], installRecommends = true) => aptInstallClosure({ indexes, installed: minbase, request, installRecommends });
const removal = (state: ReturnType<typeof installed>, request: string[], autoRemove: boolean) => aptRemoval({ indexes, installed: state.installed, request, autoRemove });
const names = (list: Array<{ name: string }>) => list.map((entry) => entry.name).sort();

describe('aptRemoval on the bookworm excerpt', () => {
  it('purge --auto-remove of what one RUN installed takes back all of it but what the base recommends (apt: 77 of 78)', () => {
    const install = installed(['gcc', 'libc6-dev']);
    expect(install.packages).toHaveLength(78);
    const purge = removal(install, ['gcc', 'libc6-dev'], true);
    expect(rawField('libc-bin', 'Recommends')).toBe('manpages'); // libc-bin is in the base: manpages stays
    expect(names(purge.removed)).toEqual(install.packages.map((entry) => entry.pkg.name).filter((name) => name !== 'manpages').sort());
    expect(purge.removed.filter((entry) => entry.why === 'requested').map((entry) => entry.name)).toEqual(['gcc', 'libc6-dev']);
    expect(purge.installedSize).toBe(install.installedSize - bookworm.packages.find((pkg) => pkg.name === 'manpages')!.installedSize);
    expect(purge.unsized).toEqual([]);
    expect(purge.installed).toHaveLength(minbase.length + 1);
  });

  it('takes back all of a --no-install-recommends install (apt: 41 of 41)', () => {
    const install = installed(['gcc', 'libc6-dev'], false);
    const purge = removal(install, ['gcc', 'libc6-dev'], true);
    expect(purge.removed).toHaveLength(41);
    expect(purge.installedSize).toBe(install.installedSize);
  });

  it('without auto-remove takes only the named packages, and autoremove alone has nothing to take after an install', () => {
    const install = installed(['gcc', 'libc6-dev']);
    expect(names(removal(install, ['gcc'], false).removed)).toEqual(['gcc']);
    expect(removal(install, [], true).removed).toEqual([]);
  });

  it('also removes the packages that depend on a removed one (apt: remove libcurl4 removes curl)', () => {
    const install = installed(['curl']);
    const remove = removal(install, ['libcurl4'], false);
    expect(remove.removed.map((entry) => [entry.name, entry.why]).sort()).toEqual([
      ['curl', 'dependency'],
      ['libcurl4', 'requested'],
    ]);
  });

  it('keeps auto packages something manual recommends (apt: remove --auto-remove libcurl4 takes 19 of 22)', () => {
    const install = installed(['curl']);
    const remove = removal(install, ['libcurl4'], true);
    expect(rawField('apt', 'Recommends')).toBe('ca-certificates'); // ca-certificates → openssl → libssl3 stay
    expect(remove.removed).toHaveLength(19);
    expect(names(remove.installed).filter((name) => !minbase.some((pkg) => pkg.name === name))).toEqual(['ca-certificates', 'libssl3', 'openssl']);
    expect(remove.removed.filter((entry) => entry.why === 'autoremove')).toHaveLength(17);
  });

  it('keeps packages requested by name, which apt marks manual', () => {
    const install = installed(['curl', 'libssl3']);
    const purge = removal(install, ['curl'], true);
    expect(purge.removed).toHaveLength(19);
    expect(purge.installed.map((pkg) => pkg.name)).toContain('libssl3');
  });

  it('refuses to remove an essential package as apt does, removing nothing', () => {
    const install = installed(['curl']);
    const remove = removal(install, ['bash'], false);
    expect(remove.refused).toBe('apt refuses to remove essential packages (bash) without --allow-remove-essential');
    expect(remove.removed).toEqual([]);
    expect(remove.installed).toHaveLength(install.installed.length);
  });

  it('says which requested packages are not installed', () => {
    const remove = removal(installed(['curl']), ['libc6-dev', 'no-such-package'], true);
    expect(remove.notInstalled).toEqual(['libc6-dev', 'no-such-package']);
    expect(remove.removed).toEqual([]);
  });

  it('sizes a removed package by dpkg status, else by its index record of the same version, else leaves it unsized', () => {
    const base = [...minbase.filter((pkg) => pkg.name !== 'curl'), { name: 'curl', version: '7.74.0-1.3+deb11u7' }, { name: 'libcurl4', version: rawField('libcurl4', 'Version')!, installedSize: 12345 }];
    const remove = aptRemoval({ indexes, installed: base, request: ['curl', 'libcurl4'], autoRemove: false });
    expect(remove.removed.map((entry) => [entry.name, entry.installedSize])).toEqual([
      ['curl', undefined],
      ['libcurl4', 12345],
    ]);
    expect(remove.unsized).toEqual(['curl']);
    expect(remove.installedSize).toBe(12345);
  });
});
