import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { apkAddClosure } from './apk-closure';
import { apkInstalled } from './apk-catalog';
import { readApkIndexArchive } from './apk-index';
import type { ApkIndex } from './apk-types';
import { alpine316, ALPINE_SOURCE, base, baseWorld, BASE_NAMES, installing, named } from './test-apk-fixture';

const MiB = 1024 * 1024;
const add = (request: string[], more: Partial<Parameters<typeof apkAddClosure>[0]> = {}) => apkAddClosure({ indexes: [alpine316], installed: base, world: baseWorld, request, ...more });

// Expected: what apk 2.14.10 (built from apk-tools' 2.14-stable) said on 2026-12-06 for `apk --simulate add`
// on the whole Alpine v3.16.3 main x86_64 index, with alpine:3.16's 14 packages installed and its world.
describe('apkAddClosure', () => {
  test('build-base: the 19 packages apk installs, their I:/S: sums (apk: "OK: 186 MiB in 33 packages"), the index as source, the world', () => {
    const result = add(['build-base']);
    expect(named(result.added)).toEqual(
      installing(
        'libgcc (11.2.1_git20220219-r2) libstdc++ (11.2.1_git20220219-r2) binutils (2.38-r3) libmagic (5.41-r0) file (5.41-r0) libgomp (11.2.1_git20220219-r2) libatomic (11.2.1_git20220219-r2) gmp (6.2.1-r2) isl22 (0.22-r0) mpfr4 (4.1.0-r0) mpc1 (1.2.1-r0) gcc (11.2.1_git20220219-r2) musl-dev (1.2.3-r2) libc-dev (0.7.2-r3) g++ (11.2.1_git20220219-r2) make (4.3-r0) fortify-headers (1.1-r1) patch (2.7.6-r7) build-base (0.5-r3)',
      ),
    );
    expect(result.installed).toHaveLength(33);
    expect(Math.floor(result.installed.reduce((sum, pkg) => sum + pkg.installedSize!, 0) / MiB)).toBe(186);
    expect(result.installedSize).toBe(result.added.reduce((sum, pkg) => sum + pkg.installedSize!, 0));
    expect(result.installedSize).toBe(189304832);
    expect(result.size).toBe(result.added.reduce((sum, pkg) => sum + pkg.size!, 0));
    expect(result.unsized).toEqual([]);
    expect(result.unresolved).toEqual([]);
    expect(result.upgraded).toEqual([]);
    expect(result.sources).toEqual([ALPINE_SOURCE]);
    expect(result.world.map((entry) => entry.name)).toEqual([...baseWorld.map((entry) => entry.name), 'build-base']);
  });

  test('install_if: zsh with git brings apk-tools-zsh-completion and git-zsh-completion, as apk does', () => {
    const result = add(['zsh', 'git']);
    expect(named(result.added)).toEqual(
      installing('ca-certificates (20220614-r0) brotli-libs (1.0.9-r6) nghttp2-libs (1.47.0-r0) libcurl (7.83.1-r4) expat (2.5.0-r0) pcre2 (10.40-r0) git (2.36.3-r0) libcap (2.64-r0) ncurses-terminfo-base (6.3_p20220521-r0) ncurses-libs (6.3_p20220521-r0) zsh (5.8.1-r4) apk-tools-zsh-completion (2.12.9-r3) git-zsh-completion (5.8.1-r4)'),
    );
    expect(named(add(['git']).added)).not.toContain('git-zsh-completion-5.8.1-r4');
  });

  test('a name only provided without a version is taken by k: priority (postgresql-client: postgresql14-client over 13), so: and cmd: provides meet dependencies, installed packages are skipped', () => {
    expect(named(add(['postgresql-client']).added)).toEqual(installing('postgresql-common (1.1-r2) libpq (14.5-r0) ncurses-terminfo-base (6.3_p20220521-r0) ncurses-libs (6.3_p20220521-r0) readline (8.1.2-r0) postgresql14-client (14.5-r0)'));
    expect(named(add(['so:libsqlite3.so.0']).added)).toEqual(['sqlite-libs-3.38.5-r0']);
    const python = add(['python3', 'busybox']);
    expect(named(python.added)).toEqual(
      installing('libbz2 (1.0.8-r1) expat (2.5.0-r0) libffi (3.4.2-r1) gdbm (1.23-r0) xz-libs (5.2.5-r1) libgcc (11.2.1_git20220219-r2) libstdc++ (11.2.1_git20220219-r2) mpdecimal (2.5.1-r1) ncurses-terminfo-base (6.3_p20220521-r0) ncurses-libs (6.3_p20220521-r0) readline (8.1.2-r0) sqlite-libs (3.38.5-r0) python3 (3.10.8-r0)'),
    );
    // a later RUN: what the earlier one installed is skipped
    expect(named(add(['readline', 'bash'], { installed: python.installed, world: python.world }).added)).toEqual(['bash-5.1.16-r2']);
  });

  test('--virtual .build-deps: the request goes into a virtual package (time as version, no size) that alone goes into the world', () => {
    const result = add(['gcc', 'musl-dev'], { virtual: '.build-deps', now: () => new Date(2026, 11, 6, 12, 1, 48) });
    expect(named(result.added)).toEqual(
      installing('libgcc (11.2.1_git20220219-r2) libstdc++ (11.2.1_git20220219-r2) binutils (2.38-r3) libgomp (11.2.1_git20220219-r2) libatomic (11.2.1_git20220219-r2) gmp (6.2.1-r2) isl22 (0.22-r0) mpfr4 (4.1.0-r0) mpc1 (1.2.1-r0) gcc (11.2.1_git20220219-r2) musl-dev (1.2.3-r2) .build-deps (20261206.120148)'),
    );
    expect(result.world.map((entry) => entry.name)).toEqual([...baseWorld.map((entry) => entry.name), '.build-deps']);
    const virtual = result.added.find((pkg) => pkg.name === '.build-deps')!;
    expect(virtual.depends).toEqual([{ name: 'gcc' }, { name: 'musl-dev' }]);
    expect(result.installedSize).toBe(result.added.reduce((sum, pkg) => sum + (pkg.installedSize ?? 0), 0));
    expect(Math.floor((base.reduce((sum, pkg) => sum + pkg.installedSize!, 0) + result.installedSize) / MiB)).toBe(118);
  });

  test('what cannot be resolved is listed with the package that needs it: unknown names, versions no index has, local files, conflicts', () => {
    const result = add(['nope', 'curl>=99', './local.apk', 'openssh-client-default', 'openssh-client-krb5']);
    expect(result.unresolved).toEqual([
      { from: null, dependency: './local.apk', reason: 'a local .apk file or path (its size is not in the indexes)' },
      { from: null, dependency: 'nope', reason: 'no package or provider of that name in the indexes' },
      { from: null, dependency: 'curl>=99', reason: 'no version meets it (the indexes have curl-7.83.1-r4)' },
      { from: 'openssh-client-default', dependency: '!openssh-client-krb5', reason: 'conflicts with openssh-client-krb5-9.0_p1-r2' },
      { from: 'openssh-client-krb5', dependency: '!openssh-client-default', reason: 'conflicts with openssh-client-default-9.0_p1-r2' },
    ]);
  });

  // with the php7 index as a second repository tagged @php, apk said: php7-intl is "masked in: @php"; php7-intl@php
  // needs so:libicui18n.so.67, so:libicuio.so.67, so:libicuuc.so.67 "(no such package)"
  test("a tagged repository is used only through `name@tag` and by what that pulls in; its missing so: names are unresolved, naming the package", async () => {
    const archive = await readApkIndexArchive(Readable.toWeb(createReadStream(join(__dirname, 'fixtures', 'apk', 'php7-x86_64-APKINDEX.tar.gz'))) as never, 'php7');
    const indexes: ApkIndex[] = [alpine316, { source: 'php7 x86_64 APKINDEX', tag: 'php', packages: archive.packages }];
    expect(add(['php7-intl'], { indexes }).unresolved).toEqual([{ from: null, dependency: 'php7-intl', reason: 'only in repositories tagged @php' }]);
    const result = add(['php7-intl@php'], { indexes });
    expect(named(result.added)).toEqual(['libgcc-11.2.1_git20220219-r2', 'libstdc++-11.2.1_git20220219-r2', 'php7-common-7.3.29-r0', 'php7-intl-7.3.29-r0']);
    expect(result.unresolved).toEqual(['so:libicui18n.so.67', 'so:libicuio.so.67', 'so:libicuuc.so.67'].map((dependency) => ({ from: 'php7-intl', dependency, reason: 'no package or provider of that name in the indexes' })));
    expect(result.sources.sort()).toEqual([ALPINE_SOURCE, 'php7 x86_64 APKINDEX']);
    expect(result.world).toContainEqual({ name: 'php7-intl', tag: 'php' });
    // apk: "(1/6) Installing php7-common@php (7.3.29-r0)" … "(6/6) Installing php7-curl@php (7.3.29-r0)"
    expect(named(add(['php7-curl@php'], { indexes }).added)).toEqual(installing('php7-common (7.3.29-r0) ca-certificates (20220614-r0) brotli-libs (1.0.9-r6) nghttp2-libs (1.47.0-r0) libcurl (7.83.1-r4) php7-curl (7.3.29-r0)'));
  });

  test('an installed package too old for a dependency is upgraded; the installed records come from apk\'s database, or from the package list matched to the index', () => {
    const oldZlib = { ...base.find((pkg) => pkg.name === 'zlib')!, version: '1.2.12-r0' };
    const result = add(['zlib>=1.2.12-r3'], { installed: base.map((pkg) => (pkg.name === 'zlib' ? oldZlib : pkg)) });
    expect(result.upgraded.map(({ from, to }) => `${from.version} -> ${to.version}`)).toEqual(['1.2.12-r0 -> 1.2.12-r3']);
    expect(result.added).toEqual([]);
    const listed = apkInstalled({ packages: [...BASE_NAMES.map((name) => ({ name, version: base.find((pkg) => pkg.name === name)!.version, manager: 'apk' as const })), { name: 'gone', version: '1-r0', manager: 'apk' }], indexes: [alpine316] });
    expect(listed.unmatched).toEqual(['gone-1-r0']);
    expect(listed.borrowed).toEqual([]);
    expect(listed.installed.slice(0, 14)).toEqual(base);
    // a base older than the index: musl 1.2.3-r0 borrows 1.2.3-r2's provides, so so:libc… stays met and curl does not bring musl again
    const older = apkInstalled({ packages: base.map((pkg) => ({ name: pkg.name, version: pkg.name === 'musl' ? '1.2.3-r0' : pkg.version, installedSize: pkg.installedSize, manager: 'apk' as const })), indexes: [alpine316] });
    expect(older.borrowed).toEqual(['musl-1.2.3-r0 (from 1.2.3-r2)']);
    const curl = add(['curl'], { installed: older.installed });
    expect(named(curl.added)).toEqual(named(add(['curl']).added));
    expect(curl.upgraded).toEqual([]);
    const database = apkInstalled({ database: readFileSync(join(__dirname, 'fixtures', 'apk', 'installed-aarch64'), 'utf8') });
    expect(database.installed.map((pkg) => pkg.name)).toEqual(['alpine-baselayout-data', 'musl', 'busybox', 'alpine-baselayout']);
  });
});
