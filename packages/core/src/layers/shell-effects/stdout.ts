import type { ShellWord } from '../../parse/shell-types';
import { UNKNOWN, ZERO, exact } from '../bytes';
import type { Bytes } from '../types';
import { textOf, type Call } from './call';
import { headBytes, readDd } from './sized-writes';

/** What a command prints: a known amount of bytes, or the content of one file (`cat FILE`). */
export type Output = { kind: 'bytes'; bytes: Bytes } | { kind: 'file'; from: ShellWord };

const SILENT: ReadonlySet<string> = new Set([':', 'true', 'false']);

/** Commands that print nothing on stderr when they succeed. */
const QUIET_ON_SUCCESS: ReadonlySet<string> = new Set([...SILENT, 'echo', 'printf', 'cat', 'head']);

export function stdoutOf(call: Call | undefined): Output {
  if (!call) return bytes(ZERO);
  if (SILENT.has(call.name)) return bytes(ZERO);
  switch (call.name) {
    case 'echo':
      return bytes(echoBytes(call));
    case 'printf':
      return bytes(printfBytes(call));
    case 'cat':
      return catOutput(call);
    case 'dd': {
      const run = readDd(call);
      return bytes(run.output ? ZERO : run.bytes);
    }
    case 'head':
      return bytes(headBytes(call));
  }
  return bytes(UNKNOWN);
}

/** What the command prints on stderr, when it is known to be nothing. */
export function stderrOf(call: Call | undefined): Bytes {
  if (!call || QUIET_ON_SUCCESS.has(call.name)) return ZERO;
  if (call.name === 'dd' && call.args.some((word) => word.value === 'status=none')) return ZERO;
  return UNKNOWN;
}

function bytes(figure: Bytes): Output {
  return { kind: 'bytes', bytes: figure };
}

/**
 * `echo` joins its arguments with spaces and ends with a newline (`-n`: without). sh's echo
 * interprets backslash escapes and bash's does not, so any backslash makes the size unknown;
 * so do `-e`/`-E`, which dash prints as text.
 */
function echoBytes(call: Call): Bytes {
  let newline = true;
  let index = 0;
  while (index < call.args.length && call.args[index].value === '-n') {
    newline = false;
    index++;
  }
  const texts: string[] = [];
  for (const word of call.args.slice(index)) {
    const text = textOf(call, word);
    if (text === undefined || text.includes('\\')) return UNKNOWN;
    texts.push(text);
  }
  if (texts.length > 0 && /^-[neE]+$/.test(texts[0])) return UNKNOWN;
  return exact(Buffer.byteLength(texts.join(' ') + (newline ? '\n' : ''), 'utf8'));
}

/** `printf FORMAT` without conversions or escapes prints the format as it is. */
function printfBytes(call: Call): Bytes {
  if (call.args.length !== 1) return UNKNOWN;
  const format = textOf(call, call.args[0]);
  if (format === undefined || /[%\\]/.test(format) || format.startsWith('-')) return UNKNOWN;
  return exact(Buffer.byteLength(format, 'utf8'));
}

function catOutput(call: Call): Output {
  const [only, ...rest] = call.args;
  if (!only || rest.length > 0 || only.value.startsWith('-')) return bytes(UNKNOWN);
  return { kind: 'file', from: only };
}
