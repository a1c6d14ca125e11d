import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { DockerfileModel, Instruction } from '../../parse/types';
import { stageEnvironments, type StepEnvironment } from '../stage-env';
import type { BuildContext, ContextCopy } from '../types';
import { ContextReader } from './context-reader';
import { readCopyArguments, type CopyArguments } from './copy-arguments';
import { loadDockerIgnore } from './docker-ignore';
import { KnownDirectories } from './known-directories';
import { limitNote, readContextCopy } from './read-copy';

export interface ContextLimits {
  /** stop walking the context after this many entries (default 100000) */
  maxFiles?: number;
  /** stop listing an archive after this many members (default 20000) */
  maxArchiveMembers?: number;
}

export interface LoadContextOptions {
  /** the context directory */
  root: string;
  /** the Dockerfile's path, for `<Dockerfile>.dockerignore` */
  dockerfilePath?: string;
  limits?: ContextLimits;
}

const DEFAULT_MAX_FILES = 100_000;
const DEFAULT_MAX_ARCHIVE_MEMBERS = 20_000;
const FALLBACK_ENV: StepEnvironment = { workdir: '/', env: new Map(), user: 'root', home: '/root' };

/** Reads, once, what every COPY/ADD of the document takes from the build context. */
export async function loadBuildContext(document: DockerfileModel, options: LoadContextOptions): Promise<BuildContext> {
  const root = path.resolve(options.root);
  const maxFiles = options.limits?.maxFiles ?? DEFAULT_MAX_FILES;
  const maxArchiveMembers = options.limits?.maxArchiveMembers ?? DEFAULT_MAX_ARCHIVE_MEMBERS;
  const notes: string[] = [];
  const rootStats = await stat(root).catch(() => undefined);
  if (!rootStats?.isDirectory()) notes.push(`the build context ${root} is not a directory: every source is missing`);

  const ignore = await loadDockerIgnore(root, options.dockerfilePath);
  if (!ignore.file) notes.push('no .dockerignore: everything in the context is sent');
  const deps = { reader: new ContextReader(root, maxFiles), ignore, maxFiles, maxArchiveMembers };

  const environments = stageEnvironments(document);
  const copies = new Map<Instruction, ContextCopy>();
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
      const copy = await readContextCopy(instruction.keyword, intoExistingDirectory(args, directories), deps);
      copies.set(instruction, copy);
      if (args.destIsDirectory) directories.addDirectory(args.dest);
      for (const file of copy.files) directories.addParentsOf(file.path);
    }
  }
  if (deps.reader.limitHit) notes.push(limitNote(maxFiles));

  const context: BuildContext = { root, copies, notes };
  if (ignore.file) context.ignoreFile = ignore.file;
  return context;
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
