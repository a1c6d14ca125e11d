import * as path from 'node:path';

type DiffModule = typeof import('diff');
let diffModule: DiffModule | undefined;

/**
 * A unified diff of one file, `--- a/<file>` / `+++ b/<file>`, that `git apply` and `patch -p1`
 * take. `diff` is required here, on first use, so runs without --fix-dry-run never load it.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  diffModule ??= require('diff') as DiffModule;
  const name = patchPath(file);
  const patch = diffModule.createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff opens with a `====` rule line that is no part of the unified format
  return patch.replace(/^=+\n/, '');
}

/** The path a patch names: forward slashes, no leading `./` or `/` (as git writes it). */
export function patchPath(file: string): string {
  return file.split(path.sep).join('/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}
