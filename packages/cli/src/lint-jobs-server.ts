// What a worker thread of `dflint --jobs N` (lint-workers.ts) does: lints the files it is sent, one
// at a time, and sends each outcome back with what its lint printed. Started by lint-worker.ts, or in
// the packaged CLI by bin/packaged-lint-worker.js from the CLI's one bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { ContextCaches, internalErrorLine, shellcheckCache } from '@dflint/core';
import { readFileJob, lintReadFile, type FileJob } from './lint-file';
import type { WorkerReply, WorkerSetup } from './lint-workers';
import { baseImagesForRun, defaultBaseImageSource, defaultPackageIndexSource } from './registry/run-base-images';
import type { CliIo } from './io';

export function serveLintJobs(): void {
  const setup = workerData as WorkerSetup;
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
  const shared = { contexts: new ContextCaches(), baseImages };

  // one analysis at a time, so the notes printed during one belong to its file
  let previous: Promise<void> = Promise.resolve();
  parentPort!.on('message', ({ id, job }: { id: number; job: FileJob }) => {
    previous = previous.then(async () => {
      messages = [];
      // lintReadFile does not throw; were it to, this file fails alone and the worker goes on
      const outcome = await lintReadFile(job, readFileJob(job), shared).catch((error: unknown) => ({ failure: internalErrorLine(job.name, error) }));
      const reply: WorkerReply = { id, outcome: { ...outcome, messages }, shellcheckAsked: shellcheckCache().status().asked };
      parentPort!.postMessage(reply);
    });
  });
}
