import type { ShellWord } from '../../parse/shell-types';
import type { Effect } from '../types';
import { commandNameOf, resolvePath, unknownWrite, type Call } from './call';
import { assignedValue } from './builtins';
import { sliceWord } from './options';

/** How a command that runs another command reads its own arguments. */
interface WrapperSpec {
  /** short options that take a value */
  shortValues?: string;
  /** long options (without `--`) that take the next word as value */
  longValues?: readonly string[];
  /** operands before the command: `timeout 10 cmd`, `gosu user cmd` */
  leadingOperands?: number;
  /** `NAME=value` words before the command set its environment (env, sudo) */
  assignments?: boolean;
  /** options after which nothing runs: `command -v x`, `sudo -l` */
  inertOptions?: readonly string[];
}

const WRAPPERS: Readonly<Record<string, WrapperSpec>> = {
  env: { shortValues: 'uCS', longValues: ['unset', 'chdir', 'split-string'], assignments: true },
  sudo: {
    shortValues: 'ughpCDrtUT',
    longValues: ['user', 'group', 'host', 'prompt', 'close-from', 'chdir', 'role', 'type', 'other-user', 'command-timeout'],
    assignments: true,
    inertOptions: ['-l', '--list', '-v', '--validate', '-k', '-K'],
  },
  nohup: {},
  time: {},
  exec: { shortValues: 'a' },
  nice: { shortValues: 'n', longValues: ['adjustment'] },
  ionice: { shortValues: 'cnp', longValues: ['class', 'classdata', 'pid'] },
  stdbuf: { shortValues: 'ioe', longValues: ['input', 'output', 'error'] },
  timeout: { shortValues: 'sk', longValues: ['signal', 'kill-after'], leadingOperands: 1 },
  gosu: { leadingOperands: 1 },
  'su-exec': { leadingOperands: 1 },
  chronic: {},
  eatmydata: {},
  fakeroot: { shortValues: 'sil', longValues: ['lib', 'faked'] },
  command: { inertOptions: ['-v', '-V'] },
  builtin: {},
  busybox: {},
};

/** Whether a program runs the command named in its arguments (`sudo`, `env`, `nice`, …). */
export function isCommandWrapper(program: string): boolean {
  return Object.hasOwn(WRAPPERS, program);
}

export type Unwrapped =
  | {
      ok: true;
      /** the command that runs; undefined when nothing does (`env` alone, `command -v x`) */
      runs: Call | undefined;
      /** what prints to the command's output */
      printer: Call;
    }
  | { ok: false; effects: Effect[] };

/**
 * `sudo apt-get install x`, `env X=1 make`, `nohup cmd`: the command that really runs, with the
 * environment the wrappers give it. Wrappers nest (`sudo env X=1 nice make`) as deep as the
 * script is long, so they are peeled in a loop over one argument list, never sliced per level.
 */
export function unwrap(call: Call): Unwrapped {
  // most commands wrap nothing: what peels wrappers (a map, closures) is not made for them
  if (call.name !== 'xargs' && !Object.hasOwn(WRAPPERS, call.name)) return { ok: true, runs: call, printer: call };
  const words = call.args;
  // what the wrappers peeled so far assign; a level's words see only those of the levels outside it
  const assignedOutside = new Map<string, string | undefined>();
  const outerEnv = call.env;
  const env = (name: string) => (assignedOutside.has(name) ? assignedOutside.get(name) : outerEnv(name));
  /** the wrapper being read; its arguments are words[from…] */
  let level = call;
  let from = 0;
  const withArgs = (at: Call, start: number): Call => (start === 0 ? at : { ...at, args: words.slice(start) });
  for (;;) {
    if (level.name === 'xargs') {
      return { ok: false, effects: [unknownWrite(level, 'xargs: runs a command with arguments read at build time')] };
    }
    const spec = Object.hasOwn(WRAPPERS, level.name) ? WRAPPERS[level.name] : undefined;
    if (!spec) return { ok: true, runs: withArgs(level, from), printer: withArgs(level, from) };
    const read = readWrapper(level, spec, words, from);
    if ('effects' in read) return { ok: false, effects: read.effects };
    if (read.inert || read.nameAt >= words.length) return { ok: true, runs: undefined, printer: withArgs(level, from) };
    const nameWord = words[read.nameAt];
    const name = commandNameOf(level, nameWord);
    if (name === '') {
      return { ok: false, effects: [unknownWrite(level, `${level.name}: runs \`${nameWord.raw}\`, not known statically`)] };
    }
    for (const [key, value] of read.assigned) assignedOutside.set(key, value);
    level = { ...call, name, args: [], state: read.state, env: assignedOutside.size > 0 ? env : outerEnv };
    from = read.nameAt + 1;
  }
}

type WrapperReading =
  | { effects: Effect[] }
  | { inert: boolean; nameAt: number; state: Call['state']; assigned: Map<string, string | undefined> };

/** A wrapper's own options, assignments and leading operands, from words[from]: where the command it runs is named. */
function readWrapper(level: Call, spec: WrapperSpec, words: readonly ShellWord[], from: number): WrapperReading {
  const assigned = new Map<string, string | undefined>();
  let state = level.state;
  let index = from;
  let leading = spec.leadingOperands ?? 0;
  const stop = (inert: boolean): WrapperReading => ({ inert, nameAt: index, state, assigned });
  for (; index < words.length; index++) {
    const word = words[index];
    const text = word.value;
    if (text === '--') {
      index++;
      break;
    }
    if (spec.inertOptions?.includes(text)) return stop(true);
    if (level.name === 'env' && /^(-C|--chdir)/.test(text)) {
      const dir = text === '-C' || text === '--chdir' ? words[++index] : sliceWord(word, text.indexOf('=') + 1 || 2);
      const resolved = dir ? resolvePath(level, dir) : undefined;
      state = state.clone();
      state.cwd = resolved?.ok && !resolved.glob ? resolved.path : undefined;
      continue;
    }
    if (level.name === 'env' && /^(-S|--split-string)/.test(text)) {
      return { effects: [unknownWrite(level, `${level.name} -S: the command is in a string dflint does not split`)] };
    }
    if (text.length > 1 && text.startsWith('-')) {
      if (takesNextWord(text, spec)) index++;
      continue;
    }
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(text);
    if (spec.assignments && assignment) {
      assigned.set(assignment[1], assignedValue(level, sliceWord(word, assignment[0].length)));
      continue;
    }
    if (leading > 0) {
      leading--;
      continue;
    }
    break;
  }
  return stop(false);
}

function takesNextWord(text: string, spec: WrapperSpec): boolean {
  if (text.startsWith('--')) return !text.includes('=') && (spec.longValues ?? []).includes(text.slice(2));
  const letter = text[text.length - 1];
  return (spec.shortValues ?? '').includes(letter) && !text.slice(1, -1).split('').some((c) => (spec.shortValues ?? '').includes(c));
}

