import type { ShellWord } from '../../parse/shell-types';

export interface OptionSpec {
  /** short letters that take a value: `-C DIR`, `-CDIR`, `-xzfFILE` */
  shortValues?: string;
  /** long names (without `--`) that take a value: `--directory DIR`, `--directory=DIR` */
  longValues?: readonly string[];
  /** options end at the first operand (POSIX getopt, `sudo`, `env`); GNU tools permute by default */
  stopAtOperand?: boolean;
}

export type ParsedItem =
  | { kind: 'flag'; name: string }
  | { kind: 'value'; name: string; word: ShellWord }
  | { kind: 'operand'; word: ShellWord };

/** Parsed arguments; option names keep their dashes: `-r`, `--recursive`. */
export class ParsedArgs {
  constructor(
    /** every flag, value and operand in the order written */
    readonly items: ParsedItem[],
  ) {}

  get operands(): ShellWord[] {
    // a loop: flatMap's array per item showed in the editor's profile (package commands are classified many times per analysis)
    const operands: ShellWord[] = [];
    for (const item of this.items) if (item.kind === 'operand') operands.push(item.word);
    return operands;
  }

  has(...names: string[]): boolean {
    return this.items.some((item) => item.kind !== 'operand' && names.includes(item.name));
  }

  /** The last value given to any of `names`. */
  value(...names: string[]): ShellWord | undefined {
    let found: ShellWord | undefined;
    for (const item of this.items) if (item.kind === 'value' && names.includes(item.name)) found = item.word;
    return found;
  }
}

/** getopt-style parsing of a command's arguments (not its name). */
export function parseOptions(args: readonly ShellWord[], spec: OptionSpec = {}): ParsedArgs {
  const shortValues = spec.shortValues ?? '';
  const items: ParsedItem[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.value;
    if (optionsEnded || !isOption(word)) {
      items.push({ kind: 'operand', word });
      if (spec.stopAtOperand) optionsEnded = true;
      continue;
    }
    if (text === '--') {
      optionsEnded = true;
      continue;
    }
    if (text.startsWith('--')) {
      const equals = text.indexOf('=');
      if (equals > 0) {
        items.push({ kind: 'value', name: text.slice(0, equals), word: sliceWord(word, equals + 1) });
      } else if (i + 1 < args.length && takesLongValue(spec, text.slice(2))) {
        items.push({ kind: 'value', name: text, word: args[++i] });
      } else {
        items.push({ kind: 'flag', name: text });
      }
      continue;
    }
    for (let j = 1; j < text.length; j++) {
      const name = `-${text[j]}`;
      if (!shortValues.includes(text[j])) {
        items.push({ kind: 'flag', name });
        continue;
      }
      if (j + 1 < text.length) items.push({ kind: 'value', name, word: sliceWord(word, j + 1) });
      else if (i + 1 < args.length) items.push({ kind: 'value', name, word: args[++i] });
      else items.push({ kind: 'flag', name });
      break;
    }
  }
  return new ParsedArgs(items);
}

/**
 * Whether `--name` takes a value. Most specs are literals written at the call, a new object (and
 * array) each call: a set made per spec was made per call. A short list is searched as it is; a
 * long one (curl's, tar's) is a constant, made a set once.
 */
function takesLongValue(spec: OptionSpec, name: string): boolean {
  const longValues = spec.longValues;
  if (longValues === undefined) return false;
  if (longValues.length <= SEARCHED_AS_LIST) return longValues.includes(name);
  let set = longValueSets.get(longValues);
  if (!set) longValueSets.set(longValues, (set = new Set(longValues)));
  return set.has(name);
}

const SEARCHED_AS_LIST = 16;
const longValueSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** `-x`, `--long`; not `-` (stdin) and not a word whose value is only known at run time. */
export function isOption(word: ShellWord): boolean {
  return word.value.length > 1 && word.value.startsWith('-') && !(word.dynamic && word.raw.startsWith('"'));
}

/** The word without its first `count` characters (`-C/opt` → `/opt`). */
export function sliceWord(word: ShellWord, count: number): ShellWord {
  const prefix = word.value.slice(0, count);
  const raw = word.raw.startsWith(prefix) ? word.raw.slice(count) : word.value.slice(count);
  const value = word.value.slice(count);
  return { ...word, value, raw, dynamic: word.dynamic && /[$`*?[{~]/.test(raw) };
}
