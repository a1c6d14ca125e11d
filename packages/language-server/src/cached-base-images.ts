import { BEING_RESOLVED, type BaseImageSource } from '@dflint/core';
import type { AnalysisInput } from './analysis-types';
import { imageKey, newBaseImageSource, registryKey } from './registry-options';

// In the worker: one source per distinct registry options, so each base image's merged index is
// read from the cache once and kept in memory across edits. Analyses only ever ask it what is
// cached; the main thread downloads (background-resolution.ts).
const sources = new Map<string, BaseImageSource>();

/** The base images an analysis of `input` uses: cached ones only, failed background resolutions with their reason. */
export function cachedBaseImages(input: AnalysisInput): BaseImageSource {
  const key = registryKey(input.registry);
  let source = sources.get(key);
  if (!source) sources.set(key, (source = newBaseImageSource({ ...input.registry })));
  const failures = input.baseImageFailures;
  return failures && Object.keys(failures).length > 0 ? withFailures(source, failures) : source;
}

/** A tag now names another image: the indexes kept in memory are read from the cache again. */
export function forgetBaseImages(): void {
  sources.clear();
}

/** An image the cache lacks because its download failed is not `being resolved`: it says why. */
function withFailures(source: BaseImageSource, failures: Readonly<Record<string, string>>): BaseImageSource {
  return {
    resolve: (document) => source.resolve(document),
    cached(document) {
      const states = new Map(source.cached(document));
      for (const [stage, state] of states) {
        if (state.status !== 'unresolved' || state.reason !== BEING_RESOLVED) continue;
        const failure = failures[imageKey(state.base) ?? ''];
        if (failure) states.set(stage, { ...state, reason: failure });
      }
      return states;
    },
  };
}
