import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { heapGrowthForWorkers } from './v8-flags';
import { readFileJob, type FileJob, type FileOutcome, type ReadOutcome } from './lint-file';
import { defaultBaseImageSource, defaultPackageIndexSource, type BaseImageSourceFactory, type PackageIndexSourceFactory } from './registry/run-base-images';

/** Below this many files a run lints in its own thread: starting a worker (loading the rules, the shell parser) costs about as much as linting this many. */
export const WORKER_THRESHOLD = 64;
/**
 * Each worker's heap: what one file's lint keeps alive is a few MiB, and V8 left to itself lets
 * a worker's heap grow to ~150 MiB of garbage before collecting it (the corpus at --jobs 2: 363
 * MiB peak RSS without limits, 201 with these, ~13% more CPU in GC). A file that needs more kills
 * its worker with ERR_WORKER_OUT_OF_MEMORY, and that worker's files are linted in this thread.
 */
const HEAP_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
/** Jobs each worker holds at once: it reads the next while it analyses one. */
const IN_FLIGHT = 8;

/**
 * One thread fewer than the cores: the main thread (reading, formatting) and V8's own GC and
 * compiler threads keep about one core busy. On 2 cores two workers linted the corpus no faster
 * than this thread alone (182 vs 223 files/s, 40% more CPU), so there the default is one thread.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** What the worker thread is started with (lint-worker.ts). */
export interface WorkerSetup {
  env: NodeJS.ProcessEnv;
  quiet: boolean;
  /** resolve base images (and package indexes) as a real run does; false: unknown, as with no resolver */
  baseImages: boolean;
  packageIndexes: boolean;
}

/** A file's outcome from a worker, with what its lint printed to stderr (notes), in order. */
export interface WorkerOutcome extends FileOutcome {
  messages: string[];
}

/** What a worker sends back for each job. */
export interface WorkerReply {
  id: number;
  outcome: WorkerOutcome;
  shellcheckAsked: boolean;
}

export interface WorkerChoice {
  /** --jobs; default: defaultJobs() */
  jobs?: number;
  /** ShellCheck will run for some file: it uses the other cores itself, and its batches are shared in this process */
  shellcheckWork: boolean;
  baseImages?: BaseImageSourceFactory;
  packageIndexes?: PackageIndexSourceFactory;
  quiet?: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * Worker threads for a plain lint of many files, or undefined to lint in this thread: with --jobs 1,
 * few files, stdin, ShellCheck to run, a resolver a test passed in, or a run that reaches the
 * network (each worker would resolve and download the same base images, over its own budget).
 */
export function lintWorkersFor(jobs: readonly FileJob[], choice: WorkerChoice): LintWorkers | undefined {
  // DFLINT_WORKER_MIN_FILES (internal, for tests) replaces the threshold
  const threshold = Number(choice.env.DFLINT_WORKER_MIN_FILES) || WORKER_THRESHOLD;
  const count = Math.min(choice.jobs ?? defaultJobs(), Math.ceil(jobs.length / threshold));
  if (count < 2 || jobs.length < threshold || choice.shellcheckWork) return undefined;
  if (jobs.some((job) => job.dockerfilePath === undefined || job.registry.offline !== true)) return undefined;
  if (![undefined, defaultBaseImageSource].includes(choice.baseImages) || ![undefined, defaultPackageIndexSource].includes(choice.packageIndexes)) return undefined;
  const script = path.join(__dirname, 'lint-worker.js');
  // a bundle of the CLI without the worker's own file lints in this thread
  if (!existsSync(script)) return undefined;
  if (choice.env.DFLINT_DEBUG) process.stderr.write(`dflint: debug: linting ${jobs.length} files on ${count} worker threads\n`);
  const setup: WorkerSetup = { env: choice.env, quiet: Boolean(choice.quiet), baseImages: choice.baseImages !== undefined, packageIndexes: choice.packageIndexes !== undefined };
  return new LintWorkers(script, count, setup);
}

interface Pending {
  id: number;
  job: FileJob;
  settle(outcome: WorkerOutcome): void;
}

/**
 * Lints files on worker threads, each handed the next file as it finishes one, so a slow file holds
 * up one worker only. Outcomes come back as one promise per file, awaited in the run's order. A worker
 * that dies hands its unfinished files back, to be linted in this thread: no file is lost with it.
 */
export class LintWorkers {
  private readonly workers: Worker[] = [];
  private readonly inFlight = new Map<Worker, Map<number, Pending>>();
  private queue: Pending[] = [];
  private fallback?: (job: FileJob, read: ReadOutcome) => Promise<FileOutcome>;
  /** a worker's shellcheck rule asked for ShellCheck (which is missing: workers run only then) */
  shellcheckAsked = false;

  constructor(script: string, count: number, setup: WorkerSetup) {
    heapGrowthForWorkers(true);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { workerData: setup, env: setup.env, stdout: false, stderr: false, resourceLimits: HEAP_LIMITS });
      this.workers.push(worker);
      this.inFlight.set(worker, new Map());
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', () => this.lose(worker));
      worker.on('exit', () => this.lose(worker));
    }
  }

  /** One promise per job, in the jobs' order; `fallback` lints a job in this thread when its worker died. */
  lintAll(jobs: readonly FileJob[], fallback: (job: FileJob, read: ReadOutcome) => Promise<FileOutcome>): Promise<WorkerOutcome>[] {
    this.fallback = fallback;
    const outcomes = jobs.map((job, id) => new Promise<WorkerOutcome>((settle) => this.queue.push({ id, job, settle })));
    for (const worker of this.workers) this.feed(worker);
    return outcomes;
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
    heapGrowthForWorkers(false);
  }

  private feed(worker: Worker): void {
    const held = this.inFlight.get(worker)!;
    while (held.size < IN_FLIGHT && this.queue.length > 0) {
      const pending = this.queue.shift()!;
      held.set(pending.id, pending);
      worker.postMessage({ id: pending.id, job: pending.job });
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const held = this.inFlight.get(worker);
    const pending = held?.get(reply.id);
    if (!held || !pending) return;
    held.delete(reply.id);
    this.shellcheckAsked ||= reply.shellcheckAsked;
    pending.settle(reply.outcome);
    this.feed(worker);
  }

  /** A worker died (a crash in the wasm parser, out of memory): its files, and the queue if none is left, are linted here. */
  private lose(worker: Worker): void {
    const held = this.inFlight.get(worker);
    if (!held) return;
    this.inFlight.delete(worker);
    const orphans = [...held.values()];
    if (this.inFlight.size === 0) orphans.push(...this.queue.splice(0));
    for (const pending of orphans) this.lintHere(pending);
  }

  private lintHere(pending: Pending): void {
    void this.fallback!(pending.job, readFileJob(pending.job)).then((outcome) => pending.settle({ ...outcome, messages: [] }));
  }
}
