// The Python part of a PackageIndexSource: a requirements/lock file or a local wheel/sdist of the
// build context with the index's sizes. Not modelled yet (lane P of issue 16 replaces this file, keeping the signatures).
import type { PackageIndexOptions } from './package-index-options';
import type { Knowledge, PythonKnowledge } from './package-knowledge';

const NOT_MODELLED = { status: 'unknown', reason: 'Python requirements and distributions are not modelled yet' } as const;

/** The requirements/lock file or wheel/sdist at `contextPath` (relative to `root`, POSIX separators) with the index's sizes, fetching what the cache lacks. */
export async function loadPythonKnowledge(root: string, contextPath: string, options: PackageIndexOptions): Promise<Knowledge<PythonKnowledge>> {
  return cachedPythonKnowledge(root, contextPath, options);
}

/** As loadPythonKnowledge, from the cache only: no request. */
export function cachedPythonKnowledge(root: string, contextPath: string, options: PackageIndexOptions): Knowledge<PythonKnowledge> {
  void root, contextPath, options;
  return NOT_MODELLED;
}
