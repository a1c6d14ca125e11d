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
 * environment the wrapper gives it.
 */
export function unwrap(call: Call): Unwrapped {
  if (call.name === 'xargs') {
    return { ok: false, effects: [unknownWrite(call, 'xargs: runs a command with arguments read at build time')] };
  }
  const spec = Object.hasOwn(WRAPPERS, call.name) ? WRAPPERS[call.name] : undefined;
  if (!spec) return { ok: true, runs: call, printer: call };
  const assigned = new Map<string, string | undefined>();
  let state = call.state;
  let index = 0;
  let leading = spec.leadingOperands ?? 0;
  for (; index < call.args.length; index++) {
    const word = call.args[index];
    const text = word.value;
    if (text === '--') {
      index++;
      break;
    }
    if (spec.inertOptions?.includes(text)) return { ok: true, runs: undefined, printer: call };
    if (call.name === 'env' && /^(-C|--chdir)/.test(text)) {
      const dir = text === '-C' || text === '--chdir' ? call.args[++index] : sliceWord(word, text.indexOf('=') + 1 || 2);
      const resolved = dir ? resolvePath(call, dir) : undefined;
      state = state.clone();
      state.cwd = resolved?.ok && !resolved.glob ? resolved.path : undefined;
      continue;
    }
    if (call.name === 'env' && /^(-S|--split-string)/.test(text)) {
      return { ok: false, effects: [unknownWrite(call, `${call.name} -S: the command is in a string dflint does not split`)] };
    }
    if (text.length > 1 && text.startsWith('-')) {
      if (takesNextWord(text, spec)) index++;
      continue;
    }
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(text);
    if (spec.assignments && assignment) {
      assigned.set(assignment[1], assignedValue(call, sliceWord(word, assignment[0].length)));
      continue;
    }
    if (leading > 0) {
      leading--;
      continue;
    }
    break;
  }
  const [nameWord, ...args] = call.args.slice(index);
  if (!nameWord) return { ok: true, runs: undefined, printer: call };
  const outerEnv = call.env;
  const inner: Call = {
    ...call,
    name: commandNameOf(call, nameWord),
    args,
    state,
    env: (name) => (assigned.has(name) ? assigned.get(name) : outerEnv(name)),
  };
  if (inner.name === '') {
    return { ok: false, effects: [unknownWrite(call, `${call.name}: runs \`${nameWord.raw}\`, not known statically`)] };
  }
  return unwrap(inner);
}

function takesNextWord(text: string, spec: WrapperSpec): boolean {
  if (text.startsWith('--')) return !text.includes('=') && (spec.longValues ?? []).includes(text.slice(2));
  const letter = text[text.length - 1];
  return (spec.shortValues ?? '').includes(letter) && !text.slice(1, -1).split('').some((c) => (spec.shortValues ?? '').includes(c));
}

