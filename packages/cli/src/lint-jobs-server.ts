// What a lint thread of `dflint --jobs N` (lint-workers.ts) does: lints the files it is sent, one
// at a time, each with what its lint printed. A worker thread serves chunks of files (serveLintJobs,
// started by lint-worker.ts, or in the packaged CLI by bin/packaged-lint-worker.js from the CLI's one
// bundle); the main thread lints chunks of the same run with a fileLinter of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { ContextCaches, internalErrorLine, shellcheckCache } from '@dflint/core';
import { readFileJob, lintReadFile, type FileJob } from './lint-file';
import type { ChunkReply, JobChunk, WorkerOutcome, WorkerSetup } from './lint-jobs';
import { baseImagesForRun, defaultBaseImageSource, defaultPackageIndexSource } from './registry/run-base-images';
import type { CliIo } from './io';

/** Lints a file and says what its lint printed to stderr (notes), in order; called for one file at a time. */
export type FileLinter = (job: FileJob) => Promise<WorkerOutcome>;

/**
 * The build contexts a run keeps read: files are linted in path order, so those sharing a context
 * root (a folder's Dockerfiles) are neighbours, and a root no nearby file shares is dropped rather
 * than held to the end of the run.
 */
export function runContextCaches(): ContextCaches {
  return new ContextCaches({ maxRoots: 16 });
}

export function fileLinter(setup: WorkerSetup, contexts = runContextCaches()): FileLinter {
  let messages: string[] = [];
  const io: CliIo = {
    cwd: process.cwd(),
    env: setup.env,
    stdin: process.stdin,
    stdoutIsTTY: false,
    out: () => undefined,
    err: (text) => void messages.push(text),
  };
  const baseImages = setup.baseImages
    ? baseImagesForRun(defaultBaseImageSource, io, undefined, { quiet: setup.quiet, packageIndexes: setup.packageIndexes ? defaultPackageIndexSource : undefined })
    : undefined;
  const shared = { contexts, baseImages };
  return async (job) => {
    messages = [];
    // lintReadFile does not throw; were it to, this file fails alone and the thread goes on
    const outcome = await lintReadFile(job, readFileJob(job), shared).catch((error: unknown) => ({ failure: internalErrorLine(job.name, error) }));
    return { ...outcome, messages };
  };
}

export function serveLintJobs(): void {
  const lint = fileLinter(workerData as WorkerSetup);
  // one chunk, and in it one file, at a time, so the notes printed during a lint belong to its file
  let previous: Promise<void> = Promise.resolve();
  parentPort!.on('message', (chunk: JobChunk) => {
    previous = previous.then(async () => {
      const outcomes: WorkerOutcome[] = [];
      for (const job of chunk.jobs) outcomes.push(await lint(job));
      const reply: ChunkReply = { first: chunk.first, outcomes, shellcheckAsked: shellcheckCache().status().asked };
      parentPort!.postMessage(reply);
    });
  });
}
