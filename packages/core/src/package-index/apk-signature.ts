// An APKINDEX.tar.gz's signature, checked as apk-tools 2 checks it (src/extract_v2.c): the first
// gzip stream is a tar of `.SIGN.RSA.<key>` (SHA-1), `.SIGN.RSA256.<key>` (SHA-256) or
// `.SIGN.RSA512.<key>` (SHA-512) members, each an RSA PKCS#1 v1.5 signature over the raw,
// still-compressed bytes of everything after that stream; apk uses the first whose key is in
// /etc/apk/keys and refuses the index when none is ("UNTRUSTED signature").
import { createHash, createVerify, type Verify } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { APK_KEYS_DIR, isApkKeyFile } from './apk-repositories';
import { ApkIndexError } from './apk-types';

/** the image's trusted keys: file name in etc/apk/keys → PEM text */
export type ApkKeys = ReadonlyMap<string, string>;

/** The key that verified an index: its name and its PEM's SHA-256 (what the index cache keeps). */
export interface ApkSigner {
  key: string;
  digest: string;
}

/** the signature segment is a few hundred bytes; more than this before it ends is not an APKINDEX */
const MAX_SIGNATURE_SEGMENT = 64 * 1024;
const ALGORITHMS: ReadonlyArray<readonly [string, string]> = [
  ['.SIGN.RSA512.', 'sha512'],
  ['.SIGN.RSA256.', 'sha256'],
  ['.SIGN.RSA.', 'sha1'],
];

/** The keys among an image's text files (layer-index.ts keeps etc/apk/keys/*.pub). */
export function apkKeysOf(textFiles: Readonly<Record<string, string>>): ApkKeys {
  const keys = new Map<string, string>();
  for (const [path, text] of Object.entries(textFiles)) if (isApkKeyFile(path)) keys.set(path.slice(APK_KEYS_DIR.length), text);
  return keys;
}

/** A short fingerprint of a key set: indexes verified with other keys are other loads. */
export function apkKeysDigest(keys: ApkKeys): string {
  const hash = createHash('sha256');
  for (const name of [...keys.keys()].sort()) hash.update(`${name}\0${keys.get(name)}\0`);
  return hash.digest('hex').slice(0, 16);
}

export function apkKeyDigest(pem: string): string {
  return createHash('sha256').update(pem).digest('hex');
}

/**
 * Fed the raw bytes of an APKINDEX.tar.gz as they stream: keeps them only until the signature
 * segment ends (bounded), then hashes the rest as it passes. `finish()` verifies and names the key;
 * a signature that does not verify, a key the image lacks or no signature is a one-line ApkIndexError.
 */
export class ApkSignatureCheck {
  private head: Buffer[] = [];
  private headBytes = 0;
  private verify?: Verify;
  private signer?: { key: string; pem: string; signature: Buffer };

  constructor(
    private readonly name: string,
    private readonly keys: ApkKeys,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.verify) {
      this.verify.update(chunk);
      return;
    }
    this.head.push(Buffer.from(chunk));
    this.headBytes += chunk.length;
    const head = Buffer.concat(this.head);
    this.head = [head];
    const end = segmentEnd(head, this.name);
    if (end === undefined) {
      if (this.headBytes > MAX_SIGNATURE_SEGMENT) throw new ApkIndexError(`${this.name}: no signature segment in its first ${MAX_SIGNATURE_SEGMENT} bytes`);
      return;
    }
    const entries = tarEntries(inflateRawSync(head.subarray(end.deflate, end.end - 8)));
    const signatures = entries.filter((entry) => entry.name.startsWith('.SIGN.'));
    if (signatures.length === 0) throw new ApkIndexError(`${this.name}: not signed (apk refuses it: UNTRUSTED signature)`);
    let algorithm: string | undefined;
    for (const entry of signatures) {
      const type = ALGORITHMS.find(([prefix]) => entry.name.startsWith(prefix));
      const pem = type && this.keys.get(entry.name.slice(type[0].length));
      if (!type || pem === undefined) continue;
      this.signer = { key: entry.name.slice(type[0].length), pem, signature: entry.data };
      algorithm = type[1];
      break;
    }
    if (!this.signer || !algorithm) {
      const named = signatures.map((entry) => entry.name.replace(/^\.SIGN\.[A-Z0-9]+\./, '')).join(', ');
      throw new ApkIndexError(`${this.name}: signed with ${named}, which the image does not trust (no such key in /${APK_KEYS_DIR.slice(0, -1)}; apk refuses it: UNTRUSTED signature)`);
    }
    this.verify = createVerify(algorithm);
    this.verify.update(head.subarray(end.end));
    this.head = [];
  }

  /** After the last byte: the key that verified the index. */
  finish(): ApkSigner {
    if (!this.verify || !this.signer) throw new ApkIndexError(`${this.name}: truncated within its signature segment`);
    let good: boolean;
    try {
      good = this.verify.verify(this.signer.pem, this.signer.signature);
    } catch (error) {
      throw new ApkIndexError(`${this.name}: ${this.signer.key} is not a usable RSA public key (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
    }
    if (!good) throw new ApkIndexError(`${this.name}: signature does not verify with ${this.signer.key}`);
    return { key: this.signer.key, digest: apkKeyDigest(this.signer.pem) };
  }
}

/** Where the first gzip member's deflate data starts and where the member ends (after its trailer), once all of it is in `head`. */
function segmentEnd(head: Buffer, name: string): { deflate: number; end: number } | undefined {
  if (head.length < 10) return undefined;
  if (head[0] !== 0x1f || head[1] !== 0x8b || head[2] !== 8) throw new ApkIndexError(`${name} cannot be decompressed: incorrect header check`);
  const flags = head[3];
  let at = 10;
  if (flags & 4) {
    if (head.length < at + 2) return undefined;
    at += 2 + head.readUInt16LE(at);
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const zero = head.indexOf(0, at);
    if (zero < 0) return undefined;
    at = zero + 1;
  }
  if (flags & 2) at += 2;
  if (head.length <= at) return undefined;
  let consumed: number;
  try {
    consumed = (inflateRawSync(head.subarray(at), { info: true }) as unknown as { engine: { bytesWritten: number } }).engine.bytesWritten;
  } catch {
    return undefined; // not all of it yet (a damaged stream is reported by the reader's gunzip)
  }
  const end = at + consumed + 8;
  return head.length >= end ? { deflate: at, end } : undefined;
}

/** The regular files of a tar without its end blocks (ustar headers; pax extended headers skipped). */
function tarEntries(tar: Buffer): Array<{ name: string; data: Buffer }> {
  const entries: Array<{ name: string; data: Buffer }> = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = header.toString('latin1', 0, 100).replace(/\0.*$/s, '');
    const size = parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156]);
    if (!Number.isSafeInteger(size)) break;
    if (type === '0' || type === '\0') entries.push({ name: name.replace(/^\.\//, ''), data: tar.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}
