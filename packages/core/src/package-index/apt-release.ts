import { deb822Stanzas } from './apt-sources';

/** One index file a Release lists under `SHA256:`. */
export interface ReleaseFile {
  sha256: string;
  size: number;
}

/** What dflint reads of a suite's `InRelease`/`Release` file. */
export interface AptRelease {
  origin?: string;
  /** Codename, else Suite (`bookworm`) */
  codename?: string;
  /** `Date:` as written (`Sat, 11 Jul 2026 10:16:37 UTC`) */
  date: string;
  validUntil?: string;
  /** `Acquire-By-Hash: yes`: each index is also at `<its directory>/by-hash/SHA256/<sha256>`, which does not change while the mirror updates */
  acquireByHash: boolean;
  architectures: string[];
  components: string[];
  /** by path relative to the suite's directory (`main/binary-amd64/Packages.xz`) */
  files: Map<string, ReleaseFile>;
}

export class AptIndexError extends Error {}

/**
 * Parses a Release file, or the signed text of an InRelease one (its OpenPGP signature is not
 * checked: dflint only reads sizes, and the Packages file is checked against this list).
 */
export function parseRelease(text: string, name = 'Release'): AptRelease {
  const [stanza] = deb822Stanzas(signedText(text, name).replace(/^([A-Za-z0-9-]+):\n/gm, '$1: \n'));
  const date = stanza?.get('date');
  const sums = stanza?.get('sha256');
  if (!stanza || !date || sums === undefined) throw new AptIndexError(`${name} has no ${!date ? 'Date' : 'SHA256 list'}`);
  const files = new Map<string, ReleaseFile>();
  for (const line of sums.split('\n')) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-f]{64})\s+(\d+)\s+(\S+)$/.exec(line.trim());
    if (!match) throw new AptIndexError(`${name}: malformed SHA256 line "${line.trim().slice(0, 80)}"`);
    files.set(match[3], { sha256: match[1], size: Number(match[2]) });
  }
  const words = (field: string) => (stanza.get(field) ?? '').split(/\s+/).filter(Boolean);
  const validUntil = stanza.get('valid-until');
  return {
    ...(stanza.has('origin') ? { origin: stanza.get('origin') } : {}),
    ...(stanza.has('codename') || stanza.has('suite') ? { codename: stanza.get('codename') ?? stanza.get('suite') } : {}),
    date,
    ...(validUntil ? { validUntil } : {}),
    acquireByHash: /^yes$/i.test(stanza.get('acquire-by-hash') ?? ''),
    architectures: words('architectures'),
    components: words('components'),
    files,
  };
}

/** The clear-signed message of an InRelease file (dash-escaping undone); a plain Release as it is. */
function signedText(text: string, name: string): string {
  const normalized = text.replace(/\r\n/g, '\n');
  if (!normalized.startsWith('-----BEGIN PGP SIGNED MESSAGE-----')) return normalized;
  const start = normalized.indexOf('\n\n');
  const end = normalized.indexOf('\n-----BEGIN PGP SIGNATURE-----');
  if (start < 0 || end < start) throw new AptIndexError(`${name} is a damaged signed message`);
  return normalized
    .slice(start + 2, end + 1)
    .split('\n')
    .map((line) => (line.startsWith('- ') ? line.slice(2) : line))
    .join('\n');
}

/** `Sat, 11 Jul 2026 10:16:37 UTC` → `2026-07-11`; the text itself when it is not a date. */
export function releaseDay(date: string): string {
  const time = Date.parse(date.replace(/\bUTC$/, 'GMT'));
  return Number.isNaN(time) ? date : new Date(time).toISOString().slice(0, 10);
}
