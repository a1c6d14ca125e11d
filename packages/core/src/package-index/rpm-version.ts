// rpm's version order (rpmvercmp, rpm 4.x lib/rpmvercmp.c) and its dependency ranges (rpmdsCompare):
// what dnf (through libsolv, which implements the same order) uses to pick the highest EVR and to
// decide whether a provide meets a requirement.
import type { RpmDependency, RpmFlags } from './rpm-types';

const isDigit = (c: string) => c >= '0' && c <= '9';
const isAlpha = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isAlnum = (c: string) => isDigit(c) || isAlpha(c);

/** rpmvercmp: -1, 0 or 1. Segments of digits compare as numbers, letters as strings, `~` sorts before anything, `^` after the end only. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^') i++;
    while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^') j++;
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (!(i < a.length && j < b.length)) break;
    const numeric = isDigit(a[i]);
    const inSegment = numeric ? isDigit : isAlpha;
    let endA = i;
    let endB = j;
    while (endA < a.length && inSegment(a[endA])) endA++;
    while (endB < b.length && inSegment(b[endB])) endB++;
    // a numeric segment is newer than an alphabetic one
    if (endB === j) return numeric ? 1 : -1;
    let segA = a.slice(i, endA);
    let segB = b.slice(j, endB);
    if (numeric) {
      segA = segA.replace(/^0+/, '');
      segB = segB.replace(/^0+/, '');
      if (segA.length !== segB.length) return segA.length > segB.length ? 1 : -1;
    }
    if (segA !== segB) return segA < segB ? -1 : 1;
    i = endA;
    j = endB;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

export interface Evr {
  epoch?: number;
  version?: string;
  release?: string;
}

/** Epochs (absent = 0), then versions, then releases when both sides have one (a requirement without a release matches any). */
export function compareEvr(a: Evr, b: Evr): number {
  const epochs = (a.epoch ?? 0) - (b.epoch ?? 0);
  if (epochs !== 0) return Math.sign(epochs);
  const versions = rpmvercmp(a.version ?? '', b.version ?? '');
  if (versions !== 0 || a.release === undefined || b.release === undefined) return versions;
  return rpmvercmp(a.release, b.release);
}

/** `1:2.34-58.el9`, `2.34-58.el9`, `2.34` → its parts */
export function parseEvr(text: string): Evr {
  const colon = text.indexOf(':');
  const epoch = colon > 0 && /^\d+$/.test(text.slice(0, colon)) ? Number(text.slice(0, colon)) : undefined;
  const rest = colon > 0 && epoch !== undefined ? text.slice(colon + 1) : text;
  const dash = rest.lastIndexOf('-');
  return { ...(epoch !== undefined ? { epoch } : {}), version: dash >= 0 ? rest.slice(0, dash) : rest, ...(dash >= 0 ? { release: rest.slice(dash + 1) } : {}) };
}

const LESS = new Set<RpmFlags>(['LT', 'LE']);
const GREATER = new Set<RpmFlags>(['GT', 'GE']);
const EQUAL = new Set<RpmFlags>(['EQ', 'LE', 'GE']);

/** rpmdsCompare: whether two ranges overlap; an unversioned side (no flags) overlaps everything. */
export function rangesOverlap(a: { name?: string; flags?: RpmFlags } & Evr, b: { name?: string; flags?: RpmFlags } & Evr): boolean {
  if (!a.flags || !b.flags) return true;
  const sense = compareEvr(a, b);
  if (sense < 0) return GREATER.has(a.flags) || LESS.has(b.flags);
  if (sense > 0) return LESS.has(a.flags) || GREATER.has(b.flags);
  return (EQUAL.has(a.flags) && EQUAL.has(b.flags)) || (LESS.has(a.flags) && LESS.has(b.flags)) || (GREATER.has(a.flags) && GREATER.has(b.flags));
}

/** Whether a package's own EVR meets a requirement on its name (`glibc >= 2.34`). */
export function evrSatisfies(evr: Evr, requirement: RpmDependency): boolean {
  return rangesOverlap({ flags: 'EQ', ...evr }, requirement);
}

/** `glibc >= 2.34-1`, `/bin/sh`: a requirement as dnf prints it */
export function formatDependency(dep: RpmDependency): string {
  if (!dep.flags) return dep.name;
  const op = { EQ: '=', LT: '<', LE: '<=', GT: '>', GE: '>=' }[dep.flags];
  return `${dep.name} ${op} ${dep.epoch ? `${dep.epoch}:` : ''}${dep.version ?? ''}${dep.release !== undefined ? `-${dep.release}` : ''}`;
}
