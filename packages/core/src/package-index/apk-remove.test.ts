import { apkAddClosure } from './apk-closure';
import { apkRemoval } from './apk-remove';
import { alpine316, base, baseWorld, named } from './test-apk-fixture';

const add = (request: string[], virtual?: string) => apkAddClosure({ indexes: [alpine316], installed: base, world: baseWorld, request, ...(virtual ? { virtual } : {}) });
const del = (after: ReturnType<typeof add>, request: string[]) => apkRemoval({ installed: after.installed, world: after.world, request, indexes: [alpine316] });

// Expected: what apk 2.14.10 said on 2026-12-06 for `apk --simulate del` with the closure's packages
// installed (each closure the same as apk's) and its world, on the whole Alpine v3.16.3 main x86_64 index.
describe('apkRemoval', () => {
  test('`apk add --virtual .build-deps gcc musl-dev` then `apk del .build-deps`: the virtual package and the 11 packages it pulled in go', () => {
    const after = add(['gcc', 'musl-dev'], '.build-deps');
    const removal = del(after, ['.build-deps']);
    expect(named(removal.removed.map(({ pkg }) => pkg))).toEqual(named(after.added));
    expect(removal.removed).toHaveLength(12);
    expect(removal.removed.filter(({ why }) => why === 'requested').map(({ pkg }) => pkg.name)).toEqual(['.build-deps']);
    expect(removal.installedSize).toBe(after.installedSize);
    expect(named(removal.installed)).toEqual(named(base));
    expect(removal.world).toEqual(baseWorld);
  });

  test('what another world entry still needs stays: del build-base after build-base + curl removes the 19, not curl or its libraries', () => {
    const after = add(['build-base', 'curl']);
    const removal = del(after, ['build-base']);
    expect(named(removal.removed.map(({ pkg }) => pkg))).toEqual(named(add(['build-base']).added));
    expect(removal.installed.map((pkg) => pkg.name)).toContain('libcurl');
  });

  test('a named package still required stays with who requires it (apk: "libcurl: git"); install_if packages go with their condition; an unknown name refuses the command', () => {
    const git = add(['git']);
    const kept = del(git, ['libcurl']);
    expect(kept.removed).toEqual([]);
    expect(kept.kept).toEqual([{ name: 'libcurl', requiredBy: 'git' }]);
    const zsh = del(add(['zsh', 'git']), ['zsh']);
    // apk: Purging apk-tools-zsh-completion, git-zsh-completion, zsh, libcap, ncurses-libs, ncurses-terminfo-base
    expect(named(zsh.removed.map(({ pkg }) => pkg))).toEqual(['apk-tools-zsh-completion-2.12.9-r3', 'git-zsh-completion-5.8.1-r4', 'libcap-2.64-r0', 'ncurses-libs-6.3_p20220521-r0', 'ncurses-terminfo-base-6.3_p20220521-r0', 'zsh-5.8.1-r4']);
    const curl = add(['curl']);
    const refused = del(curl, ['curl', 'nothing']);
    expect(refused.unknown).toEqual(['nothing']);
    expect(refused.removed).toEqual([]);
    expect(del(curl, ['bash']).removed).toEqual([]);
  });
});
