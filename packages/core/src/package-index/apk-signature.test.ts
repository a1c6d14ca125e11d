import { generateKeyPairSync } from 'node:crypto';
import { ApkSignatureCheck, apkKeyDigest, apkKeysOf } from './apk-signature';
import { ApkIndexError } from './apk-types';
import { ANTKSS_INDEX, ANTKSS_KEY, ANTKSS_KEYS, ANTKSS_SIGNED_FROM, PHP7_INDEX, PHP7_KEYS, PHP7_KEY_FILE, signApkIndex } from './test-apk-signature';

/** the check fed `bytes` in pieces of `size`, finished */
function check(bytes: Buffer, keys: ReadonlyMap<string, string>, size = bytes.length) {
  const signature = new ApkSignatureCheck('APKINDEX.tar.gz', keys);
  for (let at = 0; at < bytes.length; at += size) signature.push(bytes.subarray(at, at + size));
  return signature.finish();
}

const reason = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ApkIndexError) return error.message;
    throw error;
  }
  return 'verified';
};

const flipped = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] ^= 0x01;
  return copy;
};

describe('ApkSignatureCheck', () => {
  test('the committed real indexes verify (.SIGN.RSA.: SHA-1) with their publishers\' keys, however the bytes arrive', () => {
    for (const size of [1, 7, 100, 4096, ANTKSS_INDEX.length]) expect(check(ANTKSS_INDEX, ANTKSS_KEYS, size)).toEqual({ key: 'antkss.rsa.pub', digest: apkKeyDigest(ANTKSS_KEY[1]) });
    expect(check(PHP7_INDEX, PHP7_KEYS, 333).key).toBe('signkey-60dd1390.rsa.pub');
  });

  test('one byte flipped in the signed data segment does not verify; nor does another key under the name the signature gives', () => {
    // the data segment's gzip MTIME (gunzip ignores it, the signature covers it) and a byte of its deflate data
    expect(reason(() => check(flipped(ANTKSS_INDEX, ANTKSS_SIGNED_FROM + 4), ANTKSS_KEYS))).toBe('APKINDEX.tar.gz: signature does not verify with antkss.rsa.pub');
    expect(reason(() => check(flipped(ANTKSS_INDEX, ANTKSS_INDEX.length - 100), ANTKSS_KEYS, 64))).toBe('APKINDEX.tar.gz: signature does not verify with antkss.rsa.pub');
    const other = new Map([['antkss.rsa.pub', [...PHP7_KEYS.values()][0]]]);
    expect(reason(() => check(ANTKSS_INDEX, other))).toBe('APKINDEX.tar.gz: signature does not verify with antkss.rsa.pub');
  });

  test('a key the image lacks, no signature at all, or bytes ending inside the signature segment are refused with the reason', () => {
    expect(reason(() => check(ANTKSS_INDEX, PHP7_KEYS))).toBe('APKINDEX.tar.gz: signed with antkss.rsa.pub, which the image does not trust (no such key in /etc/apk/keys; apk refuses it: UNTRUSTED signature)');
    expect(reason(() => check(ANTKSS_INDEX, new Map()))).toContain('signed with antkss.rsa.pub, which the image does not trust');
    expect(reason(() => check(ANTKSS_INDEX.subarray(ANTKSS_SIGNED_FROM), ANTKSS_KEYS))).toBe('APKINDEX.tar.gz: not signed (apk refuses it: UNTRUSTED signature)');
    expect(reason(() => check(ANTKSS_INDEX.subarray(0, 400), ANTKSS_KEYS))).toBe('APKINDEX.tar.gz: truncated within its signature segment');
  });

  test('the member name picks the hash (.SIGN.RSA256.: SHA-256, .SIGN.RSA512.: SHA-512); apk uses the first signature whose key the image holds', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keys = new Map([['test-5f1e.rsa.pub', pem]]);
    const data = ANTKSS_INDEX.subarray(ANTKSS_SIGNED_FROM);
    expect(check(signApkIndex(data, [{ name: '.SIGN.RSA256.test-5f1e.rsa.pub', hash: 'sha256', key: privateKey }]), keys, 50).key).toBe('test-5f1e.rsa.pub');
    expect(check(signApkIndex(data, [{ name: '.SIGN.RSA512.test-5f1e.rsa.pub', hash: 'sha512', key: privateKey }]), keys).key).toBe('test-5f1e.rsa.pub');
    // a SHA-256 signature named as SHA-1 (and the other way round) does not verify
    expect(reason(() => check(signApkIndex(data, [{ name: '.SIGN.RSA.test-5f1e.rsa.pub', hash: 'sha256', key: privateKey }]), keys))).toBe('APKINDEX.tar.gz: signature does not verify with test-5f1e.rsa.pub');
    expect(reason(() => check(signApkIndex(data, [{ name: '.SIGN.RSA256.test-5f1e.rsa.pub', hash: 'sha1', key: privateKey }]), keys))).toBe('APKINDEX.tar.gz: signature does not verify with test-5f1e.rsa.pub');
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const two = signApkIndex(data, [
      { name: '.SIGN.RSA256.someone-else.rsa.pub', hash: 'sha256', key: stranger },
      { name: '.SIGN.RSA256.test-5f1e.rsa.pub', hash: 'sha256', key: privateKey },
    ]);
    expect(check(two, keys).key).toBe('test-5f1e.rsa.pub');
    expect(reason(() => check(two, new Map()))).toContain('signed with someone-else.rsa.pub, test-5f1e.rsa.pub, which the image does not trust');
  });

  test('apkKeysOf: the .pub files directly in etc/apk/keys, by name', () => {
    const keys = apkKeysOf({ ...PHP7_KEY_FILE, 'etc/apk/keys/old.rsa': 'x', 'etc/apk/keys/sub/a.rsa.pub': 'x', 'etc/apk/repositories': 'x' });
    expect([...keys.keys()]).toEqual(['signkey-60dd1390.rsa.pub']);
  });
});
