// The npm part of a PackageIndexSource: an npm/yarn/pnpm lockfile of the build context with the
// registry's sizes. Not modelled yet (lane N of issue 16 replaces this file, keeping the signatures).
import type { PackageIndexOptions } from './package-index-options';
import type { Knowledge, NpmKnowledge } from './package-knowledge';

const NOT_MODELLED = { status: 'unknown', reason: 'npm lockfiles are not modelled yet' } as const;

/** The lockfile at `contextPath` (relative to `root`, POSIX separators) with the registry's sizes, fetching what the cache lacks. */
export async function loadNpmKnowledge(root: string, contextPath: string, options: PackageIndexOptions): Promise<Knowledge<NpmKnowledge>> {
  return cachedNpmKnowledge(root, contextPath, options);
}

/** As loadNpmKnowledge, from the cache only: no request. */
export function cachedNpmKnowledge(root: string, contextPath: string, options: PackageIndexOptions): Knowledge<NpmKnowledge> {
  void root, contextPath, options;
  return NOT_MODELLED;
}
