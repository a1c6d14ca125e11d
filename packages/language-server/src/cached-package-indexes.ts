import { createPackageIndexSource, type LoadingPackageIndexSource, type PackageIndexSource } from '@dflint/core';
import type { AnalysisInput } from './analysis-types';

// In the worker: one package-index source per offline setting, so each index is read from the
// cache once and kept in memory across edits. Analyses only ever ask it what is cached; the main
// thread loads what is missing (background-package-indexes.ts).
const sources = new Map<boolean, LoadingPackageIndexSource>();

/** What an analysis of `input` reads package indexes through, and afterwards the keys of those its cache lacked. */
export function cachedPackageIndexes(input: AnalysisInput): { source: PackageIndexSource; pending(): readonly string[] } {
  const offline = input.registry.offline === true;
  let source = sources.get(offline);
  if (!source) sources.set(offline, (source = createPackageIndexSource({ offline })));
  const failures = new Map(Object.entries(input.packageIndexFailures ?? {}));
  const inner = source;
  let pending: readonly string[] = [];
  return {
    source: {
      load: (document, baseImages, context) => inner.load(document, baseImages, context),
      cached(document, baseImages, context) {
        const states = inner.cached(document, baseImages, context, failures);
        pending = states.pending;
        return states;
      },
    },
    pending: () => pending,
  };
}
