import type { CliIo } from './io';

/** Pending stdout is written once it reaches this many chars, ... */
const BATCH_CHARS = 32 * 1024;
/** ... or once it has waited this long for the event loop to come round (a slow file, a worker's result). */
const BATCH_MS = 50;

export interface BatchedIo extends CliIo {
  /** Writes what is pending now. */
  flush(): void;
}

/**
 * The io with stdout gathered into chunks when it is not a terminal: a run of many files wrote
 * one small chunk per file, and each write costs a syscall and a trip through the stream. Order
 * is kept: stderr writes what stdout has pending first, so `2>&1` reads as before. A terminal
 * (a person reading as the files are done) is written to at once, as is everything after flush().
 */
export function batchedOutput(io: CliIo): BatchedIo {
  if (io.stdoutIsTTY) return withMethods(io, { out: io.out, err: io.err, flush: () => {} });
  let pending: string[] = [];
  let pendingChars = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const text = pending.length === 1 ? pending[0] : pending.join('');
    pending = [];
    pendingChars = 0;
    io.out(text);
  };
  const out = (text: string) => {
    if (text === '') return;
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= BATCH_CHARS) flush();
    else timer ??= setTimeout(flush, BATCH_MS).unref();
  };
  const err = (text: string) => {
    flush();
    io.err(text);
  };
  return withMethods(io, { out, err, flush });
}

/** A copy of io with these methods; its other properties copied as they are (a getter stays one: process.stdin is made on first use). */
function withMethods(io: CliIo, methods: Pick<BatchedIo, 'out' | 'err' | 'flush'>): BatchedIo {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(io)) as CliIo;
  return Object.assign(copy, methods);
}
