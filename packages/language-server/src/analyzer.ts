import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Fix } from '@dflint/core';
import { AnalysisReceiver } from './analysis-delta';
import type { Analysis, AnalysisInput, FindingFix, ReceivedResponse, WorkerRequest, WorkerResponse } from './analysis-types';
import { WARM_UP_BUDGET_MS, WARM_UP_IDLE_MS } from './warm-up-limits';
import { leadingStages } from './warm-up-text';

export interface AnalyzerOptions {
  /** a job running longer than this is stopped (the worker is terminated and restarted) */
  timeoutMs: number;
  /**
   * the server's resident memory (main thread + worker: heaps, buffers, tree-sitter's wasm memory)
   * above which a running job is stopped and the worker restarted; the worker's V8 limits are set
   * below it so most runaway analyses fail inside the worker first
   */
  memoryCapMb: number;
  /** told what the analyzer did on its own (warming up) */
  debugLog?: (message: string) => void;
}

/** how often the resident memory is read while a job runs */
const MEMORY_CHECK_MS = 50;

/** a request before the analyzer numbers it (Omit on each member: the members differ in their fields) */
type Unnumbered<Request> = Request extends unknown ? Omit<Request, 'id'> : never;

interface Job {
  request: Unnumbered<WorkerRequest>;
  /** a queued job with the same key is dropped when a newer one arrives (an older version) */
  key?: string;
  /** a round of warming up, not asked for by the editor */
  warmUp?: true;
  resolve(response: ReceivedResponse | undefined): void;
}

/**
 * Runs analyses one at a time on a worker thread. A newer job for the same document replaces a
 * queued older one (it resolves undefined: superseded); a job that times out or kills the worker
 * resolves with an error and the next job gets a fresh worker.
 */
export class Analyzer {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: { job: Job; id: number; timer: NodeJS.Timeout; memoryCheck: NodeJS.Timeout; startedAt: number } | undefined;
  private nextId = 1;
  private disposed = false;
  private warming: { input: AnalysisInput; round: number; spentMs: number } | undefined;
  private warmedUp = false;
  private lastAskedAt = 0;
  private lastAnalysisMs = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: AnalyzerOptions) {}

  /** undefined when a newer analysis of the same document superseded this one before it ran */
  async analyze(input: AnalysisInput, key: string): Promise<Analysis | undefined> {
    const response = await this.enqueue({ op: 'analyze', input }, key);
    if (!response) return undefined;
    if (!response.ok) return { findings: [], layers: [], baseImages: [], skipped: response.error };
    return response.analysis;
  }

  /**
   * Once per worker, after a first analysis: warms the analysis code up on this document while the
   * editor is idle (warm-up.ts), a round at a time, so the first edits are analysed as fast as later
   * ones. Not on a document whose analysis took longer than all the rounds may: its time is its size.
   */
  warmUp(input: AnalysisInput): void {
    if (this.warmedUp || this.disposed || this.lastAnalysisMs > WARM_UP_BUDGET_MS) return;
    this.warmedUp = true;
    // the rounds analyse only the leading stages: cut once here, sent small every round
    this.warming = { input: { ...input, text: leadingStages(input.text) }, round: 0, spentMs: 0 };
    this.pump();
  }

  async fixAll(input: AnalysisInput): Promise<string> {
    const response = await this.enqueue({ op: 'fix-all', input });
    if (!response?.ok || response.fixedText === undefined) throw new Error(response && !response.ok ? response.error : 'fix-all was dropped');
    return response.fixedText;
  }

  /** Each finding's fix (or why none) of the analysis of `input`, built in the worker (see fixesOf); undefined when it could not tell. */
  async fixes(input: AnalysisInput): Promise<FindingFix[] | undefined> {
    const response = await this.enqueue({ op: 'fixes', input });
    return response?.ok ? response.fixes : undefined;
  }

  /** Which of `fixes` pass the fix guard applied alone to `text`; none do when the worker could not tell. */
  async checkFixes(text: string, fixes: Fix[]): Promise<boolean[]> {
    if (fixes.length === 0) return [];
    const response = await this.enqueue({ op: 'check-fixes', text, fixes });
    return response?.ok && response.passing ? response.passing : fixes.map(() => false);
  }

  /**
   * Files on disk may have changed: analyses queued after this read the build contexts again
   * (queued like a job, so no analysis that was asked for earlier sees the drop half-way).
   */
  forgetBuildContexts(): void {
    void this.enqueue({ op: 'forget-build-contexts' });
  }

  /** A tag moved: analyses queued after this read base images from the cache again (queued like forgetBuildContexts). */
  forgetBaseImages(): void {
    void this.enqueue({ op: 'forget-base-images' });
  }

  dispose(): void {
    this.disposed = true;
    this.warming = undefined;
    clearTimeout(this.idleTimer);
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    if (this.running) this.finish(this.running.id, undefined);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private enqueue(request: Job['request'], key?: string): Promise<ReceivedResponse | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    // idle time, which warming up waits for, counts from the last job the editor asked for
    this.lastAskedAt = performance.now();
    return new Promise((resolve) => {
      if (key !== undefined) {
        const older = this.queue.findIndex((job) => job.key === key);
        if (older >= 0) this.queue.splice(older, 1)[0].resolve(undefined);
      }
      this.queue.push({ request, key, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift() ?? this.warmUpJob();
    if (!job) return;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.restartWorker();
      this.finish(id, { id, ok: false, error: `dflint stopped analysing this document after ${this.options.timeoutMs / 1000} s` });
    }, this.options.timeoutMs);
    const memoryCheck = setInterval(() => this.checkMemory(id), MEMORY_CHECK_MS);
    this.running = { job, id, timer, memoryCheck, startedAt: performance.now() };
    this.ensureWorker().postMessage({ ...job.request, id } as WorkerRequest);
    this.checkMemory(id);
  }

  /** The next round of warming up, when the editor has been idle long enough (else pump is called again then). */
  private warmUpJob(): Job | undefined {
    const warming = this.warming;
    if (!warming) return undefined;
    const idleFor = performance.now() - this.lastAskedAt;
    if (idleFor < WARM_UP_IDLE_MS) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.pump(), WARM_UP_IDLE_MS - idleFor);
      this.idleTimer.unref();
      return undefined;
    }
    const round = warming.round++;
    return {
      request: { op: 'warm-up', input: warming.input, round, spentMs: warming.spentMs },
      warmUp: true,
      resolve: (response) => {
        if (response?.ok && response.warmUpSpentMs !== undefined) warming.spentMs = response.warmUpSpentMs;
        if ((response?.ok && !response.warmUpDone) || this.warming !== warming) return;
        this.warming = undefined;
        this.options.debugLog?.(`warmed the analysis up: ${round + 1} rounds, ${Math.round(warming.spentMs)} ms${response?.ok ? '' : ` (stopped: ${response ? response.error : 'superseded'})`}`);
      },
    };
  }

  private checkMemory(id: number): void {
    const usedMb = process.memoryUsage.rss() / (1024 * 1024);
    if (usedMb <= this.options.memoryCapMb) return;
    this.restartWorker();
    this.finish(id, { id, ok: false, error: `dflint stopped analysing this document: the server went over its memory cap of ${this.options.memoryCapMb} MB` });
  }

  /** the worker's memory goes with it; the next job starts a fresh one */
  releaseIdleWorker(): void {
    this.warming = undefined;
    // a round of warming up is not worth keeping the worker for
    if (this.running?.job.warmUp) this.finish(this.running.id, undefined);
    if (this.running || this.queue.length > 0) return;
    this.restartWorker();
    // the next worker starts cold: the next first analysis warms it up again
    this.warmedUp = false;
  }

  private finish(id: number, response: ReceivedResponse | undefined): void {
    if (this.running?.id !== id) return;
    clearTimeout(this.running.timer);
    clearInterval(this.running.memoryCheck);
    const { job, startedAt } = this.running;
    this.running = undefined;
    if (!job.warmUp) this.lastAskedAt = performance.now();
    if (job.request.op === 'analyze') this.lastAnalysisMs = performance.now() - startedAt;
    job.resolve(response);
    this.pump();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(__dirname, 'analysis-worker.js'), {
      resourceLimits: workerLimits(this.options.memoryCapMb),
      stdout: true,
      stderr: true,
    });
    // every analysis this worker posts is received, in order, including one whose job was dropped:
    // the worker's next analyses of a document refer to it
    const receiver = new AnalysisReceiver();
    worker.on('message', (response: WorkerResponse) => this.finish(response.id, this.received(worker, receiver, response)));
    worker.on('error', (error) => this.workerDied(worker, error.message));
    worker.on('exit', (code) => this.workerDied(worker, `the analysis worker exited (${code})`));
    // the worker must never write to stdout: that is the LSP channel
    worker.stdout.resume();
    worker.stderr.pipe(process.stderr);
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private received(worker: Worker, receiver: AnalysisReceiver, response: WorkerResponse): ReceivedResponse {
    if (!response.ok || !response.analysis) return response as ReceivedResponse;
    try {
      return { ...response, analysis: receiver.receive(response.analysis) };
    } catch (error) {
      // the two threads no longer agree on what was posted before: a fresh worker starts both afresh
      if (this.worker === worker) this.restartWorker();
      return { id: response.id, ok: false, error: `dflint could not read the analysis: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private workerDied(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (this.running) this.finish(this.running.id, { id: this.running.id, ok: false, error: `dflint could not analyse this document: ${reason}` });
  }

  private restartWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}

/** V8 limits inside the cap, leaving room for the main thread and memory V8 does not count (wasm, buffers) */
function workerLimits(memoryCapMb: number) {
  return {
    maxOldGenerationSizeMb: Math.max(64, Math.floor(memoryCapMb * 0.6)),
    maxYoungGenerationSizeMb: Math.max(8, Math.min(32, Math.floor(memoryCapMb / 32))),
    codeRangeSizeMb: 64,
  };
}
