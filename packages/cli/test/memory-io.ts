import { Readable } from 'node:stream';
import type { CliIo } from '../src/io';

/** A CliIo whose stdout and stderr are kept in strings, for calling main() in-process. */
export function memoryIo(cwd: string, env: NodeJS.ProcessEnv = {}): CliIo & { stdout: string; stderr: string } {
  const io = {
    cwd,
    env,
    stdin: Readable.from([]),
    stdoutIsTTY: false,
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}
