import type { ParsedDocument } from '../parse/document';
import { readCommandLines } from '../parse/command-lines';
import { shellOutline } from '../parse/shell';
import type { Instruction } from '../parse/types';
import { oncePerDocument } from '../once-per-document';
import { ok, refuse, type FixOutcome } from './outcome';

/**
 * Builtins and forms that change the state of the shell they run in (directory, variables,
 * options, traps, functions, jobs, the process itself). Separate RUNs each start a fresh
 * shell, so a merged RUN must not let this state reach the commands after it.
 */
const STATEFUL_COMMANDS: ReadonlySet<string> = new Set([
  'cd', 'pushd', 'popd', 'export', 'unset', 'set', 'shopt', 'alias', 'unalias', 'umask', 'trap',
  'source', '.', 'eval', 'exec', 'exit', 'return', 'read', 'readonly', 'declare', 'typeset', 'local',
  'let', 'getopts', 'shift', 'ulimit', 'hash', 'wait', 'builtin', 'command', 'enable', 'mapfile', 'readarray',
]);

/** POSIX special builtins: assignments before them stay in the shell (`FOO=1 :`). */
const SPECIAL_BUILTINS: ReadonlySet<string> = new Set([
  'break', ':', 'continue', '.', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'times', 'trap', 'unset',
]);

/** Expansions that assign in the shell that expands them: `${VAR:=word}`, `${VAR=word}`, `$((VAR=1))`, `$((i++))`. */
const ASSIGNING_EXPANSION = /\$\{\w+:?=|\$\(\([^)]*(?:[^=!<>]=(?!=)|\+\+|--)/;

/** A shell or `set` option that turns errexit on: `-e`, `-eux`, `-o errexit`. */
const ERREXIT_OPTION = /^-[a-zA-Z]*e|^errexit$/;

/** A shell-form RUN's script, ready to be spliced into a merged RUN. */
export interface RunPart {
  instruction: Instruction;
  /**
   * the script as written in the Dockerfile (continuations and the comment lines inside them
   * kept), trailing `;`, spaces and tabs cut
   */
  text: string;
  /** comment lines (trimmed) inside the RUN before its script (`RUN \` + `# note` + `cmd`) */
  leadingComments: string[];
  /** changes shell state that would leak into commands after it: needs its own subshell */
  stateful: boolean;
  /** turns errexit on somewhere (`set -e`, `set -o errexit`), or runs under a shell with -e */
  errexit: boolean;
  /** not a plain `&&` chain (has `;`, newlines, `||`, `&` at the top): needs braces after `&&` */
  compound: boolean;
}

/** Why a RUN cannot be spliced, or its part. */
export function runPart(document: ParsedDocument, run: Instruction): FixOutcome<RunPart> {
  if (run.keyword !== 'RUN' || run.form !== 'shell' || run.heredocs.length > 0) return refuse('only shell-form RUNs without heredocs can be merged');
  if (run.shell?.kind !== 'posix') return refuse('the RUN does not run under a POSIX shell');
  if (!run.argsRange || run.scripts.length !== 1) return refuse('the RUN has no script');
  const [script] = document.shellScripts(run);
  const outline = shellOutline(run.scripts[0]);
  if (script.hasErrors || outline.hasErrors) return refuse('the script does not parse');
  if (outline.comments) return refuse('the script has a # comment');
  const lines = readCommandLines(document.lines, document.lines.offsetAt(run.keywordRange.end), document.escapeChar, run.range.end.line);
  // Docker would go on reading the next instruction's line into this one: what the merge appends would vanish into a comment line
  if (lines[lines.length - 1].escapeAt !== null) return refuse('the last line of the RUN ends with a continuation');
  const argsStart = document.lines.offsetAt(run.argsRange.start);
  // only spaces and tabs separate words for the shell: a trailing \v or \f is part of the last word
  const text = withoutTrailing(document.text.slice(argsStart, lines[lines.length - 1].end), ' \t;');
  if (text === '') return refuse('the script is empty');
  if (text.endsWith(document.escapeChar)) return refuse('the script ends with the escape character');
  // a shell `\` before the `;` cut off would escape what the merge appends
  if (text.endsWith('\\')) return refuse('the script ends with a backslash');
  const errexit =
    (run.shell?.argv ?? []).slice(1).some((arg) => ERREXIT_OPTION.test(arg)) ||
    script.commands.some((command) => command.name === 'set' && command.argv.slice(1).some((word) => word.dynamic || ERREXIT_OPTION.test(word.value)));
  const stateful =
    outline.background ||
    script.errexit ||
    ASSIGNING_EXPANSION.test(text) ||
    script.commands.some((command) => {
      if (command.context.includes('subshell') || command.context.includes('substitution')) return false;
      if (command.context.includes('function') || command.context.includes('background')) return true;
      if (command.argv.length === 0) return command.assignments.length > 0;
      if (command.assignments.length > 0 && SPECIAL_BUILTINS.has(command.name)) return true;
      return command.name === '' || STATEFUL_COMMANDS.has(command.name);
    });
  const compound = outline.statements > 1 || outline.background || outline.listOperators.some((op) => op !== '&&');
  const leadingComments = lines
    .filter((line) => line.skipped && line.start < argsStart)
    .map((line) => document.text.slice(line.start, line.end).trim())
    .filter((comment) => comment !== '');
  return ok({ instruction: run, text, leadingComments, errexit, stateful, compound });
}

/** The script as a piece of an `&&` chain: first, middle or last. */
export function spliceable(part: RunPart, position: { first: boolean; last: boolean }): string {
  if (part.stateful && !position.last) return `( ${part.text} )`;
  // `{ a &; }` does not parse: `&` already ends the command
  if (part.compound && !position.first) return /&\s*$/.test(part.text) ? `{ ${part.text} }` : `{ ${part.text}; }`;
  return part.text;
}

/** The indentation the file already uses on continuation lines (most common), else 4 spaces. */
export const continuationIndent: (document: ParsedDocument) => string = oncePerDocument((document) => {
  const counts = new Map<string, number>();
  for (const instruction of document.instructions) {
    if (instruction.range.end.line === instruction.range.start.line || instruction.heredocs.length) continue;
    const indent = /^[ \t]+/.exec(document.lines.lineText(instruction.range.start.line + 1))?.[0];
    if (indent) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let best = '    ';
  let bestCount = 0;
  for (const [indent, count] of counts) if (count > bestCount) [best, bestCount] = [indent, count];
  return best;
});

/** `text` without the run of `chars` at its end; a loop, since /[ \t;]+$/ backtracks quadratically on long blank runs inside the text. */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}
