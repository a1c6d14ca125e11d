import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Header } from 'tar';
import { assembleBaseImageIndex } from './base-image-index';
import type { ResolvedImage } from './client';
import { indexLayer } from './layer-index';
import { parseImageReference } from './reference';

/** a tar of files (string content) and symbolic links ({ link }) */
function tar(members: Record<string, string | { link: string }>): Buffer {
  const blocks: Buffer[] = [];
  for (const [path, content] of Object.entries(members)) {
    const body = typeof content === 'string' ? Buffer.from(content) : Buffer.alloc(0);
    const header = new Header({ path, mode: 0o644, mtime: new Date(0), size: body.length, ...(typeof content === 'string' ? { type: 'File' } : { type: 'SymbolicLink', linkpath: content.link }) });
    header.encode();
    blocks.push(header.block!, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

const image = (sizes: number[]): ResolvedImage => ({
  reference: parseImageReference('debian:bookworm'),
  digest: `sha256:${'1'.repeat(64)}`,
  platform: { os: 'linux', architecture: 'amd64' },
  config: { env: [], diffIds: [], history: [] },
  layers: sizes.map((size, i) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${String(i).repeat(64)}`, size })),
});

describe('assembleBaseImageIndex', () => {
  test('text files (os-release read through its link to usr/lib), packages, and the three byte figures', async () => {
    const lower = await indexLayer(Readable.from([tar({ 'usr/lib/os-release': 'ID=debian\n', 'etc/os-release': { link: '../usr/lib/os-release' }, 'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\n', 'var/lib/dpkg/status': 'Package: bash\nStatus: install ok installed\nVersion: 5.2\n', 'usr/share/doc/x': 'd'.repeat(1000) })]));
    const upper = await indexLayer(Readable.from([tar({ 'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\napp:x:1000:1000::/home/app:/bin/sh\n', 'usr/share/doc/.wh.x': '' })]));
    const index = assembleBaseImageIndex(image([300, 200]), [lower, upper]);
    expect(index.textFiles).toEqual({
      'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\napp:x:1000:1000::/home/app:/bin/sh\n',
      'etc/os-release': 'ID=debian\n',
      'usr/lib/os-release': 'ID=debian\n',
    });
    expect(index.packages).toEqual([{ name: 'bash', version: '5.2', manager: 'dpkg' }]);
    expect(index.compressedBytes).toBe(500);
    const status = 'Package: bash\nStatus: install ok installed\nVersion: 5.2\n'.length;
    expect(index.fileBytes).toBe(10 + 67 + status);
    // what the layers store includes the passwd the upper layer replaced and the doc it deleted
    expect(index.storedBytes).toBe(10 + 32 + status + 1000 + 67);
  });

  test("apt's sources and configuration are text files of the image, an upper layer's whiteout removing one and a large one not kept", async () => {
    const sources = 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\n';
    const lower = await indexLayer(
      Readable.from([
        tar({
          'etc/apt/sources.list.d/debian.sources': sources,
          'etc/apt/sources.list.d/old.list': 'deb http://example.org/debian bookworm main\n',
          'etc/apt/sources.list.d/huge.list': `#${'x'.repeat(64 * 1024)}\n`,
          'etc/apt/sources.list.d/notes.txt': 'not a source',
          'etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n',
        }),
      ]),
    );
    const upper = await indexLayer(Readable.from([tar({ 'etc/apt/sources.list.d/.wh.old.list': '' })]));
    const index = assembleBaseImageIndex(image([1, 1]), [lower, upper]);
    expect(index.textFiles).toEqual({ 'etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n', 'etc/apt/sources.list.d/debian.sources': sources });
  });

  test("dnf's repositories, dnf.conf and variables are text files of the image", async () => {
    const repo = '[fedora]\nname=Fedora $releasever - $basearch\nmetalink=https://mirrors.fedoraproject.org/metalink?repo=fedora-$releasever&arch=$basearch\n';
    const layer = await indexLayer(
      Readable.from([tar({ 'etc/yum.repos.d/fedora.repo': repo, 'etc/yum.repos.d/fedora.repo.rpmnew': repo, 'etc/dnf/dnf.conf': '[main]\ninstall_weak_deps=False\n', 'etc/dnf/vars/rltype': '\n' })]),
    );
    const index = assembleBaseImageIndex(image([1]), [layer]);
    expect(index.textFiles).toEqual({ 'etc/dnf/dnf.conf': '[main]\ninstall_weak_deps=False\n', 'etc/dnf/vars/rltype': '\n', 'etc/yum.repos.d/fedora.repo': repo });
  });
  test("apk's trusted keys (etc/apk/keys/*.pub) are text files of the image; other files there are not", async () => {
    const pem = readFileSync(join(__dirname, '..', 'package-index', 'fixtures', 'apk', 'keys', 'antkss.rsa.pub'), 'utf8');
    const layer = await indexLayer(Readable.from([tar({ 'etc/apk/keys/antkss.rsa.pub': pem, 'etc/apk/keys/antkss.rsa': 'private', 'etc/apk/keys/sub/x.rsa.pub': pem })]));
    const index = assembleBaseImageIndex(image([1]), [layer]);
    expect(index.textFiles).toEqual({ 'etc/apk/keys/antkss.rsa.pub': pem });
  });
});
