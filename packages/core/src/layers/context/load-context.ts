import * as path from 'node:path';
import type { DockerfileModel, Instruction } from '../../parse/types';
import { stageEnvironments, type StepEnvironment } from '../stage-env';
import type { BuildContext, ContextCopy } from '../types';
import { ContextCache, type ContextLimits } from './context-cache';
import type { ContextLookup, ContextReader, DirectoryListing } from './context-reader';
import { contextCopyKey } from './copy-key';
import { readCopyArguments, type CopyArguments } from './copy-arguments';
import { KnownDirectories } from './known-directories';
import { limitNote, readContextCopy } from './read-copy';

export interface LoadContextOptions {
  /** the context directory */
  root: string;
  /** the Dockerfile's path, for `<Dockerfile>.dockerignore` */
  dockerfilePath?: string;
  limits?: ContextLimits;
}

const FALLBACK_ENV: StepEnvironment = { workdir: '/', env: new Map(), user: 'root', home: '/root' };

/** Reads what every COPY/ADD of the document takes from the build context, from a fresh read of the disk. */
export function loadBuildContext(document: DockerfileModel, options: LoadContextOptions): Promise<BuildContext> {
  return buildContextOf(document, new ContextCache(options.root, options.limits), options.dockerfilePath);
}

/**
 * What every COPY/ADD of the document takes from the build context, worked out from `cache`:
 * only what no earlier document needed is read from disk.
 */
export async function buildContextOf(document: DockerfileModel, cache: ContextCache, dockerfilePath?: string): Promise<BuildContext> {
  const notes: string[] = [];
  if (!(await cache.isDirectory())) notes.push(`the build context ${cache.root} is not a directory: every source is missing`);

  const ignore = await cache.dockerIgnore(dockerfilePath);
  if (!ignore.file) notes.push('no .dockerignore: everything in the context is sent');
  const ignoreFault = ignore.fault && `${path.basename(ignore.file ?? '')} cannot be read (${ignore.fault}): what it excludes, and so what COPY/ADD send, is unknown`;
  if (ignoreFault) notes.push(ignoreFault);
  const reader = new ListingsSeen(cache.reader);
  const deps = { reader, ignore, cache };

  const environments = stageEnvironments(document);
  const copies = new Map<number, ContextCopy>();
  const stageDirectories: KnownDirectories[] = [];
  for (const stage of document.stages) {
    const inherited = stage.baseStage === undefined ? undefined : stageDirectories[stage.baseStage];
    const directories = KnownDirectories.forStage(stage.base, inherited);
    stageDirectories[stage.index] = directories;
    for (const instruction of stage.instructions) {
      const environment = environments.get(instruction) ?? FALLBACK_ENV;
      directories.addDirectory(environment.workdir);
      if (!readsContext(instruction)) continue;
      const args = readCopyArguments(instruction, environment, document.escapeChar);
      if (!args) continue;
      const read = await readContextCopy(instruction.keyword, intoExistingDirectory(args, directories), deps);
      // every figure would count files the ignore file may exclude
      const copy = ignoreFault ? { files: [], estimate: 'unknown' as const, missing: [], notes: [`${path.basename(ignore.file ?? '')} cannot be read: the size of what this copies is unknown`] } : read;
      copies.set(contextCopyKey(instruction), copy);
      if (args.destIsDirectory) directories.addDirectory(args.dest);
      for (const file of read.files) directories.addParentsOf(file.path);
    }
  }
  if (reader.truncatedSeen) notes.push(limitNote(cache.maxFiles));

  const context: BuildContext = { root: cache.root, copies, notes };
  if (ignore.file) context.ignoreFile = ignore.file;
  return context;
}

/** The shared reader as one document sees it: remembers whether a listing it used was cut short by the entry limit. */
class ListingsSeen implements ContextLookup {
  truncatedSeen = false;

  constructor(private readonly reader: ContextReader) {}

  absolute(rel: string): string {
    return this.reader.absolute(rel);
  }

  entry(rel: string) {
    return this.reader.entry(rel);
  }

  resolve(rel: string) {
    return this.reader.resolve(rel);
  }

  async list(dirRel: string): Promise<DirectoryListing | undefined> {
    const listing = await this.reader.list(dirRel);
    if (listing?.truncated) this.truncatedSeen = true;
    return listing;
  }
}

/** Whether any COPY/ADD of the document reads the build context: if none does, there is nothing to load. */
export function readsBuildContext(document: Pick<DockerfileModel, 'instructions'>): boolean {
  return document.instructions.some(readsContext);
}

/** COPY and ADD that read the context (no `--from`); ONBUILD triggers do not run in this build. */
function readsContext(instruction: Instruction): boolean {
  return (
    (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') &&
    !instruction.flags.some((flag) => flag.name === 'from')
  );
}

/** A destination that already is a directory receives files into it, trailing slash or not. */
function intoExistingDirectory(args: CopyArguments, directories: KnownDirectories): CopyArguments {
  if (args.destIsDirectory) return args;
  const existing = directories.lookup(args.dest);
  if (!existing) return args;
  const notes = existing === 'assumed' ? [...args.notes, `${args.dest} is taken as a directory, as in usual base images`] : args.notes;
  return { ...args, destIsDirectory: true, notes };
}
