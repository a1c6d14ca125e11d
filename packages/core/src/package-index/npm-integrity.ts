// A lockfile's `integrity` (Subresource Integrity: `sha512-<base64>`, older `sha1-<base64>`, possibly
// several, space separated) checked as npm checks it (ssri's `match`): the strongest algorithm both
// sides have decides, and any of the lockfile's digests of that algorithm equal to the tarball's passes.
import { createHash, type Hash } from 'node:crypto';

/** algorithms node hashes, weakest first (ssri's priority order) */
const ALGORITHMS = ['sha1', 'sha256', 'sha384', 'sha512'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

/** digests (base64) by algorithm */
export type Digests = Partial<Record<Algorithm, string[]>>;

/** The SRI's digests of the algorithms dflint can hash; tokens of other algorithms (or malformed) are left out, as ssri does. */
export function parseIntegrity(sri: string): Digests {
  const digests: Digests = {};
  for (const token of sri.trim().split(/\s+/)) {
    const found = /^([a-z0-9]+)-([A-Za-z0-9+/]+={0,2})(\?[\x21-\x7e]*)?$/.exec(token);
    const algorithm = found?.[1] as Algorithm | undefined;
    if (!found || !algorithm || !ALGORITHMS.includes(algorithm)) continue;
    (digests[algorithm] ??= []).push(found[2]);
  }
  return digests;
}

/** The registry's `dist.integrity` and `dist.shasum` (hex sha1) of a version document as digests. */
export function documentDigests(dist: { integrity?: unknown; shasum?: unknown } | undefined): Digests {
  const digests = typeof dist?.integrity === 'string' ? parseIntegrity(dist.integrity) : {};
  if (typeof dist?.shasum === 'string' && /^[0-9a-f]{40}$/i.test(dist.shasum)) {
    const sha1 = Buffer.from(dist.shasum, 'hex').toString('base64');
    if (!digests.sha1?.includes(sha1)) (digests.sha1 ??= []).push(sha1);
  }
  return digests;
}

/** Digests as an SRI string (what the size cache keeps): `sha512-… sha1-…`. */
export function formatIntegrity(digests: Digests): string {
  return [...ALGORITHMS]
    .reverse()
    .flatMap((algorithm) => (digests[algorithm] ?? []).map((digest) => `${algorithm}-${digest}`))
    .join(' ');
}

export type IntegrityCheck = { status: 'match' } | { status: 'mismatch'; expected: string } | { status: 'unchecked' };

/**
 * `actual` (what the tarball is, or what the registry says it is) against the lockfile's `expected`:
 * the strongest algorithm of `expected` that `actual` has decides; none in common: unchecked.
 * `expected` on a mismatch is the lockfile's tokens of that algorithm.
 */
export function checkIntegrity(actual: Digests, expected: Digests): IntegrityCheck {
  const algorithm = [...ALGORITHMS].reverse().find((each) => (expected[each]?.length ?? 0) > 0 && (actual[each]?.length ?? 0) > 0);
  if (!algorithm) return { status: 'unchecked' };
  const wanted = expected[algorithm]!;
  if (actual[algorithm]!.some((digest) => wanted.includes(digest))) return { status: 'match' };
  return { status: 'mismatch', expected: wanted.map((digest) => `${algorithm}-${digest}`).join(' ') };
}

/** Hashes bytes as they stream with sha512, sha1 and every other algorithm `expected` names. */
export class IntegrityHasher {
  private readonly hashes: [Algorithm, Hash][];

  constructor(expected: Digests) {
    const wanted = new Set<Algorithm>(['sha512', 'sha1', ...(Object.keys(expected) as Algorithm[])]);
    this.hashes = [...wanted].map((algorithm) => [algorithm, createHash(algorithm)]);
  }

  update(chunk: Uint8Array): void {
    for (const [, hash] of this.hashes) hash.update(chunk);
  }

  digests(): Digests {
    return Object.fromEntries(this.hashes.map(([algorithm, hash]) => [algorithm, [hash.digest('base64')]]));
  }
}

/**
 * One line: `ms@2.0.0: tarball does not match package-lock.json's integrity sha512-…` (the tarball as
 * hashed, or as the registry's document states it when it was not downloaded).
 */
export function mismatchReason(label: string, lockfile: string, expected: string): string {
  return `${label}: tarball does not match ${lockfile}'s integrity ${expected}`;
}
