import type { DownloadProgress, PackageIndexProgress } from '@dflint/core';
import type { CliIo } from './io';

/** A run still going after this long shows its progress. */
const DEFAULT_AFTER_MS = 1000;
/** At most one redraw per this many ms: a terminal need not be written 3,000 times a second. */
const REDRAW_MS = 100;
/** Carriage return, then erase to the end of the line. */
const ERASE = '\r\x1b[K';

/**
 * `dflint: 120/2995 files…` on stderr, rewritten in place while a run lints (a run of one file
 * shows no count), or what the run is downloading while it does; erased before anything else is
 * written and at the end. Drawn only once the run has taken `afterMs`.
 */
export class ProgressLine {
  private done = 0;
  /** a download in progress, shown instead of the file count */
  private activity?: string;
  /** the text on screen, '' when erased */
  private shown = '';
  private stopped = false;
  private lastDraw = -Infinity;
  private readonly started: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly afterMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    // a first file that takes long shows 0/N instead of nothing
    this.timer = setTimeout(() => this.draw(), afterMs);
    this.timer.unref();
  }

  /** `done` files of the run are done. */
  reach(done: number): void {
    if (this.stopped) return;
    this.done = done;
    const now = this.now();
    if (now - this.started >= this.afterMs && now - this.lastDraw >= REDRAW_MS) this.draw();
  }

  /** Shows `text` (a download) instead of the file count; undefined: it is over, the line is erased. */
  report(text: string | undefined): void {
    if (this.stopped || text === this.activity) return;
    this.activity = text;
    if (text === undefined) return this.clear();
    const now = this.now();
    if (now - this.started >= this.afterMs && now - this.lastDraw >= REDRAW_MS) this.draw();
  }

  /** Erases the line, so the next output starts at column 0; the next advance draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.write(ERASE);
    this.shown = '';
    this.lastDraw = -Infinity;
  }

  /** The run is over: no more drawing, and the line is gone. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.clear();
  }

  /** `io`, with the line erased before each write to stdout or stderr. */
  around(io: CliIo): CliIo {
    return {
      ...io,
      out: (text) => {
        this.clear();
        io.out(text);
      },
      err: (text) => {
        this.clear();
        io.err(text);
      },
    };
  }

  private draw(): void {
    const text = this.activity ?? (this.total > 1 ? `dflint: ${this.done}/${this.total} files…` : undefined);
    if (text === undefined) return;
    this.lastDraw = this.now();
    if (text === this.shown) return;
    // a shorter line must not leave the end of the longer one on screen
    this.write(text.length < this.shown.length ? `${ERASE}${text}` : `\r${text}`);
    this.shown = text;
  }
}

/**
 * A progress line for a run of `total` files, or none: only on a terminal's stderr (never a pipe
 * or file), not in CI (`CI` set), not with --quiet. A single file gets no count, only downloads.
 * `DFLINT_PROGRESS_AFTER_MS` (internal, for tests) replaces the 1 s delay.
 */
export function progressFor(total: number, options: { quiet?: boolean }, io: CliIo): ProgressLine | undefined {
  const ci = io.env.CI !== undefined && !['', '0', 'false'].includes(io.env.CI.toLowerCase());
  if (!io.stderrIsTTY || ci || options.quiet) return undefined;
  const after = io.env.DFLINT_PROGRESS_AFTER_MS ? Number(io.env.DFLINT_PROGRESS_AFTER_MS) : NaN;
  return new ProgressLine(total, (text) => io.err(text), after >= 0 ? after : DEFAULT_AFTER_MS);
}

const DOWNLOAD_UNITS: ReadonlyArray<readonly [string, number]> = [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]];

/** `resolving docker.io/library/debian:bookworm: 12.3 of 48.1 MiB (1/3 layers)` */
export function downloadLine(progress: DownloadProgress): string {
  return `resolving ${progress.image}: ${ofTotal(progress.receivedBytes, progress.totalBytes)} (${progress.layersDone}/${progress.layerCount} layers)`;
}

/** `fetching deb.debian.org/debian bookworm main amd64 Packages: 3.1 of 8.4 MiB` */
export function indexDownloadLine(progress: PackageIndexProgress): string {
  return `fetching ${progress.index}: ${ofTotal(progress.receivedBytes, progress.totalBytes)}`;
}

/** `3.1 of 8.4 MiB`, in the total's unit */
function ofTotal(received: number, total: number): string {
  const [unit, size] = DOWNLOAD_UNITS.find(([, bytes]) => total >= bytes) ?? DOWNLOAD_UNITS[2];
  const amount = (bytes: number) => (bytes / size).toFixed(1);
  return `${amount(received)} of ${amount(total)} ${unit}`;
}
