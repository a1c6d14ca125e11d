import { apkArchitecture, apkIndexUrl, parseApkRepositories } from './apk-repositories';

describe('parseApkRepositories', () => {
  test("Alpine's file: one URL a line, comments and blank lines skipped, `@tag` repositories kept with their tag", () => {
    const text = '#/media/cdrom/apks\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community/\n\n@edge https://dl-cdn.alpinelinux.org/alpine/edge/testing\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/main\n';
    const { repositories, refused } = parseApkRepositories(text, 'x86_64');
    expect(repositories).toEqual([
      { url: 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main', file: 'etc/apk/repositories', line: 2 },
      { url: 'https://dl-cdn.alpinelinux.org/alpine/v3.20/community', file: 'etc/apk/repositories', line: 3 },
      { url: 'https://dl-cdn.alpinelinux.org/alpine/edge/testing', tag: 'edge', file: 'etc/apk/repositories', line: 5 },
    ]);
    expect(refused).toEqual([]);
    expect(repositories.map((repository) => apkIndexUrl(repository, 'aarch64'))).toEqual([
      'https://dl-cdn.alpinelinux.org/alpine/v3.20/main/aarch64/APKINDEX.tar.gz',
      'https://dl-cdn.alpinelinux.org/alpine/v3.20/community/aarch64/APKINDEX.tar.gz',
      'https://dl-cdn.alpinelinux.org/alpine/edge/testing/aarch64/APKINDEX.tar.gz',
    ]);
  });

  test("apk-tools 3's lines: `set` variables (and APK_ARCH), `v2 url component…`, `ndx` index files; v3 indexes and local directories are refused with why", () => {
    const text = [
      'set -default mirror=https://dl-cdn.alpinelinux.org/alpine',
      'set -default mirror=https://ignored.example',
      'v2 ${mirror}/v3.21 main community',
      'ndx @local https://example.com/repo/${APK_ARCH}/APKINDEX.tar.gz',
      'v3 https://example.com/v3repo',
      '/media/cdrom/apks',
      'set APK_ARCH=x',
    ].join('\n');
    const { repositories, refused } = parseApkRepositories(text, 'x86_64', 'lib/apk/repositories.d/distribution.list');
    expect(repositories.map((repository) => `${repository.tag ?? ''} ${apkIndexUrl(repository, 'x86_64')}`)).toEqual([
      ' https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz',
      ' https://dl-cdn.alpinelinux.org/alpine/v3.21/community/x86_64/APKINDEX.tar.gz',
      'local https://example.com/repo/x86_64/APKINDEX.tar.gz',
    ]);
    expect(refused.map((line) => `${line.line}: ${line.reason}`)).toEqual(['5: an apk v3 index (.adb), which dflint does not read', '6: a local directory: its index is not fetched', '7: not a valid `set key=value`']);
  });
});

describe('apkArchitecture', () => {
  test("the image platform's apk name, or etc/apk/arch when the image has it; one apk has no name for is an error", () => {
    expect(apkArchitecture({ os: 'linux', architecture: 'amd64' })).toBe('x86_64');
    expect(apkArchitecture({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('aarch64');
    expect(apkArchitecture({ os: 'linux', architecture: 'arm', variant: 'v6' })).toBe('armhf');
    expect(apkArchitecture({ os: 'linux', architecture: 'arm', variant: 'v7' })).toBe('armv7');
    expect(apkArchitecture({ os: 'linux', architecture: '386' })).toBe('x86');
    expect(apkArchitecture({ os: 'linux', architecture: 'amd64' }, 'x86\n')).toBe('x86');
    expect(() => apkArchitecture({ os: 'linux', architecture: 'mips64le' })).toThrow('apk has no architecture for platform linux/mips64le');
    expect(() => apkArchitecture({ os: 'windows', architecture: 'amd64' })).toThrow('apk has no architecture for platform windows/amd64');
    expect(() => apkArchitecture({ os: 'linux', architecture: 'arm', variant: 'v5' })).toThrow('apk has no architecture for platform linux/arm/v5');
    expect(() => apkArchitecture({ os: 'linux', architecture: 'amd64' }, 'x86 64')).toThrow('etc/apk/arch says "x86 64", not an architecture');
  });
});
