import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from '../parse/types';

/**
 * The file's path relative to `cwd`, with `/` separators, as code hosts want it; a file outside
 * `cwd` keeps its absolute path.
 */
export function repoRelativePath(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** SARIF's artifact location: repo-relative under %SRCROOT%, or an absolute file: URI outside it. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export const SRCROOT = '%SRCROOT%';

/** 1-based start and (exclusive) end, as people and code hosts count. */
export function oneBased(range: Range) {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** One line for formats that cannot carry line breaks (or other control characters). */
export function oneLine(message: string): string {
  return message
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .trim();
}
