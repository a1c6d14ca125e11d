import type { TextEdit } from '../engine/rule';
import type { ParsedDocument } from '../parse/document';
import { shellOutline } from '../parse/shell';
import { firstStartingAfter } from '../parse/instruction-lines';
import type { ShellWord } from '../parse/shell-types';
import type { Instruction } from '../parse/types';
import { isLintDirectiveLine } from '../engine/lint-directive';
import { continuationIndent, runPart } from './run-text';
import { ok, refuse, type FixOutcome } from './outcome';

/** Commands after which a command appended to the script might not run, or not run last. */
const CUTS_SCRIPT_SHORT: ReadonlySet<string> = new Set(['exit', 'exec', 'return', 'trap']);

export interface AppendOptions {
  /**
   * The command's meaning depends on shell state (relative paths, variables, globs): refuse when
   * the script changes that state (cd, export, set, functions, …) before its end.
   */
  readsShellState?: boolean;
}

/**
 * One edit that appends ` && <escape>` and `command` on a continuation line to the end of a RUN's
 * script (trailing `;` and blanks cut). Returns why not when the RUN cannot take it.
 *
 * No grouping is needed: `&&` and `||` have equal precedence and group to the left, so
 * `a || b && cmd` is `(a || b) && cmd`, and in `a; b && cmd` the `&&` binds to `b`, whose status
 * was the RUN's status. Either way `cmd` runs exactly when the RUN used to succeed, and when
 * `cmd` cannot fail (`rm -rf`, `apt-get clean`) the RUN's status is unchanged; when it can (a
 * moved `chmod`), its failure fails the RUN as it failed the RUN it came from.
 */
export function appendToRunEdit(
  document: ParsedDocument,
  run: Instruction,
  command: string,
  options: AppendOptions = {},
): FixOutcome<TextEdit> {
  const outcome = runPart(document, run);
  if (!outcome.ok) return outcome;
  const part = outcome.value;
  const [script] = document.shellScripts(run);
  const cut = script.commands.find((each) => CUTS_SCRIPT_SHORT.has(each.name) && !each.context.includes('subshell') && !each.context.includes('substitution'));
  if (cut) return refuse(`the script runs \`${cut.name}\`: an appended command might not run`);
  if (shellOutline(run.scripts[0]).background) return refuse('the script starts a background job');
  if (options.readsShellState && part.stateful) return refuse('the script changes shell state (cd, export, set, …) the appended command would see');
  const added = shellOutline(command);
  if (added.hasErrors || added.comments || command.trim() === '') return refuse('the command to append does not parse');
  const piece = added.statements > 1 || added.background || added.listOperators.some((op) => op !== '&&') ? `{ ${command}; }` : command;
  const end = document.lines.positionAt(document.lines.offsetAt(run.argsRange!.start) + part.text.length);
  return ok({
    range: { start: end, end: run.range.end },
    newText: ` && ${document.escapeChar}\n${continuationIndent(document)}${piece}`,
  });
}

/** Inserts ` <flag>` right after a word (`--no-cache-dir` after `pip install`). */
export function insertFlagEdit(word: ShellWord, flag: string): TextEdit {
  return { range: { start: word.range.end, end: word.range.end }, newText: ` ${flag}` };
}

/**
 * The lint directive comment (`# dflint-ignore`, `# hadolint ignore=`) that stands above an
 * instruction, after the one before it: deleting the instruction would hand it to the next one.
 */
export function directiveAbove(document: ParsedDocument, instruction: Instruction): string | undefined {
  const { instructions } = document;
  const startLine = instruction.range.start.line;
  // the last instruction that ends above `startLine`; none starting on or after it can
  let at = firstStartingAfter(instructions, startLine - 1) - 1;
  while (at >= 0 && instructions[at].range.end.line >= startLine) at--;
  const before = at >= 0 ? instructions[at] : undefined;
  for (let line = before ? before.range.end.line + 1 : 0; line < instruction.range.start.line; line++) {
    if (isLintDirectiveLine(document.lines.lineText(line))) return `line ${line + 1} is a lint directive for the instruction below it`;
  }
  return undefined;
}
