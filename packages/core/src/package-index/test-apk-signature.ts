// Test helpers for APKINDEX signatures: the committed fixtures' real keys, and a signature segment
// made in a test (for `.SIGN.RSA256.`, of which no real index was found: fixtures/apk/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sign, type KeyObject } from 'node:crypto';
import { APK_KEYS_DIR } from './apk-repositories';

const FIXTURES = join(__dirname, 'fixtures', 'apk');
export const PHP7_INDEX = readFileSync(join(FIXTURES, 'php7-x86_64-APKINDEX.tar.gz'));
export const ANTKSS_INDEX = readFileSync(join(FIXTURES, 'antkss-x86_64-APKINDEX.tar.gz'));
/** where each fixture's signature segment ends: its signed bytes follow */
export const PHP7_SIGNED_FROM = 655;
export const ANTKSS_SIGNED_FROM = 712;

const key = (name: string) => readFileSync(join(FIXTURES, 'keys', name), 'utf8');
export const PHP7_KEY = ['signkey-60dd1390.rsa.pub', key('signkey-60dd1390.rsa.pub')] as const;
export const ANTKSS_KEY = ['antkss.rsa.pub', key('antkss.rsa.pub')] as const;
export const PHP7_KEYS: ReadonlyMap<string, string> = new Map([PHP7_KEY]);
export const ANTKSS_KEYS: ReadonlyMap<string, string> = new Map([ANTKSS_KEY]);
/** the php7 index's key as a base image's text file */
export const PHP7_KEY_FILE = { [`${APK_KEYS_DIR}${PHP7_KEY[0]}`]: PHP7_KEY[1] };

/** A ustar member header (regular file) for a signature segment. */
function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 'latin1');
  block.write('0000644\0', 100, 'latin1');
  block.write('0000000\0', 108, 'latin1');
  block.write('0000000\0', 116, 'latin1');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  block.write('00000000000\0', 136, 'latin1');
  block.write('0', 156, 'latin1');
  block.write('ustar\x0000', 257, 'latin1');
  block.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

/** `signed` behind a new signature segment: each member named `name`, signing with `hash` (as abuild-sign does, without the tar's end blocks). */
export function signApkIndex(signed: Buffer, members: Array<{ name: string; hash: string; key: KeyObject }>): Buffer {
  const tar = members.flatMap(({ name, hash, key }) => {
    const signature = sign(hash, signed, key);
    return [header(name, signature.length), signature, Buffer.alloc((512 - (signature.length % 512)) % 512)];
  });
  return Buffer.concat([gzipSync(Buffer.concat(tar)), signed]);
}
