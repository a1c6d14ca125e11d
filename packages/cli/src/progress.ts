import type { CliIo } from './io';

/** A run still going after this long shows its progress. */
const DEFAULT_AFTER_MS = 1000;
/** At most one redraw per this many ms: a terminal need not be written 3,000 times a second. */
const REDRAW_MS = 100;
/** Carriage return, then erase to the end of the line. */
const ERASE = '\r\x1b[K';

/**
 * `dflint: 120/2995 files…` on stderr, rewritten in place while a run lints, erased before
 * anything else is written and at the end. Drawn only once the run has taken `afterMs`.
 */
export class ProgressLine {
  private done = 0;
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
    this.lastDraw = this.now();
    const text = `dflint: ${this.done}/${this.total} files…`;
    if (text === this.shown) return;
    this.write(`\r${text}`);
    this.shown = text;
  }
}

/**
 * A progress line for a run of `total` files, or none: only on a terminal's stderr (never a pipe
 * or file), not in CI (`CI` set), not with --quiet, not for a single file.
 * `DFLINT_PROGRESS_AFTER_MS` (internal, for tests) replaces the 1 s delay.
 */
export function progressFor(total: number, options: { quiet?: boolean }, io: CliIo): ProgressLine | undefined {
  const ci = io.env.CI !== undefined && !['', '0', 'false'].includes(io.env.CI.toLowerCase());
  if (!io.stderrIsTTY || ci || options.quiet || total < 2) return undefined;
  const after = io.env.DFLINT_PROGRESS_AFTER_MS ? Number(io.env.DFLINT_PROGRESS_AFTER_MS) : NaN;
  return new ProgressLine(total, (text) => io.err(text), after >= 0 ? after : DEFAULT_AFTER_MS);
}
