import * as posix from 'node:path/posix';
import { resolveImagePath } from '../paths';
import type { ContextCopy, ContextCopyFile } from '../types';
import { looksLikeTarName } from './archive';
import type { ContextCache } from './context-cache';
import type { ContextLookup } from './context-reader';
import { variableList, type CopyArguments, type CopySource } from './copy-arguments';
import { dockerIgnoreFromText, type DockerIgnore } from './docker-ignore';
import { ignoredSourceNote } from './ignored-source';
import { expandWildcards, hasWildcard } from './source-match';
import { walkDirectory } from './walk-directory';

export interface CopyReadDeps {
  reader: ContextLookup;
  ignore: DockerIgnore;
  /** archives and limits; `reader` is its reader as this document sees it */
  cache: ContextCache;
}

/** What one source contributes, and how sure the figure is. */
interface SourceResult {
  files: ContextCopyFile[];
  estimate: ContextCopy['estimate'];
  missing?: string;
  notes: string[];
}

/** What one COPY or ADD (without --from) takes from the context. */
export async function readContextCopy(keyword: string, args: CopyArguments, deps: CopyReadDeps): Promise<ContextCopy> {
  const results: SourceResult[] = [];
  for (const source of args.sources) results.push(await readSource(keyword === 'ADD', source, args, deps));
  return {
    files: results.flatMap((result) => result.files),
    estimate: combine(results.map((result) => result.estimate)),
    missing: results.flatMap((result) => (result.missing === undefined ? [] : [result.missing])),
    notes: [...args.notes, ...results.flatMap((result) => result.notes)],
  };
}

async function readSource(add: boolean, source: CopySource, args: CopyArguments, deps: CopyReadDeps): Promise<SourceResult> {
  switch (source.kind) {
    case 'heredoc': {
      const path = args.destIsDirectory ? resolveImagePath(args.dest, source.name) : args.dest;
      const file = { path, size: source.size, contextPath: `<<${source.name}` };
      const notes = source.exact ? [] : [`heredoc ${source.name} uses variables not known here: its size is a lower bound`];
      return { files: [file], estimate: source.exact ? 'exact' : 'lower-bound', notes };
    }
    case 'remote':
      return { files: [], estimate: 'unknown', notes: [`${source.text}: remote source: size unknown`] };
    case 'unresolved':
      return {
        files: [],
        estimate: 'unknown',
        notes: [`${source.text} uses ${variableList(source.unknown)}, not known here: what it copies is unknown`],
      };
    case 'path':
      return readPathSource(add, source.text, args, deps);
  }
}

async function readPathSource(add: boolean, text: string, args: CopyArguments, deps: CopyReadDeps): Promise<SourceResult> {
  // the context root acts as `/`: `./a`, `/a` and `../a` all name `a`
  const named = posix.normalize(posix.join('/', text)).slice(1);
  const wildcard = hasWildcard(named);
  const { matches, faults } = wildcard ? await expandWildcards(deps.reader, deps.ignore, named) : { matches: [named], faults: [] };
  if (matches.length === 0) return faults.length > 0 ? unreadable(text, faults) : missing(text, `${text} matches nothing in the build context`);
  const excluded = args.excludes.length > 0 ? dockerIgnoreFromText(args.excludes.join('\n')) : undefined;
  const results: SourceResult[] = [];
  for (const match of matches) {
    const resolved = await deps.reader.resolve(match);
    if (!resolved.found) {
      if (resolved.fault !== undefined) results.push(unreadable(text, [resolved.fault]));
      else if (resolved.outside !== undefined) results.push(missing(text, `${text}: ${resolved.outside} is a symlink that points outside the build context`));
      else results.push(missing(text, `${text} was not found in the build context`));
      continue;
    }
    const { rel, entry } = resolved;
    const isDirectory = entry.kind === 'directory';
    if (rel !== '' && deps.ignore.ignores(rel, isDirectory) && !(isDirectory && deps.ignore.mayReincludeBelow(rel))) {
      results.push(missing(text, ignoredSourceNote(text)));
      continue;
    }
    const under = args.parents && match !== '' ? resolveImagePath(args.dest, match) : args.dest;
    if (isDirectory) results.push(await readDirectory(rel, under, excluded, deps));
    else if (entry.kind === 'file') {
      const into = args.destIsDirectory || wildcard;
      const path = args.parents ? under : into ? resolveImagePath(args.dest, posix.basename(match)) : args.dest;
      if (excluded?.ignores(posix.basename(match), false)) continue;
      results.push(await readFile(add, rel, { path, extractInto: under }, entry.size, deps));
    } else if (entry.kind === 'other') {
      results.push({ files: [], estimate: 'exact', notes: [`${text} is a FIFO, socket or device, not a regular file: it adds no file bytes (Docker may refuse it)`] });
    }
  }
  if (wildcard && faults.length > 0) results.push(unreadable(text, faults));
  return {
    files: results.flatMap((result) => result.files),
    estimate: combine(results.map((result) => result.estimate)),
    missing: results.find((result) => result.missing !== undefined)?.missing,
    notes: [...new Set(results.flatMap((result) => result.notes))],
  };
}

async function readDirectory(rel: string, dest: string, excluded: DockerIgnore | undefined, deps: CopyReadDeps): Promise<SourceResult> {
  const walk = await walkDirectory(deps.reader, deps.ignore, rel);
  const files: ContextCopyFile[] = [];
  for (const file of walk.files) {
    if (excluded?.ignores(file.rel, false)) continue;
    const contextPath = rel === '' ? file.rel : `${rel}/${file.rel}`;
    const copied: ContextCopyFile = { path: resolveImagePath(dest, file.rel), size: file.size, contextPath };
    if (looksLikeTarName(file.rel)) await attachArchive(copied, deps);
    files.push(copied);
  }
  if (walk.faults.length > 0) {
    // nothing could be read: no figure; some of it: at least what was read
    if (files.length === 0) return unreadable(rel || '.', walk.faults);
    return { files, estimate: 'lower-bound', notes: [`${listFaults(walk.faults)}: not counted, so the figure is a lower bound`] };
  }
  if (!walk.truncated) return { files, estimate: 'exact', notes: [] };
  return { files, estimate: 'lower-bound', notes: [limitNote(deps.cache.maxFiles)] };
}

/**
 * A single file. ADD extracts a local tar (plain or gzip) into the destination, taken as a
 * directory with or without a trailing slash; a tar that a later `RUN tar -x` may unpack gets
 * its member listing.
 */
async function readFile(
  add: boolean,
  rel: string,
  { path, extractInto }: { path: string; extractInto: string },
  size: number,
  deps: CopyReadDeps,
): Promise<SourceResult> {
  const file: ContextCopyFile = { path, size, contextPath: rel };
  if (!add) {
    if (looksLikeTarName(rel)) await attachArchive(file, deps);
    return { files: [file], estimate: 'exact', notes: [] };
  }
  const kind = await deps.cache.archiveKind(rel);
  if (kind.kind === 'compressed') {
    const note = `${rel} is ${kind.compression}-compressed: ADD unpacks it if it holds a tar, so its size in the image is unknown`;
    return { files: [], estimate: 'unknown', notes: [note] };
  }
  if (kind.kind === 'none') return { files: [file], estimate: 'exact', notes: [] };
  const listing = await deps.cache.archiveListing(rel);
  const files = listing.files.map((member) => ({ path: resolveImagePath(extractInto, member.path), size: member.size, contextPath: rel }));
  if (listing.complete) return { files, estimate: 'exact', notes: [] };
  return { files, estimate: 'lower-bound', notes: [archiveNote(rel, deps.cache.maxArchiveMembers)] };
}

async function attachArchive(file: ContextCopyFile, deps: CopyReadDeps): Promise<void> {
  const kind = await deps.cache.archiveKind(file.contextPath);
  if (kind.kind !== 'tar') return;
  file.archive = await deps.cache.archiveListing(file.contextPath);
}

/** A source that exists but could not be read: Docker's build would fail on it too; dflint has no figure. */
function unreadable(text: string, faults: string[]): SourceResult {
  return { files: [], estimate: 'unknown', notes: [`${listFaults(faults)}: the size of what ${text} copies is unknown`] };
}

/** `locked: permission denied; loop: symlink loop` (the first three) */
function listFaults(faults: string[]): string {
  const shown = faults.length > 3 ? [...faults.slice(0, 3), `and ${faults.length - 3} more`] : faults;
  return shown.join('; ');
}

function missing(text: string, note: string): SourceResult {
  return { files: [], estimate: 'lower-bound', missing: text, notes: [note] };
}

export function limitNote(maxFiles: number): string {
  return `stopped counting after ${maxFiles} files: the figure is a lower bound`;
}

function archiveNote(rel: string, maxMembers: number): string {
  return `${rel}: listed only part of the archive (limit ${maxMembers} members, or a damaged archive): the figure is a lower bound`;
}

/** all exact → exact; all unknown → unknown; otherwise a lower bound on the known part */
function combine(estimates: Array<ContextCopy['estimate']>): ContextCopy['estimate'] {
  if (estimates.every((estimate) => estimate === 'exact')) return 'exact';
  if (estimates.every((estimate) => estimate === 'unknown')) return 'unknown';
  return 'lower-bound';
}
