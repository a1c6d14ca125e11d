import type { ShellWord } from '../../parse/shell-types';
import { UNKNOWN, exact, lowerBound } from '../bytes';
import type { Bytes, Effect } from '../types';
import { onPath, origin, pathFields, textOf, type Call } from './call';
import type { Handler } from './handler';
import { parseOptions, sliceWord } from './options';
import { parseSize } from './sizes';

/** Devices that give as many bytes as asked for. */
const ENDLESS_SOURCES: ReadonlySet<string> = new Set(['/dev/zero', '/dev/urandom', '/dev/random']);

export function isEndlessSource(path: string | undefined): boolean {
  return path !== undefined && ENDLESS_SOURCES.has(path);
}

/** The file given by `< FILE`, as written. */
export function stdinRedirect(call: Call): string | undefined {
  const redirect = call.command.redirects.find((r) => r.op === '<' && (r.fd === undefined || r.fd === 0));
  return textOf(call, redirect?.target);
}

// ---- dd ----------------------------------------------------------------------------------------

export interface DdRun {
  /** `of=FILE`; undefined: dd writes to stdout */
  output?: ShellWord;
  /** bytes dd copies */
  bytes: Bytes;
  /** how the output file is opened */
  mode: 'truncate' | 'append' | 'in-place';
  /** bytes skipped in the output before writing (`seek=`), when known */
  seekBytes: number | undefined;
}

/** Reads dd's `key=value` operands. Counts are exact only from an endless device with count=. */
export function readDd(call: Call): DdRun {
  const operands = new Map<string, ShellWord>();
  for (const word of call.args) {
    const equals = word.value.indexOf('=');
    if (equals > 0) operands.set(word.value.slice(0, equals), sliceWord(word, equals + 1));
  }
  const text = (key: string): string | undefined => textOf(call, operands.get(key));
  const size = (key: string): number | undefined => {
    const value = text(key);
    return value === undefined ? undefined : parseSize(value, 'dd');
  };
  const inputFlags = (text('iflag') ?? '').split(',');
  const outputFlags = (text('oflag') ?? '').split(',');
  const conversions = (text('conv') ?? '').split(',');

  // a block size given but not readable makes the count unknown; a missing one is dd's 512
  const blockOf = (key: 'ibs' | 'obs'): number | undefined =>
    operands.has('bs') ? size('bs') : operands.has(key) ? size(key) : 512;
  const inputBlock = blockOf('ibs');
  const outputBlock = blockOf('obs');
  const count = size('count');
  let bytes: Bytes = UNKNOWN;
  const input = text('if') ?? (operands.has('if') ? undefined : stdinRedirect(call));
  if (isEndlessSource(input) && count !== undefined) {
    if (inputFlags.includes('count_bytes')) bytes = exact(count);
    else if (inputBlock !== undefined) bytes = exact(count * inputBlock);
  }

  const seekKey = operands.has('seek') ? 'seek' : operands.has('oseek') ? 'oseek' : undefined;
  const seek = seekKey ? size(seekKey) : 0;
  const seekBytes =
    seek === undefined ? undefined
    : outputFlags.includes('seek_bytes') ? seek
    : outputBlock === undefined ? undefined
    : seek * outputBlock;

  const mode = outputFlags.includes('append') ? 'append' : conversions.includes('notrunc') ? 'in-place' : 'truncate';
  return { output: operands.get('of'), bytes, mode, seekBytes };
}

function dd(call: Call): Effect[] {
  const run = readDd(call);
  if (!run.output) return [];
  return onPath(call, run.output, (path, glob): Effect => {
    const target = { ...origin(call), ...pathFields(path, glob) };
    if (run.mode === 'append') return { kind: 'copy-up', ...target, recursive: false, creates: true, extraBytes: run.bytes };
    if (run.mode === 'in-place') return { kind: 'copy-up', ...target, recursive: false, creates: true, extraBytes: UNKNOWN };
    const bytes =
      run.bytes.estimate === 'exact' && run.seekBytes !== undefined ? exact(run.seekBytes + run.bytes.value)
      : run.seekBytes === 0 ? run.bytes
      : UNKNOWN;
    return { kind: 'write', ...target, bytes };
  });
}

// ---- head -c -----------------------------------------------------------------------------------

/**
 * What `head` prints: exactly N bytes of an endless device; from a regular file or a pipe it is
 * at most N, so not known.
 */
export function headBytes(call: Call): Bytes {
  const args = parseOptions(call.args, { shortValues: 'cn', longValues: ['bytes', 'lines'] });
  const countText = textOf(call, args.value('-c', '--bytes'));
  if (countText === undefined || args.has('-n', '--lines')) return UNKNOWN;
  const count = parseSize(countText, 'head');
  if (count === undefined) return UNKNOWN;
  const operands = args.operands;
  const source =
    operands.length === 1 ? textOf(call, operands[0])
    : operands.length === 0 && !call.piped ? stdinRedirect(call)
    : undefined;
  return isEndlessSource(source) ? exact(count) : UNKNOWN;
}

// ---- truncate, fallocate -----------------------------------------------------------------------

/** `truncate -s N` sets the size; `-s +N` grows; `-s -N`, `<N`, `>N`, `/N`, `%N` depend on the old size. */
function truncate(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'ors', longValues: ['io-blocks', 'reference', 'size'] });
  const sizeText = textOf(call, args.value('-s', '--size'));
  const relative = sizeText !== undefined && /^[-+<>/%]/.test(sizeText) ? sizeText[0] : '';
  const size = sizeText === undefined || args.has('-o', '--io-blocks') ? undefined : parseSize(sizeText.slice(relative.length), 'coreutils');
  return args.operands.flatMap((word) =>
    onPath(call, word, (path, glob): Effect => {
      const target = { ...origin(call), ...pathFields(path, glob) };
      if (relative === '+' && size !== undefined) {
        return { kind: 'copy-up', ...target, recursive: false, creates: true, extraBytes: exact(size) };
      }
      return { kind: 'write', ...target, bytes: relative === '' && size !== undefined ? exact(size) : UNKNOWN };
    }),
  );
}

/** `fallocate -l N FILE` makes an N-byte file; it never shrinks one, so with `-o` the size is at least offset+N. */
function fallocate(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'lo', longValues: ['length', 'offset'] });
  const length = parseSizeOf(call, args.value('-l', '--length'));
  const offsetWord = args.value('-o', '--offset');
  const offset = offsetWord ? parseSizeOf(call, offsetWord) : 0;
  const reshapes = args.has('-c', '--collapse-range', '-p', '--punch-hole', '-d', '--dig-holes', '-i', '--insert-range', '-z', '--zero-range');
  return args.operands.flatMap((word) =>
    onPath(call, word, (path, glob): Effect => {
      const target = { ...origin(call), ...pathFields(path, glob) };
      if (reshapes) return { kind: 'copy-up', ...target, recursive: false, extraBytes: UNKNOWN };
      let bytes: Bytes = UNKNOWN;
      if (length !== undefined && offset !== undefined && !args.has('-n', '--keep-size')) {
        bytes = offsetWord ? lowerBound(offset + length) : exact(length);
      }
      return { kind: 'write', ...target, bytes };
    }),
  );
}

function parseSizeOf(call: Call, word: ShellWord | undefined): number | undefined {
  const text = textOf(call, word);
  return text === undefined ? undefined : parseSize(text, 'coreutils');
}

export const SIZED_WRITE_COMMANDS: Readonly<Record<string, Handler>> = { dd, truncate, fallocate };
