/** What the CLI touches of the outside world; tests can pass their own. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdoutIsTTY: boolean;
  /** the terminal's width when stdout is one */
  stdoutColumns?: number;
  /** progress lines go to stderr only when it is a terminal */
  stderrIsTTY?: boolean;
  out(text: string): void;
  err(text: string): void;
}

export function processIo(): CliIo {
  exitWhenOutputCloses();
  return {
    cwd: process.cwd(),
    env: process.env,
    // on read: process.stdin makes its stream (a TTY, pipe or file handle) when first read, ~1-3 ms a lint of named files never needs
    get stdin() {
      return process.stdin;
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdoutColumns: process.stdout.columns,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}

/**
 * `dflint … | head`: the reader closed the pipe before the report ended. Node would throw EPIPE as
 * an uncaught error with a stack trace; it is an I/O error (exit 2) with one line instead.
 */
function exitWhenOutputCloses(): void {
  process.stderr.on('error', () => process.exit(EXIT.error));
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.stderr.write('dflint: stopped: the program reading the report closed its end of the pipe\n', () => process.exit(EXIT.error));
  });
}

/**
 * The width a human report on stdout wraps to: `COLUMNS` when set to a number (scripts, tests),
 * else the terminal's; none on a pipe, where each finding stays on one line for grep and scripts.
 */
export function stdoutWidth(io: CliIo): number | undefined {
  const columns = Number(io.env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return io.stdoutIsTTY && io.stdoutColumns ? io.stdoutColumns : undefined;
}

/** Exit codes other tools rely on (DESIGN.md). */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** A problem with how dflint was called or with its input: one line on stderr, exit 2. */
export class UsageError extends Error {}
