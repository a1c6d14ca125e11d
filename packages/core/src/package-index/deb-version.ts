// Debian version comparison, as dpkg does it (lib/dpkg/version.c: parseversion's split into epoch,
// upstream version and revision; verrevcmp; dpkg_version_compare), and the relations of Depends fields.

import type { AptRelation } from './apt-types';

/** dpkg's order(): digits 0, letters their code, `~` before everything (even the end), other characters after letters. */
function order(code: number): number {
  if (code >= 48 && code <= 57) return 0;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return code;
  if (code === 126) return -1;
  return code ? code + 256 : 0;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** dpkg's verrevcmp over one part (upstream version or revision): < 0, 0 or > 0. A missing character reads as 0 (C's NUL). */
export function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  const at = (text: string, k: number): number => (k < text.length ? text.charCodeAt(k) : 0);
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(at(a, i))) || (j < b.length && !isDigit(at(b, j)))) {
      const ac = order(at(a, i));
      const bc = order(at(b, j));
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (at(a, i) === 48) i++;
    while (at(b, j) === 48) j++;
    while (isDigit(at(a, i)) && isDigit(at(b, j))) {
      if (!firstDiff) firstDiff = at(a, i) - at(b, j);
      i++;
      j++;
    }
    if (isDigit(at(a, i))) return 1;
    if (isDigit(at(b, j))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

interface ParsedVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

const parsed = new Map<string, ParsedVersion>();

/** parseVersion, remembered: an index has ~60,000 distinct versions, compared again and again by the closure */
function parseVersion(version: string): ParsedVersion {
  let found = parsed.get(version);
  if (!found) {
    if (parsed.size >= 200_000) parsed.clear();
    parsed.set(version, (found = splitVersion(version)));
  }
  return found;
}

/** dpkg's parseversion: `epoch:` before the first colon (0 when absent), the revision after the last hyphen ("" when none). */
function splitVersion(version: string): ParsedVersion {
  const text = version.trim();
  const colon = text.indexOf(':');
  const epoch = colon >= 0 ? Number(text.slice(0, colon)) || 0 : 0;
  const rest = colon >= 0 ? text.slice(colon + 1) : text;
  const hyphen = rest.lastIndexOf('-');
  return hyphen >= 0 ? { epoch, upstream: rest.slice(0, hyphen), revision: rest.slice(hyphen + 1) } : { epoch, upstream: rest, revision: '' };
}

/** dpkg_version_compare: < 0 when a is older than b, 0 when equal, > 0 when newer. */
export function compareDebianVersions(a: string, b: string): number {
  if (a === b) return 0;
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (left.epoch !== right.epoch) return left.epoch > right.epoch ? 1 : -1;
  return verrevcmp(left.upstream, right.upstream) || verrevcmp(left.revision, right.revision);
}

/** Whether `version` satisfies a relation's version part (`>= 2.34`); a relation without one accepts any version. */
export function versionSatisfies(version: string, relation: AptRelation['relation'], required: string | undefined): boolean {
  if (!relation || required === undefined) return true;
  const cmp = compareDebianVersions(version, required);
  switch (relation) {
    case '<<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '=':
      return cmp === 0;
    case '>=':
      return cmp >= 0;
    case '>>':
      return cmp > 0;
  }
}
