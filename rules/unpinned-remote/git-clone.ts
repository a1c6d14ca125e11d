import type { ShellCommand, ShellWord } from '@dflint/core/rule-kit';
import { isAbbreviatedSha, looksLikeTag } from './mutable-url';

/** git options before the subcommand that take a separate value (`git -C dir clone …`). */
const GLOBAL_WITH_VALUE = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path', '--config-env']);

/** `git clone` options that take a separate value. */
const CLONE_WITH_VALUE = new Set([
  '-b', '--branch', '-o', '--origin', '-c', '--config', '--depth', '--reference', '--reference-if-able',
  '-j', '--jobs', '--filter', '--shallow-since', '--shallow-exclude', '-u', '--upload-pack', '--template',
  '--separate-git-dir', '--revision', '--server-option', '--bundle-uri',
]);

export interface GitClone {
  command: ShellCommand;
  repository?: ShellWord;
  /** the `--branch`/`-b` value, if any */
  branch?: ShellWord;
  /** the `--revision` value, if any */
  revision?: ShellWord;
}

/** The subcommand of a git command and the words after it; undefined for anything but git. */
export function gitSubcommand(command: ShellCommand): { name: string; args: ShellWord[] } | undefined {
  if (command.name !== 'git') return undefined;
  const words = command.argv.slice(1);
  for (let i = 0; i < words.length; i++) {
    const value = words[i].value;
    if (GLOBAL_WITH_VALUE.has(value)) i++;
    else if (!value.startsWith('-')) return { name: value, args: words.slice(i + 1) };
  }
  return undefined;
}

export function readClone(command: ShellCommand): GitClone | undefined {
  const sub = gitSubcommand(command);
  if (sub?.name !== 'clone') return undefined;
  const clone: GitClone = { command };
  const positional: ShellWord[] = [];
  const { args } = sub;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const [option, inline] = splitOption(word.value);
    const value = inline !== undefined ? { ...word, value: inline } : CLONE_WITH_VALUE.has(option) ? args[++i] : undefined;
    if (option === '-b' || option === '--branch') clone.branch = value;
    else if (option === '--revision') clone.revision = value;
    else if (word.value === '--') positional.push(...args.slice(i + 1)), (i = args.length);
    else if (!word.value.startsWith('-')) positional.push(word);
  }
  clone.repository = positional[0];
  return clone;
}

/** `--branch=v1` → [`--branch`, `v1`]; `-bv1` → [`-b`, `v1`]; anything else → [word]. */
function splitOption(word: string): [string, string | undefined] {
  const long = /^(--[^=]+)=(.*)$/.exec(word);
  if (long) return [long[1], long[2]];
  if (/^-b./.test(word)) return ['-b', word.slice(2)];
  return [word, undefined];
}

/**
 * A ref that fixes what is checked out: a commit hash, a tag-looking name, or a variable (an ARG
 * or ENV value is part of the RUN's cache key, so changing it re-runs the RUN).
 */
export function pinsCommit(word: ShellWord | undefined): boolean {
  if (!word) return false;
  // `$(git describe …)` picks whatever is newest: a command substitution pins nothing
  if (word.dynamic) return !/\$\(|`/.test(word.raw);
  return isAbbreviatedSha(word.value) || looksLikeTag(word.value);
}

/** A later `git checkout|switch|reset --hard|fetch <pinned ref>` in the same RUN pins a clone. */
export function pinsClone(command: ShellCommand): boolean {
  const sub = gitSubcommand(command);
  if (!sub || !['checkout', 'switch', 'reset', 'fetch'].includes(sub.name)) return false;
  if (sub.name === 'reset' && !sub.args.some((word) => word.value === '--hard')) return false;
  return sub.args.some((word) => !word.value.startsWith('-') && pinsCommit(word));
}
