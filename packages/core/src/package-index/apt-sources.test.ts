import { parsePlatform } from '../registry/platform';
import { aptIndexTargets, debianArchitecture } from './apt-targets';
import { aptConfig } from './apt-config';
import { aptSources, isAptSourcesFile } from './apt-sources';

// /etc/apt/sources.list.d/debian.sources of this project's Debian bookworm machine, copied 2026-12-06 (the
// deb822 form debian:bookworm images ship)
const DEBIAN_SOURCES = `Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
# http://snapshot.debian.org/archive/debian-security/20250520T000000Z
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`;

describe('aptSources', () => {
  test("bookworm's deb822 file: one source per suite, with its keyring", () => {
    const file = 'etc/apt/sources.list.d/debian.sources';
    const signedBy = '/usr/share/keyrings/debian-archive-keyring.gpg';
    expect(aptSources({ [file]: DEBIAN_SOURCES })).toEqual([
      { uri: 'http://deb.debian.org/debian', suite: 'bookworm', components: ['main'], signedBy, file },
      { uri: 'http://deb.debian.org/debian', suite: 'bookworm-updates', components: ['main'], signedBy, file },
      { uri: 'http://deb.debian.org/debian-security', suite: 'bookworm-security', components: ['main'], signedBy, file },
    ]);
  });

  test('one-line files: options, comments, deb-src left out, sources.list first, then sources.list.d by name', () => {
    const sources = aptSources({
      'etc/apt/sources.list.d/b.list': 'deb [arch=amd64,arm64 signed-by=/k.gpg] https://b.example/apt/ stable main contrib # trailing\n',
      'etc/apt/sources.list.d/a.list': '# deb http://off.example/ x main\ndeb-src http://a.example/ jammy main\ndeb http://a.example/ ./\n',
      'etc/apt/sources.list': 'deb http://archive.ubuntu.com/ubuntu jammy main restricted\n',
    });
    expect(sources.map(({ file, ...rest }) => [file, rest])).toEqual([
      ['etc/apt/sources.list', { uri: 'http://archive.ubuntu.com/ubuntu', suite: 'jammy', components: ['main', 'restricted'] }],
      ['etc/apt/sources.list.d/a.list', { uri: 'http://a.example', suite: './', components: [] }],
      ['etc/apt/sources.list.d/b.list', { uri: 'https://b.example/apt', suite: 'stable', components: ['main', 'contrib'], architectures: ['amd64', 'arm64'], signedBy: '/k.gpg' }],
    ]);
  });

  test('deb822: Enabled: no and deb-src stanzas are left out, Architectures kept, continuation lines joined', () => {
    const text = 'Types: deb-src\nURIs: http://x.example\nSuites: s\nComponents: main\n\nTypes: deb\nEnabled: no\nURIs: http://y.example\nSuites: s\nComponents: main\n\nTypes: deb deb-src\nURIs: http://z.example\nSuites: s\nComponents: main\n universe\nArchitectures: arm64\n';
    expect(aptSources({ 'etc/apt/sources.list.d/x.sources': text })).toEqual([{ uri: 'http://z.example', suite: 's', components: ['main', 'universe'], architectures: ['arm64'], file: 'etc/apt/sources.list.d/x.sources' }]);
  });

  test('which paths are sources files', () => {
    expect(['etc/apt/sources.list', 'etc/apt/sources.list.d/debian.sources', 'etc/apt/sources.list.d/pgdg.list'].every(isAptSourcesFile)).toBe(true);
    expect(['etc/apt/sources.list.d/x.list.save', 'etc/apt/sources.list.d/sub/x.list', 'etc/apt/sources.list~', 'etc/apt/trusted.gpg'].some(isAptSourcesFile)).toBe(false);
  });
});

const DOCKER_GZIP_INDEXES = "# Since Docker users using \"RUN apt-get update && apt-get install -y ...\" in\n# their Dockerfiles don't go delete the lists files afterwards, we want them to\n# be as small as possible on-disk, so we explicitly request that Apt keep them\n# compressed on-disk too instead of decompressing them.\n\n# For comparison, an \"apt-get update\" layer without this on a pristine\n# \"debian:wheezy\" base image was \"29.88 MB\", where with this it was only\n# \"8.273 MB\".\n\nAcquire::GzipIndexes \"true\";\n";
const DOCKER_NO_LANGUAGES = "# In Docker, we don't often need the \"Translations\" files, so we're just wasting\n# time and space by downloading them, and this inhibits that.  For users that do\n# need them, it's a simple matter to delete this file and \"apt-get update\". :)\n\nAcquire::Languages \"none\";\n";

describe('aptConfig', () => {
  test('gzip-indexes and no-languages files as Debian and Ubuntu images ship them, a no-recommends file, flat and scoped forms, later files winning', () => {
    // Debian's own (debuerreotype) files, copied from this project's Debian bookworm machine on 2026-12-06
    expect(aptConfig({ 'etc/apt/apt.conf.d/docker-gzip-indexes': DOCKER_GZIP_INDEXES, 'etc/apt/apt.conf.d/docker-no-languages': DOCKER_NO_LANGUAGES })).toEqual({ gzipIndexes: true, languages: [] });
    // the lines Docker's ubuntu images write (their history: `echo '…' > /etc/apt/apt.conf.d/docker-gzip-indexes`)
    expect(aptConfig({ 'etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true"; Acquire::CompressionTypes::Order:: "gz";\n' })).toEqual({ gzipIndexes: true, compressionOrder: ['gz'] });
    expect(aptConfig({ 'etc/apt/apt.conf.d/10norecommends': '# hand-written\nAPT { Install-Recommends "false"; /* c */ };\n// APT::Install-Recommends "true";\n' })).toEqual({ installRecommends: false });
    expect(aptConfig({ 'etc/apt/apt.conf.d/10a': 'APT::Install-Recommends "0";', 'etc/apt/apt.conf.d/20b': 'APT::Install-Recommends "1";' })).toEqual({ installRecommends: true });
    expect(aptConfig({ 'etc/apt/apt.conf.d/10a.dpkg-old': 'APT::Install-Recommends "0";', 'etc/apt/apt.conf': 'Acquire::http::Proxy "http://p:3128";' })).toEqual({});
    expect(aptConfig({ 'etc/apt/apt.conf.d/l': 'Acquire::Languages { "en"; "de"; };' })).toEqual({ languages: ['en', 'de'] });
  });
});

describe('aptIndexTargets and debianArchitecture', () => {
  test("each component of each source once, sources for other architectures left out; Docker platforms in Debian's names", () => {
    const sources = aptSources({
      'etc/apt/sources.list': 'deb http://deb.debian.org/debian bookworm main contrib\ndeb http://deb.debian.org/debian bookworm main\ndeb [arch=arm64] http://ports.example/ x main\ndeb http://flat.example/ ./\n',
    });
    expect(aptIndexTargets(sources, 'amd64').map(({ source, component }) => `${source.uri} ${source.suite} ${component}`)).toEqual([
      'http://deb.debian.org/debian bookworm main',
      'http://deb.debian.org/debian bookworm contrib',
      'http://flat.example ./ ',
    ]);
    expect(aptIndexTargets(sources, 'arm64')).toHaveLength(4);
    const arch = (text: string) => debianArchitecture(parsePlatform(text)!);
    expect(['linux/amd64', 'linux/arm64/v8', 'linux/arm/v7', 'linux/arm/v5', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/mips64le'].map(arch)).toEqual(['amd64', 'arm64', 'armhf', 'armel', 'i386', 'ppc64el', 's390x', 'mips64el']);
    expect(['linux/arm/v6', 'windows/amd64', 'linux/sparc'].map(arch)).toEqual([undefined, undefined, undefined]);
  });
});
