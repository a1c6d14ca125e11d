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

/**
 * `printf FORMAT [ARG…]` when what it prints is the same in every sh: POSIX escapes (\n, \t, \NNN
 * octal; not bash's \x), `%%` and plain `%s`, the format reused while arguments remain. Any other
 * conversion, a flag or width, arguments with no `%s` to take them, or an unknown word: unknown.
 */
function printfBytes(call: Call): Bytes {
  const [formatWord, ...argWords] = call.args;
  const format = textOf(call, formatWord);
  if (format === undefined || format.startsWith('-')) return UNKNOWN;
  const args = argWords.map((word) => textOf(call, word));
  const pieces = printfPieces(format);
  if (!pieces || args.some((arg) => arg === undefined)) return UNKNOWN;
  const conversions = pieces.filter((piece) => piece === STRING).length;
  if (conversions === 0 && args.length > 0) return UNKNOWN;
  let total = 0;
  let next = 0;
  do {
    for (const piece of pieces) total += piece === STRING ? Buffer.byteLength(args[next++] ?? '', 'utf8') : piece;
  } while (next < args.length);
  return exact(total);
}

/** A `%s` among a format's pieces; the other pieces are byte counts of literal text. */
const STRING = Symbol('%s');
const POSIX_ESCAPES = new Set(['\\', 'a', 'b', 'f', 'n', 'r', 't', 'v']);

function printfPieces(format: string): Array<number | typeof STRING> | undefined {
  const pieces: Array<number | typeof STRING> = [];
  // the literal text so far, each escape standing as one byte
  let literal = '';
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '\\') {
      const next = format[++i] ?? '';
      if (/[0-7]/.test(next)) {
        for (let digits = 1; digits < 3 && /[0-7]/.test(format[i + 1] ?? ''); digits++) i++;
      } else if (!POSIX_ESCAPES.has(next)) {
        return undefined;
      }
      literal += '.';
    } else if (char === '%') {
      const next = format[++i];
      if (next === '%') literal += '%';
      else if (next !== 's') return undefined;
      else {
        pieces.push(Buffer.byteLength(literal, 'utf8'), STRING);
        literal = '';
      }
    } else {
      literal += char;
    }
  }
  pieces.push(Buffer.byteLength(literal, 'utf8'));
  return pieces;
}

function catOutput(call: Call): Output {
  const [only, ...rest] = call.args;
  if (!only || rest.length > 0 || only.value.startsWith('-')) return bytes(UNKNOWN);
  return { kind: 'file', from: only };
}
