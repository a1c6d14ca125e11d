import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseApkIndexText, readApkIndexArchive } from './apk-index';

const FIXTURES = join(__dirname, 'fixtures', 'apk');
const PHP7 = readFileSync(join(FIXTURES, 'php7-x86_64-APKINDEX.tar.gz'));
const ANTKSS = readFileSync(join(FIXTURES, 'antkss-x86_64-APKINDEX.tar.gz'));

/** the bytes as a web stream of `size`-byte chunks */
function stream(bytes: Buffer, size = 1024) {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(at, (at += size))));
    },
  }) as unknown as import('node:stream/web').ReadableStream<Uint8Array>;
}

/** a ustar member: header + content padded to 512 bytes */
function member(name: string, content: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const body = Buffer.alloc(Math.ceil(content.length / 512) * 512);
  body.write(content);
  return Buffer.concat([header, body]);
}

describe('readApkIndexArchive', () => {
  test('reads a real signed index (the signature gzip stream, then DESCRIPTION and APKINDEX) as it streams in small chunks', async () => {
    const archive = await readApkIndexArchive(stream(PHP7, 100), 'php7 APKINDEX.tar.gz');
    expect(archive.description).toBe('phpaltver');
    expect(archive.signatures).toEqual(['.SIGN.RSA.signkey-60dd1390.rsa.pub']);
    expect(archive.packages).toHaveLength(70);
    expect(archive.packages[0]).toEqual({
      name: 'php7-sqlite3',
      version: '7.3.29-r0',
      architecture: 'x86_64',
      installedSize: 90112,
      size: 19019,
      depends: [{ name: 'php7-common' }, { name: 'so:libc.musl-x86_64.so.1' }, { name: 'so:libsqlite3.so.0' }],
      provides: [{ name: 'php-sqlite3' }],
      installIf: [],
      origin: 'php7',
      buildTime: 1626250906,
      providerPriority: 100,
    });
    const common = archive.packages.find((p) => p.name === 'php7-common');
    expect(common?.provides).toContainEqual({ name: 'php-common' });
    const doc = archive.packages.find((p) => p.name === 'php7-doc');
    expect(doc?.installIf).toEqual([{ name: 'docs' }, { name: 'php7', operator: '=', version: '7.3.29-r0' }]);
  });

  test('reads an index without DESCRIPTION, with versioned so:/pc:/cmd: provides and versioned pc: dependencies', async () => {
    const archive = await readApkIndexArchive(stream(ANTKSS));
    expect(archive.description).toBeUndefined();
    expect(archive.packages).toHaveLength(17);
    const cava = archive.packages.find((p) => p.name === 'libcava');
    expect(cava?.provides).toEqual([{ name: 'so:libcava.so', version: '0' }, { name: 'pc:cava', version: '0.10.4' }]);
    const astal = archive.packages.find((p) => p.name === 'astal-git');
    expect(astal?.depends).toContainEqual({ name: 'pc:cava', operator: '>=', version: '0.10.3' });
  });

  test('a truncated, corrupt or non-gzip file, a tar without APKINDEX and a malformed record are one-line errors', async () => {
    await expect(readApkIndexArchive(stream(PHP7.subarray(0, PHP7.length - 600)), 'main/x86_64/APKINDEX.tar.gz')).rejects.toThrow(/^main\/x86_64\/APKINDEX\.tar\.gz cannot be decompressed: unexpected end of file$/);
    const corrupt = Buffer.from(PHP7);
    for (let i = 1200; i < 1400; i++) corrupt[i] ^= 0x5a;
    await expect(readApkIndexArchive(stream(corrupt), 'x/APKINDEX.tar.gz')).rejects.toThrow(/^x\/APKINDEX\.tar\.gz (cannot be decompressed|is damaged or truncated): /);
    await expect(readApkIndexArchive(stream(Buffer.from('<html>not found</html>')), 'x/APKINDEX.tar.gz')).rejects.toThrow('x/APKINDEX.tar.gz cannot be decompressed: incorrect header check');
    const end = Buffer.alloc(1024);
    await expect(readApkIndexArchive(stream(gzipSync(Buffer.concat([member('DESCRIPTION', 'v3.20\n'), end]))), 'x')).rejects.toThrow('x has no APKINDEX member');
    await expect(readApkIndexArchive(stream(gzipSync(Buffer.concat([member('APKINDEX', 'P:a\nV:1.0-r0\nI:12k\n\n'), end]))), 'x')).rejects.toThrow("x: APKINDEX (the record ending on line 4): a's I: is not a number (\"12k\")");
    const cutTar = gzipSync(Buffer.concat([member('APKINDEX', 'P:a\nV:1.0-r0\n\n')]).subarray(0, 600));
    await expect(readApkIndexArchive(stream(cutTar), 'x')).rejects.toThrow(/^x is damaged or truncated: /);
  });
});

describe('parseApkIndexText', () => {
  test('reads records of an installed database too (file lists and unknown fields skipped); a line that is not `X:value` or a record without P:/V: is an error', () => {
    const installed = readFileSync(join(FIXTURES, 'installed-aarch64'), 'utf8');
    const packages = parseApkIndexText(installed, 'lib/apk/db/installed');
    expect(packages.map((p) => `${p.name} ${p.version} ${p.installedSize}`)).toEqual(['alpine-baselayout-data 3.2.0-r22 73728', 'musl 1.2.3-r0 651264', 'busybox 1.35.0-r17 1015808', 'alpine-baselayout 3.2.0-r22 339968']);
    expect(packages[2].provides).toEqual([{ name: '/bin/sh' }, { name: 'cmd:busybox', version: '1.35.0-r17' }, { name: 'cmd:sh', version: '1.35.0-r17' }]);
    expect(packages[3].depends).toEqual([{ name: 'alpine-baselayout-data', operator: '=', version: '3.2.0-r22' }, { name: '/bin/sh' }, { name: 'so:libc.musl-aarch64.so.1' }]);
    expect(() => parseApkIndexText('P:a\nV:1\nnot a field\n', 'X')).toThrow('X: malformed line 3: "not a field"');
    expect(() => parseApkIndexText('P:a\n\n', 'X')).toThrow('X (the record ending on line 2) has no V: version');
  });
});
