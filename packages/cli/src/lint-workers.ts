import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ContextCaches } from '@dflint/core';
import type { FileJob } from './lint-file';
import { fileLinter, type FileLinter } from './lint-jobs-server';
import type { ChunkReply, JobChunk, WorkerOutcome, WorkerSetup } from './lint-jobs';
import { defaultBaseImageSource, defaultPackageIndexSource, type BaseImageSourceFactory, type PackageIndexSourceFactory } from './registry/run-base-images';

/** Below this many files a run lints in its own thread: starting a worker (loading the rules, the shell parser) costs about as much as linting this many. */
export const WORKER_THRESHOLD = 64;
/**
 * Each worker's heap: what one file's lint keeps alive is a few MiB, and V8 left to itself lets
 * a worker's heap grow to ~150 MiB of garbage before collecting it (the corpus at --jobs 2: 363
 * MiB peak RSS without limits, 201 with 64/8 MiB). With this thread linting too, 64/8 MiB peaked at
 * 205–208 MiB, 40/4 at 194–197; 32/4 at 187–196 but for ~12% more CPU (GC). A file that needs more
 * kills its worker with ERR_WORKER_OUT_OF_MEMORY; this thread lints its files.
 */
const HEAP_LIMITS = { maxOldGenerationSizeMb: 40, maxYoungGenerationSizeMb: 4 };
/** Files sent to a worker in one message, and answered in one: a message each way per file cost a worker ~5% of its time. */
export const CHUNK = 16;
/** Chunks a worker holds at once: the next is there when it finishes one, though this thread answers only between its own files. */
export const CHUNKS_HELD = 2;
/** Outcomes kept ahead of the report before this thread stops linting and workers are sent no more chunks: a thread slow on a chunk does not let them pile up. */
export const MAX_AHEAD = 128;

/**
 * As many threads as cores. Each thread compiles the lint code for itself, and V8's optimising
 * compiler kept most of a core busy beside each; with V8_FLAGS' interrupt budget it compiles far
 * less, and on 2 cores this thread and a worker lint the corpus in ~26-30% less wall time than this
 * thread alone, for ~10% more CPU (bench/corpus-jobs.js).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
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
 * The threads for a plain lint of many files, or undefined to lint in this thread alone: with --jobs 1,
 * few files, stdin, ShellCheck to run, a resolver a test passed in, or a run that reaches the
 * network (each thread would resolve and download the same base images, over its own budget).
 */
export function lintThreadsFor(jobs: readonly FileJob[], choice: WorkerChoice): LintThreads | undefined {
  // DFLINT_WORKER_MIN_FILES (internal, for tests) replaces the threshold
  const threshold = Number(choice.env.DFLINT_WORKER_MIN_FILES) || WORKER_THRESHOLD;
  const threads = Math.min(choice.jobs ?? defaultJobs(), Math.ceil(jobs.length / threshold));
  if (threads < 2 || jobs.length < threshold || choice.shellcheckWork) return undefined;
  if (jobs.some((job) => job.dockerfilePath === undefined || job.registry.offline !== true)) return undefined;
  if (![undefined, defaultBaseImageSource].includes(choice.baseImages) || ![undefined, defaultPackageIndexSource].includes(choice.packageIndexes)) return undefined;
  const script = path.join(__dirname, 'lint-worker.js');
  // a bundle of the CLI without the worker's own file lints in this thread
  if (!existsSync(script)) return undefined;
  if (choice.env.DFLINT_DEBUG) process.stderr.write(`dflint: debug: linting ${jobs.length} files on ${threads} threads (this one and ${threads - 1} worker${threads > 2 ? 's' : ''})\n`);
  const setup: WorkerSetup = { env: choice.env, quiet: Boolean(choice.quiet), baseImages: choice.baseImages !== undefined, packageIndexes: choice.packageIndexes !== undefined };
  return new LintThreads(script, threads - 1, setup);
}

/**
 * Lints a run's files on this thread and on workers, chunk by chunk (whoever is free takes the next,
 * so a slow file holds up one thread only), and hands the outcomes out in the run's order. A worker
 * that dies leaves its unfinished chunks to this thread: no file is lost with it.
 */
export class LintThreads {
  private readonly held = new Map<Worker, JobChunk[]>();
  private queue: JobChunk[] = [];
  /** the chunks of workers that died, for this thread: a file that killed one worker would likely kill the next */
  private orphans: JobChunk[] = [];
  /** outcomes not yet taken, by their place in the run */
  private readonly ready = new Map<number, WorkerOutcome>();
  private next = 0;
  private waiting?: (outcome: WorkerOutcome) => void;
  private wakeHere?: () => void;
  private here?: FileLinter;
  private lintingHere = false;
  /** a worker's shellcheck rule asked for ShellCheck (which is missing: workers run only then) */
  shellcheckAsked = false;

  constructor(
    script: string,
    count: number,
    private readonly setup: WorkerSetup,
  ) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { workerData: setup, env: setup.env, stdout: false, stderr: false, resourceLimits: HEAP_LIMITS });
      this.held.set(worker, []);
      worker.on('message', (reply: ChunkReply) => this.settleChunk(worker, reply));
      worker.on('error', () => this.lose(worker));
      worker.on('exit', () => this.lose(worker));
    }
  }

  /** Starts linting the jobs; `contexts` is the run's cache of build contexts, for the files linted in this thread. */
  start(jobs: readonly FileJob[], contexts: ContextCaches): void {
    for (let first = 0; first < jobs.length; first += CHUNK) this.queue.push({ first, jobs: jobs.slice(first, first + CHUNK) });
    for (const worker of this.held.keys()) this.feed(worker);
    this.here = fileLinter(this.setup, contexts);
    void this.lintHere();
  }

  /** The next file's outcome, in the jobs' order. */
  take(): Promise<WorkerOutcome> {
    const place = this.next++;
    this.wakeHere?.();
    const outcome = this.ready.get(place);
    if (!outcome) return new Promise((settle) => (this.waiting = settle));
    this.ready.delete(place);
    for (const worker of this.held.keys()) this.feed(worker);
    return Promise.resolve(outcome);
  }

  async close(): Promise<void> {
    const workers = [...this.held.keys()];
    this.held.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private settle(place: number, outcome: WorkerOutcome): void {
    const waiting = this.waiting;
    if (waiting && place === this.next - 1) {
      this.waiting = undefined;
      waiting(outcome);
    } else {
      this.ready.set(place, outcome);
    }
  }

  /** This thread lints the next chunk while there is one, between the files answering the workers (their replies are events). */
  private async lintHere(): Promise<void> {
    this.lintingHere = true;
    for (;;) {
      await new Promise(setImmediate);
      if (this.ready.size >= MAX_AHEAD && !this.nextIsQueued()) {
        await new Promise<void>((wake) => (this.wakeHere = wake));
        this.wakeHere = undefined;
        continue;
      }
      const chunk = this.orphans.shift() ?? this.queue.shift();
      if (!chunk) break;
      for (const [at, job] of chunk.jobs.entries()) {
        if (at > 0) await new Promise(setImmediate);
        this.settle(chunk.first + at, await this.here!(job));
      }
    }
    this.lintingHere = false;
  }

  /** The file the report waits for is in a chunk no thread has taken. */
  private nextIsQueued(): boolean {
    const wanted = this.waiting ? this.next - 1 : this.next;
    return [this.orphans[0], this.queue[0]].some((chunk) => chunk !== undefined && chunk.first <= wanted);
  }

  private feed(worker: Worker): void {
    const chunks = this.held.get(worker)!;
    // take() feeds it again once the report has caught up
    if (this.ready.size >= MAX_AHEAD) return;
    while (chunks.length < CHUNKS_HELD && this.queue.length > 0) {
      const chunk = this.queue.shift()!;
      chunks.push(chunk);
      worker.postMessage(chunk);
    }
  }

  private settleChunk(worker: Worker, reply: ChunkReply): void {
    const chunks = this.held.get(worker);
    const at = chunks?.findIndex((chunk) => chunk.first === reply.first) ?? -1;
    if (!chunks || at < 0) return;
    chunks.splice(at, 1);
    this.shellcheckAsked ||= reply.shellcheckAsked;
    reply.outcomes.forEach((outcome, offset) => this.settle(reply.first + offset, outcome));
    this.feed(worker);
  }

  /** A worker died (a crash in the wasm parser, out of memory): this thread lints its chunks, before any other. */
  private lose(worker: Worker): void {
    const orphans = this.held.get(worker);
    if (!orphans) return;
    this.held.delete(worker);
    this.orphans = [...this.orphans, ...orphans].sort((a, b) => a.first - b.first);
    this.wakeHere?.();
    if (!this.lintingHere && this.here) void this.lintHere();
  }
}
