import { analyzeDockerfile, fileInternalError, internalErrorLine, type AnalysisRequest, type ContextCaches, type RuleSetting, type SourcedResult } from '@dflint/core';
import { rules } from '@dflint/rules';
import type { RegistrySettings } from '@dflint/config';
import { readDockerfileSync, ReadError } from './read-input';
import type { RunBaseImages } from './registry/run-base-images';

/** A file's text, or why it could not be had. */
export type ReadOutcome = { text: string } | { error: unknown };

/** One file of a run as its config has it: everything its lint needs, plain data (it may travel to a worker). */
export interface FileJob {
  /** as the user named it, or --stdin-filename */
  name: string;
  /** absolute; undefined for stdin */
  dockerfilePath?: string;
  /** bytes; a larger file is refused unread */
  maxFileSize: number;
  settings: Record<string, RuleSetting>;
  contextRoot?: string;
  registry: RegistrySettings;
  hadolintPragmas: boolean;
  awaitShellcheck: boolean;
  /** build every finding's fix (an output format prints fixes); false: rules' lazy fixes are left unbuilt */
  fixes: boolean;
}

/** What linting one file gave: its result, or the line saying why it has none. */
export interface FileOutcome {
  result?: SourcedResult;
  /** for stderr; the run then exits 2 */
  failure?: string;
}

/** What the lint of every file of a run shares: the build contexts read, the base images resolved. */
export interface LintShared {
  contexts: ContextCaches;
  baseImages?: RunBaseImages;
}

/**
 * Lints one file whose text was read (or why it could not be), never throwing: an unreadable file
 * is a failure line, a throw outside the rules' own guard (parse, layer model) an internal-error
 * finding that costs this file only.
 */
export async function lintReadFile(job: FileJob, read: ReadOutcome, shared: LintShared): Promise<FileOutcome> {
  if ('error' in read) return { failure: read.error instanceof ReadError ? `dflint: ${read.error.message}` : internalErrorLine(job.name, read.error) };
  const { text } = read;
  try {
    const analysis = await analyzeDockerfile({ ...analysisOf(job, shared), text, fixes: job.fixes });
    return { result: { file: job.name, findings: analysis.findings, text } };
  } catch (error) {
    return { result: { file: job.name, findings: [fileInternalError(error)], text } };
  }
}

/** Reads a job's file (not stdin), settled either way. */
export function readFileJob(job: FileJob): ReadOutcome {
  try {
    return { text: readDockerfileSync(job.dockerfilePath!, job.name, job.maxFileSize) };
  } catch (error) {
    return { error };
  }
}

/** How a job's file is analysed, for a lint and for every --fix pass. */
export function analysisOf(job: FileJob, shared: LintShared): AnalysisRequest {
  return {
    rules,
    settings: job.settings,
    dockerfilePath: job.dockerfilePath,
    contextRoot: job.contextRoot,
    contexts: shared.contexts,
    baseImages: shared.baseImages?.forFile(job.name, job.registry),
    packageIndexes: shared.baseImages?.packageIndexesFor(job.name, job.registry),
    hadolintPragmas: job.hadolintPragmas,
    awaitShellcheck: job.awaitShellcheck,
  };
}
