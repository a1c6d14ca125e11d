import type { ShellWord } from '../../parse/shell-types';
import type { Effect } from '../types';
import { homeOf, resolvePath, unknownWrite, type Call } from './call';
import { expandWord } from './expand';
import type { Handler } from './handler';
import { parseOptions, sliceWord } from './options';

/**
 * Commands that write nothing to the filesystem (their output may still be redirected; the
 * redirects are handled apart).
 */
export const NO_EFFECT: ReadonlySet<string> = new Set([
  'true', 'false', ':', 'echo', 'printf', 'cat', 'ls', 'test', '[', '[[', 'set', 'shopt', 'pwd',
  'grep', 'egrep', 'fgrep', 'which', 'id', 'whoami', 'groups', 'sleep', 'exit', 'return', 'shift',
  'uname', 'arch', 'date', 'head', 'tail', 'wc', 'sort', 'uniq', 'cut', 'tr', 'awk', 'sed', 'stat',
  'du', 'df', 'nproc', 'type', 'hash', 'trap', 'wait', 'umask', 'ulimit', 'alias', 'let', 'printenv',
  'basename', 'dirname', 'realpath', 'readlink', 'getent', 'md5sum', 'sha1sum', 'sha256sum',
  'sha512sum', 'cksum', 'cmp', 'diff', 'file', 'ldd', 'seq', 'yes', 'sync', 'tty', 'locale', 'getconf',
  'lsb_release', 'free', 'ps', 'jq', 'base64', 'xxd', 'od', 'hexdump',
  'dpkg-query', 'apt-cache', 'apt-mark', 'getopts', 'zcat', 'xzcat', 'bzcat', 'zstdcat',
]);

/** `NAME=value` words of export/readonly/declare/local, and bare assignments. */
function assignWord(call: Call, word: ShellWord): void {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(=?)/.exec(word.value);
  if (!match || match[2] !== '=') return;
  const name = match[1];
  call.state.assign(name, assignedValue(call, sliceWord(word, name.length + 1)));
}

/** An assignment's value: no splitting or globbing happens there, so a pattern stays as written. */
export function assignedValue(call: Call, word: ShellWord | undefined): string | undefined {
  if (!word) return '';
  const expansion = expandWord(word, call.wordVars, homeOf(call));
  return expansion.known ? expansion.value : undefined;
}

function declare(call: Call): Effect[] {
  for (const word of call.args) if (!word.value.startsWith('-')) assignWord(call, word);
  return [];
}

/** `unset X` leaves X empty: that is known. */
function unset(call: Call): Effect[] {
  if (call.args.some((word) => word.value === '-f')) return [];
  for (const word of call.args) if (!word.value.startsWith('-')) call.state.assign(word.value, '');
  return [];
}

/** `read NAME…` sets its variables at build time. */
function read(call: Call): Effect[] {
  for (const word of parseOptions(call.args, { shortValues: 'adnNptu' }).operands) call.state.assign(word.value, undefined);
  return [];
}

function cd(call: Call): Effect[] {
  const target = call.args.find((word) => !/^-[LPe@]+$/.test(word.value));
  if (!target) {
    call.state.cwd = homeOf(call);
  } else {
    const resolved = target.value === '-' ? undefined : resolvePath(call, target);
    call.state.cwd = resolved?.ok && !resolved.glob ? resolved.path : undefined;
  }
  return [];
}

/** The directory stack is not tracked: after popd the directory is not known. */
function popd(call: Call): Effect[] {
  call.state.cwd = undefined;
  return [];
}

function source(call: Call): Effect[] {
  const file = call.args[0]?.raw ?? 'a file';
  return [unknownWrite(call, `${call.name}: runs ${file}, which dflint does not read`)];
}

export const BUILTINS: Readonly<Record<string, Handler>> = {
  cd,
  pushd: cd,
  popd,
  export: declare,
  readonly: declare,
  declare,
  typeset: declare,
  local: declare,
  unset,
  read,
  source,
  '.': source,
};

/** Bare `A=1 B=$A`: each assignment sees the ones before it. */
export function assignAll(call: Call): void {
  for (const assignment of call.command.assignments) {
    call.state.assign(assignment.name, assignedValue(call, assignment.value));
  }
}
