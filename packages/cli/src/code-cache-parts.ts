import { isShellParserReady } from '@dflint/core';

const used = new Set<string>();

/** Notes that this run used a part of the CLI that other runs may not (a command's code on use). */
export function usePart(name: string): void {
  used.add(name);
}

/**
 * The parts of the CLI this run used, for the packaged bin's code cache (bin/load-with-code-cache.js):
 * a run that used a part the cache lacks writes the cache again with its code added.
 */
export function codeCacheParts(): string[] {
  return [...used, ...(isShellParserReady() ? ['shell-parser'] : [])].sort();
}
