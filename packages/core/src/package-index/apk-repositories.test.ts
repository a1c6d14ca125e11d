import { Readable } from 'node:stream';
import { Header } from 'tar';
import { assembleBaseImageIndex } from '../registry/base-image-index';
import { indexLayer } from '../registry/layer-index';
import { parseImageReference } from '../registry/reference';
import { parseApkWorld } from './apk-catalog';
import { apkArchitecture, apkIndexCacheName, apkIndexUrl, APK_ARCH_FILE, APK_REPOSITORIES_FILE, parseApkRepositories } from './apk-repositories';

/** a tar of files */
function tar(members: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [path, content] of Object.entries(members)) {
    const body = Buffer.from(content);
    const header = new Header({ path, mode: 0o644, mtime: new Date(0), size: body.length, type: 'File' });
    header.encode();
    blocks.push(header.block!, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

describe("the base image's apk files", () => {
  test('the layer index keeps etc/apk/repositories, arch and world as text files, read here into repositories, architecture and world', async () => {
    const layer = await indexLayer(
      Readable.from([
        tar({
          'etc/apk/repositories': 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community\n',
          'etc/apk/arch': 'aarch64\n',
          'etc/apk/world': 'alpine-baselayout\nbusybox\n',
          'lib/apk/db/installed': 'P:musl\nV:1.2.5-r0\nI:651264\n\n',
        }),
      ]),
    );
    const platform = { os: 'linux', architecture: 'arm64', variant: 'v8' };
    const index = assembleBaseImageIndex(
      { reference: parseImageReference('alpine:3.20'), digest: `sha256:${'1'.repeat(64)}`, platform, config: { env: [], diffIds: [], history: [] }, layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${'0'.repeat(64)}`, size: 1 }] },
      [layer],
    );
    const texts = index.textFiles ?? {};
    const architecture = apkArchitecture(platform, texts[APK_ARCH_FILE]);
    expect(architecture).toBe('aarch64');
    expect(parseApkRepositories(texts[APK_REPOSITORIES_FILE] ?? '', architecture).repositories.map((repository) => apkIndexUrl(repository, architecture))).toEqual([
      'https://dl-cdn.alpinelinux.org/alpine/v3.20/main/aarch64/APKINDEX.tar.gz',
      'https://dl-cdn.alpinelinux.org/alpine/v3.20/community/aarch64/APKINDEX.tar.gz',
    ]);
    expect(parseApkWorld(texts['etc/apk/world'] ?? '')).toEqual([{ name: 'alpine-baselayout' }, { name: 'busybox' }]);
    expect(index.packages).toEqual([{ name: 'musl', version: '1.2.5-r0', installedSize: 651264, manager: 'apk' }]);
  });
});

describe('parseApkRepositories', () => {
  test("Alpine's file: one URL a line, comments and blank lines skipped, `@tag` repositories kept with their tag", () => {
    const text = '#/media/cdrom/apks\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community/\n\n@edge https://dl-cdn.alpinelinux.org/alpine/edge/testing\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/main\n';
    const { repositories, refused } = parseApkRepositories(text, 'x86_64');
    expect(repositories).toEqual([
      { url: 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main', file: 'etc/apk/repositories', line: 2 },
      { url: 'https://dl-cdn.alpinelinux.org/alpine/v3.20/community/', file: 'etc/apk/repositories', line: 3 },
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

describe('apkIndexCacheName', () => {
  // real names: a 2020 build log (Alpine 3.12, apk-tools 2.10) ran `rm -rf /var/cache/apk/APKINDEX.2c4ac24e.tar.gz
  // /var/cache/apk/APKINDEX.40a3604f.tar.gz` for http://dl-cdn.alpinelinux.org/alpine/v3.12/{main,community}; a 2025
  // mail listed APKINDEX.73fc500b.tar.gz (425K) and APKINDEX.eb46142e.tar.gz (1.4M) of an Alpine 3.18 initrd
  test("the name of the index apk keeps in /var/cache/apk: the hash of the repository URL, or of the index URL since apk-tools 2.12.14/2.14.1, by the image's apk-tools", () => {
    const { repositories: old } = parseApkRepositories('http://dl-cdn.alpinelinux.org/alpine/v3.12/main\nhttp://dl-cdn.alpinelinux.org/alpine/v3.12/community\n', 'x86_64');
    expect(old.map((repository) => apkIndexCacheName(repository, 'x86_64', '2.10.5-r1'))).toEqual(['APKINDEX.2c4ac24e.tar.gz', 'APKINDEX.40a3604f.tar.gz']);
    const { repositories } = parseApkRepositories('https://dl-cdn.alpinelinux.org/alpine/v3.18/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.18/community\n', 'x86_64');
    expect(repositories.map((repository) => apkIndexCacheName(repository, 'x86_64', '2.14.4-r0'))).toEqual(['APKINDEX.73fc500b.tar.gz', 'APKINDEX.eb46142e.tar.gz']);
    expect(apkIndexCacheName(repositories[0], 'x86_64', '2.14.0-r2')).toBe(apkIndexCacheName(repositories[0], 'x86_64', '2.12.10-r1'));
    expect(apkIndexCacheName(repositories[0], 'x86_64', '2.12.14-r0')).toBe('APKINDEX.73fc500b.tar.gz');
    // apk-tools 3 hashes the index URL with SHA-256 (src/database.c; no real name found to check it against)
    expect(apkIndexCacheName(repositories[0], 'x86_64', '3.0.3-r1')).toMatch(/^APKINDEX\.[0-9a-f]{8}\.tar\.gz$/);
    expect(apkIndexCacheName(repositories[0], 'x86_64', '3.0.3-r1')).not.toBe('APKINDEX.73fc500b.tar.gz');
    expect(apkIndexCacheName(repositories[0], 'x86_64', undefined)).toBeUndefined();
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
