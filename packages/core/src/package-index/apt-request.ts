// The package arguments of apt-get as the closure reads them, and how relations are written back in messages.

import type { AptRelation } from './apt-types';

/** A request or relation nothing satisfies; `from` is the package whose relation it is (null: the command line). */
export interface AptUnresolved {
  from: string | null;
  /** as written: `libfoo (>= 2) | libbar`, `curl=1.0` */
  relation: string;
  reason: string;
}

export type AptRequest = { name: string; version?: string } | { reason: string };

/**
 * `curl`, `curl:amd64`, `curl=7.88.1-10`, `curl/bookworm-backports` (the release is not told apart: the
 * candidate is taken); globs, local .deb files, `pkg-` (remove) and foreign architectures are refused with a reason.
 */
export function parseAptRequest(spec: string, architecture: string): AptRequest {
  if (spec.includes('/') && (spec.startsWith('.') || spec.startsWith('/') || spec.endsWith('.deb'))) return { reason: 'a local .deb file (its size is not in the package indexes)' };
  if (/[*?[\]^$]/.test(spec)) return { reason: 'a pattern, not a package name' };
  const match = /^([a-z0-9][a-z0-9+.-]*)(?::([a-z0-9-]+))?(?:=([^/]+)|\/(\S+))?$/.exec(spec);
  if (!match) return { reason: 'not a package name' };
  const [, name, arch, version] = match;
  // a trailing `+` is part of names (g++); a trailing `-` asks apt to remove the package
  if (name.endsWith('-')) return { reason: 'a removal (`pkg-`), not an install' };
  if (arch && arch !== architecture && arch !== 'all' && arch !== 'any' && arch !== 'native') return { reason: `architecture ${arch} is not the image's (${architecture})` };
  return version ? { name, version } : { name };
}

export function formatRelation(relation: AptRelation): string {
  const arch = relation.arch ? `:${relation.arch}` : '';
  return relation.relation ? `${relation.name}${arch} (${relation.relation} ${relation.version})` : `${relation.name}${arch}`;
}
