import { availableParallelism } from 'node:os';
import { checkScripts, checkScriptsSync, findShellcheck, SCRIPTS_PER_CALL, type CheckOutcome, type FoundShellcheck, type ShellcheckComment } from './runner';
import type { ShellcheckJob } from './jobs';
import { ShellcheckDiskCache } from './disk-cache';

/** What this process knows of ShellCheck: whether it runs, and why not. */
export interface ShellcheckStatus {
  /** the binary, when there is one */
  binary?: string;
  /** why ShellCheck does not run (no binary, switched off), or the first failure of a run */
  problem?: string;
  /** true when the binary was deliberately switched off (DFLINT_SHELLCHECK=0): nobody needs telling */
  switchedOff: boolean;
  /** whether the shellcheck rule asked for any script: a notice about the binary matters only then */
  asked: boolean;
}

/** entries kept; an editor session makes a new one per edit of a RUN */
const MAX_ENTRIES = 50_000;

/**
 * The process's ShellCheck results, by job key (dialect, known variables, script text): shared by
 * every document, so a RUN body seen in many Dockerfiles is checked once. The CLI and the language
 * server fill it ahead (`prefetch`: batched, in parallel, without blocking); the rule reads it
 * and checks what is missing itself, synchronously, in one call per dialect.
 */
export class ShellcheckCache {
  private readonly results = new Map<string, ShellcheckComment[]>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly queue: (() => Promise<void>)[] = [];
  private running = 0;
  private found: FoundShellcheck | undefined;
  private failure: string | undefined;
  private asked = false;
  private disk: ShellcheckDiskCache | undefined;
  /**
   * false in the editor: a miss is checked in the background (prefetch) and counts as no comments
   * until then, so an analysis never waits for ShellCheck (the server analyses again once it is done)
   */
  blocking = true;

  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly parallelism = availableParallelism(),
  ) {}

  status(): ShellcheckStatus {
    const found = this.binary();
    if ('missing' in found) return { problem: found.missing, switchedOff: found.switchedOff === true, asked: this.asked };
    return { binary: found.binary, problem: this.failure, switchedOff: false, asked: this.asked };
  }

  /** Whether ShellCheck can run here (a binary, no failure so far). */
  available(): boolean {
    return 'binary' in this.binary() && this.failure === undefined;
  }

  /**
   * Whether commentsFor is worth a document's jobs (building them costs a walk of every RUN): false
   * when ShellCheck cannot run and asking could change nothing the run reports, as a script asked
   * already (the notice is due) or ShellCheck is switched off (nobody is told).
   */
  wantsJobs(): boolean {
    const found = this.binary();
    if ('binary' in found && this.failure === undefined) return true;
    return !this.asked && !('missing' in found && found.switchedOff === true);
  }

  /**
   * The comments of each job, checking the ones not known yet now, synchronously; undefined when
   * ShellCheck cannot run (the status says why).
   */
  commentsFor(jobs: readonly ShellcheckJob[]): ShellcheckComment[][] | undefined {
    if (jobs.length === 0) return [];
    this.asked = true;
    const found = this.binary();
    if (!('binary' in found) || this.failure !== undefined) return undefined;
    const missing = unique(jobs.filter((job) => !this.known(job.key)));
    if (missing.length > 0 && !this.blocking) void this.prefetch(missing);
    else if (missing.length > 0) this.store(missing, checkScriptsSync(found.binary, missing));
    if (this.failure !== undefined) return undefined;
    return jobs.map((job) => this.results.get(job.key) ?? []);
  }

  /** Whether some of the jobs are being checked in the background (their comments are not known yet). */
  checking(jobs: readonly ShellcheckJob[]): boolean {
    return this.available() && jobs.some((job) => !this.known(job.key) && this.pending.has(job.key));
  }

  /**
   * Checks the jobs not known yet in the background: batches of SCRIPTS_PER_CALL, as many at once
   * as the machine has cores. Resolves when all of `jobs` are known (or ShellCheck failed).
   */
  prefetch(jobs: readonly ShellcheckJob[]): Promise<void> {
    const found = this.binary();
    if (!('binary' in found) || this.failure !== undefined || jobs.length === 0) return Promise.resolve();
    const fresh = unique(jobs.filter((job) => !this.pending.has(job.key) && !this.known(job.key)));
    for (let start = 0; start < fresh.length; start += SCRIPTS_PER_CALL) {
      const batch = fresh.slice(start, start + SCRIPTS_PER_CALL);
      const done = this.enqueue(async () => this.store(batch, await checkScripts(found.binary, batch)));
      for (const job of batch) this.pending.set(job.key, done);
    }
    return Promise.all(jobs.map((job) => this.pending.get(job.key))).then(() => undefined);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push(() => task().finally(resolve));
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < Math.max(1, this.parallelism) && this.queue.length > 0) {
      const task = this.queue.shift() as () => Promise<void>;
      this.running++;
      void task().finally(() => {
        this.running--;
        this.drain();
      });
    }
  }

  private store(jobs: readonly ShellcheckJob[], outcome: CheckOutcome): void {
    for (const job of jobs) this.pending.delete(job.key);
    if ('problem' in outcome) {
      this.failure ??= outcome.problem;
      return;
    }
    jobs.forEach((job, index) => {
      this.results.set(job.key, outcome.comments[index]);
      this.disk?.write(job.key, outcome.comments[index]);
    });
    // oldest first: Map keeps insertion order
    for (const key of this.results.keys()) {
      if (this.results.size <= MAX_ENTRIES) break;
      this.results.delete(key);
    }
  }

  /** in memory, else read from an earlier run's disk cache into memory */
  private known(key: string): boolean {
    if (this.results.has(key)) return true;
    const kept = this.disk?.read(key);
    if (kept) this.results.set(key, kept);
    return kept !== undefined;
  }

  private binary(): FoundShellcheck {
    if (this.found) return this.found;
    this.found = findShellcheck(this.env);
    if ('binary' in this.found && this.env.DFLINT_SHELLCHECK_CACHE !== '0') this.disk = new ShellcheckDiskCache(this.found.binary, this.env);
    return this.found;
  }
}

function unique(jobs: readonly ShellcheckJob[]): ShellcheckJob[] {
  const seen = new Map<string, ShellcheckJob>();
  for (const job of jobs) if (!seen.has(job.key)) seen.set(job.key, job);
  return [...seen.values()];
}

let shared: ShellcheckCache | undefined;

/** The process's cache (the rule, the CLI and the language server share it). */
export function shellcheckCache(): ShellcheckCache {
  return (shared ??= new ShellcheckCache());
}

/** Replaces the process's cache (tests: another PATH or binary). */
export function useShellcheckCache(cache: ShellcheckCache | undefined): void {
  shared = cache;
}
