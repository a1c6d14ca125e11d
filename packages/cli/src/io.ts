/** What the CLI touches of the outside world; tests can pass their own. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}

/** Exit codes other tools rely on (DESIGN.md). */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** A problem with how dflint was called or with its input: one line on stderr, exit 2. */
export class UsageError extends Error {}
