import type { ShellCommand, ShellWord } from '../../parse/shell-types';
import { baseName, resolveImagePath } from '../paths';
import type { Effect, UnknownWriteEffect } from '../types';
import { expandWord, type VarLookup } from './expand';
import type { ShellState } from './shell-state';

/** One command as it runs: its name, arguments and the shell state around it. */
export interface Call {
  /** the command's name (for effects' `command`) */
  name: string;
  /** the arguments after the name */
  args: readonly ShellWord[];
  /** the simple command in the script (for its range and redirects) */
  command: ShellCommand;
  /** the shell's state; builtins like `cd` change it */
  state: ShellState;
  /** variables this command sees (the shell's plus `X=1 cmd` prefixes): decides cache locations */
  env: VarLookup;
  /** variables words may expand from: none inside loops, whose variable dflint does not track */
  wordVars: VarLookup;
  /** the command reads a pipe (`… | cmd`) */
  piped: boolean;
}

export type ResolvedPath =
  | { ok: true; path: string; glob: boolean }
  | {
      ok: false;
      reason: string;
      /** a directory the path is known to lie under, when that is narrower than `/` */
      under?: string;
    };

/** `range` and `command` of an effect this call has. */
export function origin(call: Call, command: string = call.name): { range: ShellCommand['range']; command: string } {
  return { range: call.command.range, command };
}

export function homeOf(call: Call): string {
  return call.env('HOME') ?? call.state.home;
}

/**
 * The expanded text of a word (an option value, a size); undefined if dynamic or a glob. For a
 * URL pass `patterns: 'literal'`: its `?` would only expand if a file matched, which never happens.
 */
export function textOf(call: Call, word: ShellWord | undefined, patterns: 'reject' | 'literal' = 'reject'): string | undefined {
  if (!word) return undefined;
  const expansion = expandWord(word, call.wordVars, homeOf(call));
  return expansion.known && (!expansion.glob || patterns === 'literal') ? expansion.value : undefined;
}

/** Resolves a path word against the current directory. */
export function resolvePath(call: Call, word: ShellWord): ResolvedPath {
  const expansion = expandWord(word, call.wordVars, homeOf(call));
  if (!expansion.known) {
    const slash = expansion.prefix.lastIndexOf('/');
    const known = slash < 0 ? undefined : resolveText(call, expansion.prefix.slice(0, slash + 1));
    const under = known && known !== '/' ? known : undefined;
    return { ok: false, reason: `\`${word.raw}\`: ${expansion.reason}`, under };
  }
  if (expansion.value === '') return { ok: false, reason: `\`${word.raw}\` expands to nothing` };
  const path = resolveText(call, expansion.value);
  if (path === undefined) {
    return { ok: false, reason: `\`${word.raw}\` is relative to a directory dflint does not know` };
  }
  return { ok: true, path, glob: expansion.glob };
}

/** An absolute or relative path text, resolved; undefined when relative to an unknown directory. */
export function resolveText(call: Call, text: string): string | undefined {
  if (text.startsWith('/')) return resolveImagePath('/', text);
  return call.state.cwd === undefined ? undefined : resolveImagePath(call.state.cwd, text);
}

export function unknownWrite(call: Call, reason: string, path?: string, command?: string): UnknownWriteEffect {
  const effect: UnknownWriteEffect = { kind: 'unknown-write', ...origin(call, command), reason };
  if (path !== undefined) effect.path = path;
  else if (call.state.cwd !== undefined) effect.cwd = call.state.cwd;
  return effect;
}

/** The effects of `make` on a path word, or an unknown-write when the path is not known. */
export function onPath(
  call: Call,
  word: ShellWord,
  make: (path: string, glob: boolean) => Effect | Effect[],
): Effect[] {
  const resolved = resolvePath(call, word);
  if (!resolved.ok) return [unknownWrite(call, `${call.name}: ${resolved.reason}`, resolved.under)];
  const made = make(resolved.path, resolved.glob);
  return Array.isArray(made) ? made : [made];
}


/** `{ path }`, with `glob: true` only for a pattern. */
export function pathFields(path: string, glob: boolean): { path: string; glob?: boolean } {
  return glob ? { path, glob } : { path };
}

/** The name a command word runs: the basename of its expanded text; '' when not known. */
export function commandNameOf(call: Call, word: ShellWord | undefined): string {
  const text = textOf(call, word);
  return text === undefined ? '' : baseName(text);
}
