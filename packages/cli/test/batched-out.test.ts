// Issue 18: stdout off a terminal is written in chunks, not one write per file; what a reader of
// stdout and stderr together (`2>&1`) sees must not change.
import { batchedOutput } from '../src/batched-out';
import type { CliIo } from '../src/io';

/** An io recording each write as it reaches it, in order, stdout and stderr in one list. */
function recordingIo(stdoutIsTTY: boolean): CliIo & { writes: string[] } {
  const writes: string[] = [];
  return {
    cwd: '/',
    env: {},
    get stdin(): NodeJS.ReadableStream {
      throw new Error('stdin read');
    },
    stdoutIsTTY,
    writes,
    out: (text) => void writes.push(`out:${text}`),
    err: (text) => void writes.push(`err:${text}`),
  };
}

describe('batchedOutput', () => {
  it('holds stdout until flush, then writes it in one chunk', () => {
    const io = recordingIo(false);
    const batched = batchedOutput(io);
    batched.out('a');
    batched.out('b');
    expect(io.writes).toEqual([]);
    batched.flush();
    expect(io.writes).toEqual(['out:ab']);
  });

  it('writes pending stdout before anything on stderr, so the two interleave as before', () => {
    const io = recordingIo(false);
    const batched = batchedOutput(io);
    batched.out('first file\n');
    batched.err('a warning\n');
    batched.out('second file\n');
    batched.flush();
    expect(io.writes).toEqual(['out:first file\n', 'err:a warning\n', 'out:second file\n']);
  });

  it('writes once 32 KiB are pending, without waiting for flush', () => {
    const io = recordingIo(false);
    const batched = batchedOutput(io);
    const part = 'x'.repeat(8 * 1024);
    for (let i = 0; i < 5; i++) batched.out(part);
    expect(io.writes).toEqual([`out:${part.repeat(4)}`]);
    batched.flush();
    expect(io.writes).toEqual([`out:${part.repeat(4)}`, `out:${part}`]);
  });

  it('writes what has waited 50 ms for the event loop to come round, with no flush', () => {
    jest.useFakeTimers();
    try {
      const io = recordingIo(false);
      const batched = batchedOutput(io);
      batched.out('slow file\n');
      jest.advanceTimersByTime(49);
      expect(io.writes).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(io.writes).toEqual(['out:slow file\n']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('writes to a terminal at once', () => {
    const io = recordingIo(true);
    batchedOutput(io).out('a');
    expect(io.writes).toEqual(['out:a']);
  });

  it('keeps the other properties, a getter unread (process.stdin is made on first use)', () => {
    const io = recordingIo(false);
    const batched = batchedOutput(io);
    expect(batched.cwd).toBe('/');
    expect(batched.stdoutIsTTY).toBe(false);
    expect(() => batched.stdin).toThrow('stdin read');
  });
});
