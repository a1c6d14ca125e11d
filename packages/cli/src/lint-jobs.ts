// What the threads of `dflint --jobs N` send each other (lint-workers.ts, lint-jobs-server.ts).
import type { FileJob, FileOutcome } from './lint-file';

/** What a worker thread is started with (lint-worker.ts), and what the main thread's own lint is set up with. */
export interface WorkerSetup {
  env: NodeJS.ProcessEnv;
  quiet: boolean;
  /** resolve base images (and package indexes) as a real run does; false: unknown, as with no resolver */
  baseImages: boolean;
  packageIndexes: boolean;
}

/** A file's outcome from a lint thread, with what its lint printed to stderr (notes), in order. */
export interface WorkerOutcome extends FileOutcome {
  messages: string[];
}

/** Consecutive files of the run, sent to a worker in one message: `first` is the first one's place in the run. */
export interface JobChunk {
  first: number;
  jobs: FileJob[];
}

/** What a worker sends back for a chunk: one outcome per file, in the chunk's order. */
export interface ChunkReply {
  first: number;
  outcomes: WorkerOutcome[];
  /** a worker's shellcheck rule asked for ShellCheck (which is missing: workers run only then) */
  shellcheckAsked: boolean;
}
