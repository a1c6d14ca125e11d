import type { TextEdit } from '../engine/rule';
import type { ParsedDocument } from '../parse/document';
import { lineOf } from '../parse/range';
import type { ShellCommand, ShellWord } from '../parse/shell-types';
import type { Instruction } from '../parse/types';
import { appendToRunEdit, directiveAbove } from './append-to-run';
import { deleteInstructionEdit } from './instruction-edits';
import { METADATA_ONLY } from './merge-runs';
import { runPart } from './run-text';
import { mapOutcome, refuse, type FixOutcome } from './outcome';

/** The RUN a later RUN can be moved into, and the edits that do it. */
export interface RunMove {
  into: Instruction;
  edits: TextEdit[];
}

/**
 * Moves `later`, a RUN whose every command `paths` accepts, to the end of the RUN before it
 * (only metadata-only instructions between) and deletes it. The earlier RUN ends with the
 * filesystem, environment, directory, user and shell the later one started with, so its script
 * does the same there. `paths` gives a command's path operands, or undefined when the command
 * is not one to move; relative or dynamic paths need a script that leaves shell state alone.
 * Refused for RUNs with flags (`--mount`, `--network`, …) on the moved RUN, mounts on the
 * receiving one (a mount could cover a moved path), a comment line inside the moved RUN (deleting
 * it would lose the comment), and what runPart and appendToRunEdit refuse.
 */
export function moveIntoRunBefore(
  document: ParsedDocument,
  later: Instruction,
  paths: (command: ShellCommand) => ShellWord[] | undefined,
): FixOutcome<RunMove> {
  if (later.keyword !== 'RUN' || later.form !== 'shell' || later.heredocs.length > 0) return refuse('only a shell-form RUN without heredocs is moved');
  if (later.flags.length > 0) return refuse('the RUN has flags (--mount, --network, …)');
  const stage = document.stages[later.stageIndex];
  let at = stage.instructions.indexOf(later) - 1;
  while (at >= 0 && METADATA_ONLY.has(stage.instructions[at].keyword)) at--;
  const before = at >= 0 ? stage.instructions[at] : undefined;
  if (before?.keyword !== 'RUN') return refuse('no RUN comes right before it');
  if (before.flags.some((flag) => flag.name === 'mount')) return refuse('the RUN before it has mounts');
  const scripts = document.shellScripts(later);
  if (scripts.length !== 1 || scripts[0].hasErrors) return refuse('the script does not parse');
  let readsShellState = false;
  for (const command of scripts[0].commands) {
    const operands = topLevel(command) ? paths(command) : undefined;
    if (!operands) return refuse(`line ${lineOf(command.range)}: \`${command.name || command.argv[0]?.raw || '…'}\` is not a command to move`);
    // not every way a script sets a variable is seen (`${X:=v}`, `X=1 :`): variables are not moved at all
    if (command.argv.some((word) => /[$`]/.test(word.raw))) return refuse(`line ${lineOf(command.range)}: the command uses variables`);
    readsShellState ||= command.argv.some((word) => word.dynamic) || operands.some((word) => !word.value.startsWith('/'));
  }
  const directive = directiveAbove(document, later);
  if (directive) return refuse(directive);
  const part = runPart(document, later);
  if (!part.ok) return part;
  // deleting the RUN deletes its lines: a comment line before its script would go with them
  if (part.value.leadingComments.length > 0) return refuse('a comment line inside the RUN would be lost');
  // the script as \n-separated text (the parser breaks lines on CR, LF and CRLF)
  const text = part.value.text.replace(/\r\n?/g, '\n');
  return mapOutcome(appendToRunEdit(document, before, text, { readsShellState }), (append) => ({ into: before, edits: [append, deleteInstructionEdit(later)] }));
}

/** A simple command at the top of the script, without redirects or assignments, in an `&&`/`;` list. */
function topLevel(command: ShellCommand): boolean {
  return (
    command.context.length === 0 &&
    command.redirects.length === 0 &&
    command.assignments.length === 0 &&
    (command.join === null || command.join === '&&' || command.join === ';' || command.join === 'newline')
  );
}
