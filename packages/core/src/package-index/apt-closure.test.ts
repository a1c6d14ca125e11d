import type { InstalledPackage } from '../registry/installed-packages';
import { aptInstallClosure } from './apt-closure';
import type { AptIndex } from './apt-types';
import { bookworm, BOOKWORM_SOURCE, minbase, rawField } from './test-apt-fixture';

// Expected package lists: `apt-get -s install` (apt 2.6.1) on the whole bookworm index with the same base
// (fixtures/README.md), in apt's Inst order; the closure's order may differ, so sets are compared.
const APT_CURL = 'libssl3 openssl ca-certificates krb5-locales libbrotli1 libkrb5support0 libk5crypto3 libkeyutils1 libkrb5-3 libgssapi-krb5-2 libsasl2-modules-db libsasl2-2 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1 libcurl4 curl libldap-common libsasl2-modules publicsuffix';
const APT_CURL_NO_RECOMMENDS = 'libbrotli1 libkrb5support0 libk5crypto3 libkeyutils1 libssl3 libkrb5-3 libgssapi-krb5-2 libsasl2-modules-db libsasl2-2 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1 libcurl4 curl';
const APT_GCC_NO_RECOMMENDS =
  'binutils-common libbinutils libctf-nobfd0 libctf0 libgprofng0 libjansson4 binutils-x86-64-linux-gnu binutils libisl23 libmpfr6 libmpc3 cpp-12 cpp libcc1-0 libgomp1 libitm1 libatomic1 libasan8 liblsan0 libtsan2 libubsan1 libquadmath0 libgcc-12-dev gcc-12 gcc libc-dev-bin linux-libc-dev libcrypt-dev libkrb5support0 libk5crypto3 libkeyutils1 libssl3 libkrb5-3 libgssapi-krb5-2 libtirpc-common libtirpc3 libnsl2 libtirpc-dev libnsl-dev rpcsvc-proto libc6-dev';
const APT_ERLANG_HORSE = 'libncursesw6 libproc2-0 procps erlang-base libssl3 erlang-crypto erlang-horse erlang-syntax-tools libgpm2 libsctp1 psmisc';
const APT_CONTAINERS_NO_RECOMMENDS = 'netbase libip4tc2 libip6tc2 libxtables12 libmnl0 libnfnetlink0 libnetfilter-conntrack3 libnftnl11 iptables containernetworking-plugins golang-github-containers-image golang-github-containers-common';

const sorted = (names: string) => names.split(' ').sort();
const names = (closure: ReturnType<typeof aptInstallClosure>) => closure.packages.map((entry) => entry.pkg.name).sort();
const install = (request: string[], installRecommends = true, installed = minbase, indexes: AptIndex[] = [bookworm]) => aptInstallClosure({ indexes, installed, request, installRecommends });
/** Installed-Size (KiB) and Size summed from the fixture's text, not through the parser */
const rawSums = (list: string) => list.split(' ').reduce((sums, name) => [sums[0] + Number(rawField(name, 'Installed-Size')) * 1024, sums[1] + Number(rawField(name, 'Size'))], [0, 0]);

describe('aptInstallClosure on the bookworm excerpt', () => {
  it('installs curl with its Depends and Recommends as apt does, summing their sizes', () => {
    const closure = install(['curl']);
    expect(names(closure)).toEqual(sorted(APT_CURL));
    const [installedSize, debSize] = rawSums(APT_CURL);
    expect(closure.installedSize).toBe(installedSize);
    expect(closure.debSize).toBe(debSize);
    expect(closure.unresolved).toEqual([]);
    expect(closure.unsized).toEqual([]);
    expect(closure.sources).toEqual([BOOKWORM_SOURCE]);
  });

  it('leaves the Recommends out with --no-install-recommends', () => {
    const closure = install(['curl'], false);
    expect(names(closure)).toEqual(sorted(APT_CURL_NO_RECOMMENDS));
    expect(closure.installedSize).toBe(rawSums(APT_CURL_NO_RECOMMENDS)[0]);
    expect(closure.installedSize).toBeLessThan(install(['curl']).installedSize);
  });

  it('resolves `gcc libc6-dev` as apt does, with and without Recommends', () => {
    expect(names(install(['gcc', 'libc6-dev'], false))).toEqual(sorted(APT_GCC_NO_RECOMMENDS));
    const withRecommends = install(['gcc', 'libc6-dev']);
    expect(withRecommends.packages).toHaveLength(78);
    expect(names(withRecommends)).toEqual(expect.arrayContaining(['manpages-dev', 'libc-devtools', 'libgd3']));
  });

  it('skips what the base has installed and marks only the requests manual', () => {
    const closure = install(['curl']);
    const installedNames = new Set(minbase.map((pkg) => pkg.name));
    expect(closure.packages.filter((entry) => installedNames.has(entry.pkg.name))).toEqual([]);
    expect(rawField('libcurl4', 'Depends')).toMatch(/zlib1g/); // a dependency the base already has
    expect(closure.packages.filter((entry) => !entry.auto).map((entry) => entry.pkg.name)).toEqual(['curl']);
    expect(closure.installed).toHaveLength(minbase.length + 22);
  });

  it("takes the registry's dpkg packages of a base image as they are", () => {
    const fromRegistry: InstalledPackage[] = minbase.map((pkg) => ({ ...pkg, manager: 'dpkg', installedSize: 1024 }));
    expect(names(install(['curl'], false, fromRegistry))).toEqual(sorted(APT_CURL_NO_RECOMMENDS));
  });

  it('skips what an earlier RUN installed: two RUNs add what one RUN adds', () => {
    const first = install(['gcc']);
    const second = install(['libc6-dev'], true, first.installed);
    const both = install(['gcc', 'libc6-dev']);
    expect([...names(first), ...names(second)].sort()).toEqual(names(both));
    expect(first.installedSize + second.installedSize).toBe(both.installedSize);
    // a request already installed as a dependency adds nothing and becomes manual
    const again = install(['libcurl4'], true, install(['curl']).installed);
    expect(again.packages).toEqual([]);
    expect(again.installed.find((pkg) => pkg.name === 'libcurl4')?.auto).toBe(false);
  });

  it('takes the next alternative when the first is in no index (erlang-base-hipe | erlang-base | erlang-abi-17.0)', () => {
    expect(rawField('erlang-horse', 'Depends')).toBe('erlang-base-hipe | erlang-base | erlang-abi-17.0');
    expect(rawField('erlang-base-hipe', 'Package')).toBeUndefined();
    const closure = install(['erlang-horse']);
    expect(names(closure)).toEqual(sorted(APT_ERLANG_HORSE));
  });

  it('meets a virtual package through the provider apt prefers (container-network-stack)', () => {
    const closure = install(['golang-github-containers-common'], false);
    expect(names(closure)).toEqual(sorted(APT_CONTAINERS_NO_RECOMMENDS));
    expect(names(closure)).not.toContain('netavark'); // the other provider
    expect(rawField('netavark', 'Provides')).toBe('container-network-stack (= 2)');
  });

  it('installs the only provider of a requested virtual package, and refuses one with several as apt does', () => {
    const single = install(['a52dec']);
    expect(single.packages.map((entry) => [entry.pkg.name, entry.auto])).toEqual([
      ['liba52-0.7.4-dev', false],
      ['liba52-0.7.4', true],
    ]);
    const several = install(['mailx']);
    expect(several.packages).toEqual([]);
    expect(several.unresolved).toEqual([{ from: null, relation: 'mailx', reason: expect.stringMatching(/^a virtual package provided by \d+ packages/) }]);
  });

  it('rules out a provider whose provided version does not satisfy the relation', () => {
    // a package made for this test (not in Debian): its one Depends names a virtual package two real packages provide
    const depender = { ...bookworm.packages.find((pkg) => pkg.name === 'librust-nom+std-dev')!, name: 'test-depender', depends: [[{ name: 'librust-nom+alloc-dev', relation: '=' as const, version: '7.1.1-1' }]], recommends: [] };
    const indexes = [bookworm, { source: 'test', packages: [depender] }];
    expect(rawField('librust-nom-4-dev', 'Provides')).toMatch(/^librust-nom\+alloc-dev \(= 4\.2\.3-3\)/);
    const closure = install(['test-depender'], false, minbase, indexes);
    expect(names(closure)).toContain('librust-nom-dev');
    expect(names(closure)).not.toContain('librust-nom-4-dev');
    const older = { ...depender, depends: [[{ name: 'librust-nom+alloc-dev', relation: '=' as const, version: '4.2.3-3' }]] };
    const olderClosure = install(['test-depender'], false, minbase, [bookworm, { source: 'test', packages: [older] }]);
    expect(names(olderClosure)).toContain('librust-nom-4-dev');
    expect(names(olderClosure)).not.toContain('librust-nom-dev');
  });

  it('prefers upgrading an installed alternative to installing a new one (apt getAllPossibleSolutions)', () => {
    // a package made for this test: `libbrotli1 (>= 1.0.9) | libzstd1 (>= 1.5.4)` over a base with an older libzstd1
    const curl = bookworm.packages.find((pkg) => pkg.name === 'curl')!;
    const depender = { ...curl, name: 'test-depender', depends: [[{ name: 'libbrotli1', relation: '>=' as const, version: '1.0.9' }, { name: 'libzstd1', relation: '>=' as const, version: '1.5.4' }]] };
    const indexes = [bookworm, { source: 'test', packages: [depender] }];
    const older = minbase.map((pkg) => (pkg.name === 'libzstd1' ? { ...pkg, version: '1.4.8+dfsg-3' } : pkg));
    const upgrade = install(['test-depender'], false, older, indexes);
    expect(upgrade.packages.map((entry) => [entry.pkg.name, entry.upgradeFrom])).toEqual([
      ['test-depender', undefined],
      ['libzstd1', '1.4.8+dfsg-3'],
    ]);
    // with nothing to upgrade, the first alternative is installed
    expect(names(install(['test-depender'], false, minbase.filter((pkg) => pkg.name !== 'libzstd1'), indexes))).toEqual(['libbrotli1', 'test-depender']);
  });

  it('upgrades installed packages that are requested or too old for a relation, as apt did on a status with bullseye curl', () => {
    const old = [...minbase, { name: 'curl', version: '7.74.0-1.3+deb11u7' }, { name: 'libcurl4', version: '7.74.0-1.3+deb11u7', auto: true }];
    const closure = install(['curl'], false, old);
    expect(names(closure)).toEqual(sorted(APT_CURL_NO_RECOMMENDS));
    expect(closure.packages.filter((entry) => entry.upgradeFrom).map((entry) => [entry.pkg.name, entry.upgradeFrom, entry.auto])).toEqual([
      ['curl', '7.74.0-1.3+deb11u7', false],
      ['libcurl4', '7.74.0-1.3+deb11u7', true],
    ]);
  });

  it('on an upgrade follows only the Recommends that are new or were met before, as apt did on a status with bullseye curl', () => {
    // libcurl4's old stanza in that status recommended ca-certificates too, not installed: apt leaves it out
    const old = [...minbase, { name: 'curl', version: '7.74.0-1.3+deb11u7' }, { name: 'libcurl4', version: '7.74.0-1.3+deb11u7', auto: true }];
    const closure = install(['curl'], true, old);
    const apt = 'krb5-locales libbrotli1 libkrb5support0 libk5crypto3 libkeyutils1 libssl3 libkrb5-3 libgssapi-krb5-2 libsasl2-modules-db libsasl2-2 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1 curl libcurl4 libldap-common libsasl2-modules publicsuffix';
    expect(names(closure)).toEqual(sorted(apt));
    expect(rawField('libcurl4', 'Recommends')).toBe('ca-certificates');
  });

  it('meets `:any` relations with the native package and refuses foreign architectures', () => {
    expect(rawField('libfile-find-rule-perl', 'Depends')).toMatch(/^perl:any/);
    const gone = new Set(['usrmerge', 'libfile-find-rule-perl', 'libnumber-compare-perl', 'libtext-glob-perl', 'perl', 'perl-modules-5.36', 'libperl5.36']);
    const perl = install(['libfile-find-rule-perl'], false, minbase.filter((pkg) => !gone.has(pkg.name)));
    expect(perl.unresolved).toEqual([]);
    expect(names(perl)).toEqual(['libfile-find-rule-perl', 'libnumber-compare-perl', 'libperl5.36', 'libtext-glob-perl', 'perl', 'perl-modules-5.36']);
    expect(install(['curl:i386']).unresolved).toEqual([{ from: null, relation: 'curl:i386', reason: "architecture i386 is not the image's (amd64)" }]);
    expect(names(install(['curl:amd64'], false))).toEqual(sorted(APT_CURL_NO_RECOMMENDS));
  });

  it('reads versions, unknown names, patterns and local files in the request', () => {
    const version = rawField('curl', 'Version')!;
    expect(install([`curl=${version}`], false).packages).toHaveLength(16);
    expect(install(['curl=1.0-1']).unresolved[0]).toEqual({ from: null, relation: 'curl=1.0-1', reason: 'version 1.0-1 is not in the package indexes' });
    expect(install(['no-such-package']).unresolved[0].reason).toBe('not in the package indexes');
    expect(install(['lib*']).unresolved[0].reason).toBe('a pattern, not a package name');
    expect(install(['./tool.deb']).unresolved[0].reason).toMatch(/^a local \.deb file/);
    expect(install(['curl-']).unresolved[0].reason).toMatch(/^a removal/);
  });

  it('names a dependency no index has, so the sums are lower bounds', () => {
    const withoutSsl = { source: BOOKWORM_SOURCE, packages: bookworm.packages.filter((pkg) => pkg.name !== 'libssl3') };
    const closure = install(['curl'], false, minbase, [withoutSsl]);
    expect(closure.unresolved).toEqual(expect.arrayContaining([{ from: 'libcurl4', relation: 'libssl3 (>= 3.0.0)', reason: 'not in the package indexes' }]));
    expect(names(closure)).not.toContain('libssl3');
    expect(closure.installedSize).toBeLessThan(install(['curl'], false).installedSize);
  });

  it('lists packages without an Installed-Size as unsized instead of counting 0 bytes', () => {
    const sizeless = { source: 'test', packages: bookworm.packages.map((pkg) => (pkg.name === 'libpsl5' ? { ...pkg, installedSize: Number.NaN } : pkg)) };
    const closure = install(['curl'], false, minbase, [sizeless]);
    expect(closure.unsized).toEqual(['libpsl5']);
    expect(closure.installedSize).toBe(rawSums(APT_CURL_NO_RECOMMENDS)[0] - Number(rawField('libpsl5', 'Installed-Size')) * 1024);
  });

  it('takes the newest version across indexes and ignores other architectures', () => {
    const curl = bookworm.packages.find((pkg) => pkg.name === 'curl')!;
    const newer = { source: 'newer', packages: [{ ...curl, version: `${curl.version}+test1` }] };
    const arm = { source: 'arm64', packages: [{ ...curl, version: `${curl.version}+test2`, architecture: 'arm64' }] };
    const closure = install(['curl'], false, minbase, [bookworm, newer, arm]);
    expect(closure.packages.find((entry) => entry.pkg.name === 'curl')).toMatchObject({ source: 'newer', pkg: { version: `${curl.version}+test1` } });
  });
});
