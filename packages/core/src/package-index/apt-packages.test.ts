import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { parsePackages, relations } from './apt-packages';
import { AptIndexError, parseRelease, releaseDay } from './apt-release';
import { decompressed } from './decompress';

const FIXTURES = join(__dirname, 'fixtures');
const PACKAGES = readFileSync(join(FIXTURES, 'bookworm-main-amd64-Packages'));
const PACKAGES_XZ = readFileSync(join(FIXTURES, 'bookworm-main-amd64-Packages.xz'));

/** the bytes in chunks of `size`, so stanzas and lines are split across chunks */
function chunks(bytes: Buffer, size: number): Buffer[] {
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) parts.push(bytes.subarray(at, at + size));
  return parts;
}

const web = (bytes: Buffer) => Readable.toWeb(Readable.from(chunks(bytes, 1000))) as unknown as ReadableStream<Uint8Array>;

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}

describe('parseRelease', () => {
  test("bookworm's InRelease: the signed text, its Date, architectures, components and SHA256 list", () => {
    const release = parseRelease(readFileSync(join(FIXTURES, 'bookworm-InRelease'), 'utf8'));
    expect(release).toMatchObject({ origin: 'Debian', codename: 'bookworm', date: 'Sat, 11 Jul 2026 10:16:37 UTC', components: ['main', 'contrib', 'non-free-firmware', 'non-free'] });
    expect(release.architectures).toContain('arm64');
    expect(release.validUntil).toBeUndefined();
    expect(release.acquireByHash).toBe(true);
    expect(release.files.size).toBe(8);
    expect(release.files.get('main/binary-amd64/Packages.xz')).toEqual({ sha256: '9e0b5aabb2465b3d2e7a7fe27f9913846277833f7a2826e7767acccff5b588c5', size: 8790396 });
    expect(releaseDay(release.date)).toBe('2026-07-11');
  });

  test('a plain Release, dash-escaped signed lines, and the errors: no Date, a malformed SHA256 line, a damaged signed message', () => {
    const plain = `Suite: stable\nDate: Mon, 01 Jun 2026 00:00:00 UTC\nValid-Until: Mon, 08 Jun 2026 00:00:00 UTC\nSHA256:\n ${'a'.repeat(64)} 12 main/binary-amd64/Packages\n`;
    expect(parseRelease(plain)).toMatchObject({ codename: 'stable', validUntil: 'Mon, 08 Jun 2026 00:00:00 UTC', architectures: [], acquireByHash: false });
    const signed = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n- Date: Mon, 01 Jun 2026 00:00:00 UTC\nSHA256:\n ${'b'.repeat(64)} 3 x/Packages\n-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n`;
    expect(parseRelease(signed).files.get('x/Packages')).toEqual({ sha256: 'b'.repeat(64), size: 3 });
    expect(() => parseRelease('Suite: x\nSHA256:\n')).toThrow(new AptIndexError('Release has no Date'));
    expect(() => parseRelease('Date: x\nSHA256:\n zz 1 a\n')).toThrow('Release: malformed SHA256 line "zz 1 a"');
    expect(() => parseRelease('-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n', 'InRelease')).toThrow('InRelease is a damaged signed message');
  });
});

describe('parsePackages', () => {
  test('real bookworm stanzas, split across chunks: sizes in bytes, relations with alternatives, versions and :arch, Provides, Essential, Multi-Arch', async () => {
    const packages = await parsePackages(Readable.from(chunks(PACKAGES, 97)));
    expect(packages.map((p) => p.name)).toEqual(['libc6', 'coreutils', 'gcc-12', 'python3-lib389', 'mawk', 'apt', 'perl']);
    const byName = new Map(packages.map((p) => [p.name, p]));
    expect(byName.get('apt')).toEqual({
      name: 'apt',
      version: '2.6.1',
      architecture: 'amd64',
      installedSize: 4232 * 1024,
      debSize: 1372852,
      depends: relations('adduser, gpgv | gpgv2 | gpgv1, libapt-pkg6.0 (>= 2.6.1), debian-archive-keyring, libc6 (>= 2.34), libgcc-s1 (>= 3.0), libgnutls30 (>= 3.7.5), libseccomp2 (>= 2.4.2), libstdc++6 (>= 11), libsystemd0'),
      preDepends: [],
      recommends: [[{ name: 'ca-certificates' }]],
      provides: [{ name: 'apt-transport-https', version: '2.6.1' }],
      essential: false,
    });
    expect(byName.get('apt')!.depends[1]).toEqual([{ name: 'gpgv' }, { name: 'gpgv2' }, { name: 'gpgv1' }]);
    expect(byName.get('coreutils')).toMatchObject({ essential: true, multiArch: 'foreign', depends: [] });
    expect(byName.get('coreutils')!.preDepends[2]).toEqual([{ name: 'libc6', relation: '>=', version: '2.34' }]);
    expect(byName.get('python3-lib389')).toMatchObject({ architecture: 'all', installedSize: 2268 * 1024 });
    expect(byName.get('python3-lib389')!.depends.flat()).toContainEqual({ name: 'python3', arch: 'any' });
    expect(byName.get('libc6')).toMatchObject({ multiArch: 'same', recommends: [[{ name: 'libidn2-0', relation: '>=', version: '2.0.5~' }]] });
    expect(byName.get('perl')!.provides).toHaveLength(62);
    expect(byName.get('perl')!.provides).toContainEqual({ name: 'libnet-perl', version: '1:3.14' });
    expect(byName.get('perl')!.provides).toContainEqual({ name: 'libversion-requirements-perl' });
    expect(byName.get('perl')).toMatchObject({ multiArch: 'allowed', preDepends: [[{ name: 'dpkg', relation: '>=', version: '1.17.17' }]] });
  });

  test('malformed stanzas are one-line errors naming the stanza', async () => {
    await expect(parsePackages(Readable.from(['Package: a\nArchitecture: all\n\n']))).rejects.toThrow(new AptIndexError('Packages: the stanza ending at line 3 (a) has no Version'));
    await expect(parsePackages(Readable.from(['Package: a\nVersion: 1\nArchitecture: all\nInstalled-Size: 12k\n']))).rejects.toThrow('(a) has a malformed Installed-Size "12k"');
    await expect(parsePackages(Readable.from(['Package: a\nVersion: 1\nArchitecture: all\nDepends: b (>= 1), (c)\n']))).rejects.toThrow('(a) has a malformed relation "(c)"');
    await expect(parsePackages(Readable.from(['Package: a\nno colon here\n']))).rejects.toThrow('Packages: malformed line 2: "no colon here"');
  });
});

describe('decompressed', () => {
  test('xz (the committed excerpt) and gzip decompress to the excerpt', async () => {
    expect((await collect(decompressed('main/binary-amd64/Packages.xz', web(PACKAGES_XZ)))).equals(PACKAGES)).toBe(true);
    const { gzipSync } = await import('node:zlib');
    expect((await collect(decompressed('Packages.gz', web(gzipSync(PACKAGES))))).equals(PACKAGES)).toBe(true);
    expect((await collect(decompressed('Packages', web(PACKAGES)))).equals(PACKAGES)).toBe(true);
  });

  test('a truncated or corrupt xz stream, and a truncated gzip one, are one-line errors', async () => {
    await expect(collect(decompressed('Packages.xz', web(PACKAGES_XZ.subarray(0, PACKAGES_XZ.length - 30))))).rejects.toThrow(new AptIndexError('Packages.xz cannot be decompressed: truncated or not xz'));
    const corrupt = Buffer.from(PACKAGES_XZ);
    corrupt[200] ^= 0xff;
    await expect(collect(decompressed('Packages.xz', web(corrupt)))).rejects.toThrow('Packages.xz cannot be decompressed: corrupt data');
    const { gzipSync } = await import('node:zlib');
    await expect(collect(decompressed('Packages.gz', web(gzipSync(PACKAGES).subarray(0, 500))))).rejects.toThrow(/^Packages.gz cannot be decompressed: /);
  });
});
