import { rpmInstalledOf } from './rpm-catalog';
import { dnfInstallClosure } from './rpm-closure';
import { RpmIndexError, type RpmIndex } from './rpm-types';
import { fedora36Index, made } from './test-rpm-fixture';

const names = (closure: { packages: Array<{ pkg: { name: string } }> }) => closure.packages.map((entry) => entry.pkg.name);

describe('dnfInstallClosure on the real Fedora 36 excerpt', () => {
  it('installs wireplumber with wireplumber-libs; the libraries outside the excerpt are named as unresolved', async () => {
    const closure = dnfInstallClosure({ indexes: [await fedora36Index()], installed: [], request: ['wireplumber'], architecture: 'x86_64' });
    expect(names(closure)).toEqual(['wireplumber', 'wireplumber-libs']);
    expect(closure.packages.map((entry) => entry.reason)).toEqual(['user', 'dependency']);
    expect(closure.installedSize).toBe(286454 + 1188155);
    expect(closure.packageSize).toBe(82141 + 325613);
    expect(closure.sources).toEqual(['fedora36 excerpt primary.xml, 2022-07-07']);
    expect(closure.unresolved).toContainEqual({ from: 'wireplumber', requirement: '/bin/sh', reason: 'nothing in the repositories provides it' });
    expect(closure.unresolved).toContainEqual({ from: 'wireplumber-libs', requirement: 'liblua-5.4.so()(64bit)', reason: 'nothing in the repositories provides it' });
    // met by wireplumber-libs itself, not unresolved
    expect(closure.unresolved.map((entry) => entry.requirement)).not.toContain('libwireplumber-0.4.so.0()(64bit)');
  });

  it('follows a versioned requirement to another package (xfce4-power-manager needs xfce4-panel >= 4.16)', async () => {
    const closure = dnfInstallClosure({ indexes: [await fedora36Index()], installed: [], request: ['xfce4-power-manager'], architecture: 'x86_64' });
    expect(names(closure)).toEqual(['xfce4-power-manager', 'xfce4-panel']);
    expect(closure.installedSize).toBe(4646874 + 5255122);
  });

  it('installs a Recommends unless weak deps are off, and skips what is installed', async () => {
    const index = await fedora36Index();
    expect(names(dnfInstallClosure({ indexes: [index], installed: [], request: ['wireplumber-libs'], architecture: 'x86_64' }))).toEqual(['wireplumber-libs', 'wireplumber']);
    const weakOff = dnfInstallClosure({ indexes: [index], installed: [], request: ['wireplumber-libs'], architecture: 'x86_64', installWeakDeps: false });
    expect(names(weakOff)).toEqual(['wireplumber-libs']);
    const installed = [{ name: 'wireplumber-libs', version: '0.4.10-1.fc36', reason: 'dependency' as const }];
    const closure = dnfInstallClosure({ indexes: [index], installed, request: ['wireplumber', 'wireplumber-libs'], architecture: 'x86_64' });
    expect(names(closure)).toEqual(['wireplumber']);
    expect(closure.installed.find((pkg) => pkg.name === 'wireplumber-libs')?.reason).toBe('user');
  });

  it('upgrades an installed package too old for a requirement', async () => {
    const installed = [{ name: 'wireplumber-libs', version: '0.4.9-2.fc36', installedSize: 1 }];
    const closure = dnfInstallClosure({ indexes: [await fedora36Index()], installed, request: ['wireplumber'], architecture: 'x86_64' });
    expect(closure.packages.map((entry) => [entry.pkg.name, entry.upgradeFrom])).toEqual([['wireplumber', undefined], ['wireplumber-libs', '0.4.9-2.fc36']]);
  });

  it('names what no repository has; an unknown architecture is an error', async () => {
    const index = await fedora36Index();
    const closure = dnfInstallClosure({ indexes: [index], installed: [], request: ['nosuchpackage', 'wireplumber-9.9', '@core'], architecture: 'x86_64' });
    expect(closure.packages).toEqual([]);
    expect(closure.unresolved).toEqual([
      { from: null, requirement: 'nosuchpackage', reason: 'no match for argument' },
      { from: null, requirement: 'wireplumber-9.9', reason: 'version 9.9 of wireplumber is not in the repositories' },
      { from: null, requirement: '@core', reason: 'a group or module: not modelled' },
    ]);
    expect(() => dnfInstallClosure({ indexes: [index], installed: [], request: ['wireplumber'], architecture: 'mips' })).toThrow(RpmIndexError);
    expect(() => dnfInstallClosure({ indexes: [index], installed: [], request: ['wireplumber'], architecture: 'mips' })).toThrow('unknown rpm architecture "mips"');
    // aarch64 cannot install x86_64 packages
    const arm = dnfInstallClosure({ indexes: [index], installed: [], request: ['wireplumber'], architecture: 'aarch64' });
    expect(arm.unresolved).toEqual([{ from: null, requirement: 'wireplumber', reason: 'no match for argument' }]);
  });
});

describe('dnfInstallClosure rules (made-up packages, sizes invented for the sums)', () => {
  const index: RpmIndex = {
    source: 'made-up',
    packages: [
      made('app-1.0-1.x86_64', { requires: ['/usr/bin/sh', 'rpmlib(PayloadIsZstd) <= 5.4.18-1', 'libfoo.so.1()(64bit)', '(python3 or perl)', '(app-lang if glibc)'], recommends: ['missing-docs'] }),
      made('bash-5.2-1.x86_64', { files: ['/usr/bin/sh', '/bin/sh'], installedSize: 8000 }),
      made('libfoo-1.0-1.x86_64', { provides: ['libfoo.so.1()(64bit)'] }),
      made('libfoo-1.2-1.x86_64', { provides: ['libfoo.so.1()(64bit)'] }),
      made('libfoo-1.2-1.i686', { provides: ['libfoo.so.1'] }),
      made('perl-5.36-1.x86_64'),
      made('python3-3.12-1.x86_64'),
      made('app-lang-1.0-1.noarch'),
      made('glibc-2.39-1.x86_64'),
      made('zlib-1.3-1.x86_64', { epoch: 1 }),
      made('zlib-1.4-1.x86_64', { installedSize: NaN }),
    ],
  };
  const install = (request: string[], installed: Array<{ name: string; version: string }> = []) => dnfInstallClosure({ indexes: [index], installed, request, architecture: 'x86_64' });

  it('meets file requires, skips rpmlib(), takes the highest EVR of the native arch and the first-sorting alternative', () => {
    const closure = install(['app']);
    expect(closure.packages.map((entry) => `${entry.pkg.name}-${entry.pkg.version}.${entry.pkg.arch}`)).toEqual(['app-1.0.x86_64', 'bash-5.2.x86_64', 'libfoo-1.2.x86_64', 'perl-5.36.x86_64']);
    expect(closure.unresolved).toEqual([]);
    expect(closure.installedSize).toBe(1000 + 8000 + 1000 + 1000);
  });

  it('applies an `if` rich dependency when its condition is installed, and keeps an installed alternative', () => {
    const closure = install(['app'], [{ name: 'glibc', version: '2.39-1' }, { name: 'python3', version: '3.12-1' }]);
    expect(closure.packages.map((entry) => entry.pkg.name)).toEqual(['app', 'bash', 'libfoo', 'app-lang']);
  });

  it('compares epochs, takes a requested arch, globs and provides', () => {
    expect(install(['zlib']).packages.map((entry) => entry.pkg.version)).toEqual(['1.3']);
    expect(install(['libfoo.i686']).packages.map((entry) => entry.pkg.arch)).toEqual(['i686']);
    expect(install(['libfoo-1.0-1']).packages.map((entry) => entry.pkg.version)).toEqual(['1.0']);
    expect(install(['p*']).packages.map((entry) => entry.pkg.name)).toEqual(['perl', 'python3']);
    expect(install(['/bin/sh']).packages.map((entry) => entry.pkg.name)).toEqual(['bash']);
  });

  it('leaves an unsized package out of the sums and lists it', () => {
    const closure = install(['zlib-1.4']);
    expect(closure.unsized).toEqual(['zlib']);
    expect(closure.installedSize).toBe(0);
    expect(closure.caveats).toEqual([]);
  });

  it('notes nodocs, refuses .rpm files, and takes the base image rpm database as user-installed', () => {
    expect(dnfInstallClosure({ indexes: [index], installed: [], request: ['perl'], architecture: 'x86_64', nodocs: true }).caveats).toEqual([
      'tsflags=nodocs: documentation is not installed, but primary.xml sizes include it, so the installed size overstates',
    ]);
    expect(install(['./local-1.0-1.x86_64.rpm']).unresolved).toEqual([{ from: null, requirement: './local-1.0-1.x86_64.rpm', reason: 'an .rpm file, not a package of the repositories' }]);
    const base = rpmInstalledOf([
      { name: 'bash', version: '5.2-1', installedSize: 8000, manager: 'rpm' },
      { name: 'gpg-pubkey', version: '18b8e74c-62f2920f', manager: 'rpm' },
      { name: 'coreutils', version: '9.1-8', manager: 'dpkg' },
    ]);
    expect(base).toEqual([{ name: 'bash', version: '5.2-1', installedSize: 8000, reason: 'user' }]);
    expect(install(['app'], base).packages.map((entry) => entry.pkg.name)).toEqual(['app', 'libfoo', 'perl']);
  });
});
