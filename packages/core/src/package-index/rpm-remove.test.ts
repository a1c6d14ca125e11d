import { dnfInstallClosure } from './rpm-closure';
import { dnfRemoval } from './rpm-remove';
import type { RpmIndex } from './rpm-types';
import { fedora36Index, made } from './test-rpm-fixture';

describe('dnfRemoval after a dnf install (real Fedora 36 excerpt)', () => {
  it('takes the requested package and, with clean_requirements_on_remove, the dependencies it pulled in', async () => {
    const index = await fedora36Index();
    const base = [{ name: 'bash', version: '5.1.16-2.fc36', installedSize: 7738134 }];
    const { installed } = dnfInstallClosure({ indexes: [index], installed: base, request: ['xfce4-power-manager'], architecture: 'x86_64' });
    const removal = dnfRemoval({ indexes: [index], installed, request: ['xfce4-power-manager'], architecture: 'x86_64' });
    expect(removal.removed).toEqual([
      { name: 'xfce4-power-manager', version: '4.16.0-5.fc36', installedSize: 4646874, why: 'requested' },
      { name: 'xfce4-panel', version: '4.16.4-1.fc36', installedSize: 5255122, why: 'unneeded' },
    ]);
    expect(removal.installedSize).toBe(4646874 + 5255122);
    expect(removal.installed.map((pkg) => pkg.name)).toEqual(['bash']);
    const kept = dnfRemoval({ indexes: [index], installed, request: ['xfce4-power-manager'], architecture: 'x86_64', cleanRequirementsOnRemove: false });
    expect(kept.removed.map((entry) => entry.name)).toEqual(['xfce4-power-manager']);
  });

  it('removes the packages that require a removed one', async () => {
    const index = await fedora36Index();
    const { installed } = dnfInstallClosure({ indexes: [index], installed: [], request: ['xfce4-power-manager'], architecture: 'x86_64' });
    const removal = dnfRemoval({ indexes: [index], installed, request: ['xfce4-panel', 'nosuch'], architecture: 'x86_64' });
    expect(removal.removed.map((entry) => [entry.name, entry.why])).toEqual([
      ['xfce4-panel', 'requested'],
      ['xfce4-power-manager', 'dependent'],
    ]);
    expect(removal.notInstalled).toEqual(['nosuch']);
  });
});

describe('dnfRemoval rules (made-up packages, sizes invented for the sums)', () => {
  const index: RpmIndex = {
    source: 'made-up',
    packages: [
      made('tool-1-1.x86_64', { requires: ['liba', '/usr/bin/helper'], recommends: ['extras'] }),
      made('other-1-1.x86_64', { requires: ['liba'] }),
      made('liba-1-1.x86_64'),
      made('helper-1-1.x86_64', { files: ['/usr/bin/helper'] }),
      made('extras-1-1.noarch'),
    ],
  };
  const installed = [
    { name: 'other', version: '1-1' },
    { name: 'tool', version: '1-1', reason: 'user' as const, installedSize: 50 },
    { name: 'liba', version: '1-1', reason: 'dependency' as const },
    { name: 'helper', version: '1-1', reason: 'dependency' as const },
    { name: 'extras', version: '1-1', reason: 'weak' as const },
  ];

  it('keeps a dependency another user-installed package (the base image`s) still needs', () => {
    const removal = dnfRemoval({ indexes: [index], installed, request: ['tool'], architecture: 'x86_64' });
    expect(removal.removed.map((entry) => [entry.name, entry.why, entry.installedSize])).toEqual([
      ['tool', 'requested', 50],
      ['helper', 'unneeded', 1000],
      ['extras', 'unneeded', 1000],
    ]);
  });

  it('dnf autoremove takes every unneeded dependency; a glob matches installed names', () => {
    const orphaned = installed.map((pkg) => (pkg.name === 'tool' ? { ...pkg, reason: 'dependency' as const } : pkg));
    expect(dnfRemoval({ indexes: [index], installed: orphaned, request: [], autoremove: true, architecture: 'x86_64' }).removed.map((entry) => entry.name)).toEqual(['tool', 'helper', 'extras']);
    expect(dnfRemoval({ indexes: [index], installed, request: ['ext*'], architecture: 'x86_64' }).removed.map((entry) => entry.name)).toEqual(['extras']);
  });

  it('keeps a weak dependency while a Recommends reaches it, unless weak deps are off', () => {
    const removal = dnfRemoval({ indexes: [index], installed, request: ['other'], architecture: 'x86_64' });
    expect(removal.removed.map((entry) => entry.name)).toEqual(['other']);
    const installedNoTool = installed.filter((pkg) => pkg.name !== 'tool');
    expect(dnfRemoval({ indexes: [index], installed: installedNoTool, request: [], autoremove: true, architecture: 'x86_64' }).removed.map((entry) => entry.name)).toEqual(['helper', 'extras']);
  });
});
