// Shared by the rules about package-manager and download-tool flags (install-without-yes,
// apt-install-recommends, apt-in-script, zypper-dist-upgrade, wget-without-progress, curl-and-wget):
// the commands of each RUN, ONBUILD triggers included as hadolint checks them, and whether a
// command's failure fails its RUN (what makes a flag that only avoids a failure a safe fix).

import {
  isCommandWrapper,
  packageCommand,
  parseOptions,
  type Instruction,
  type OptionSpec,
  type ParsedArgs,
  type PackageCommand,
  type ParsedDocument,
  type ShellCommand,
  type ShellWord,
} from '@dflint/core/rule-kit';
import { everyRunWithCommands, type RunCommands } from './run-shell-shared';

/** A RUN (or an ONBUILD's RUN trigger) and its simple commands. */
export type CheckedRun = RunCommands;

/** Every RUN and RUN trigger of a section (its `instructions`), in order, with its commands (heredoc bodies included); read-only. */
export const checkedRuns: (document: ParsedDocument, instructions: readonly Instruction[]) => readonly CheckedRun[] = everyRunWithCommands;

/** A package-manager command and the word naming its program (where a global option goes). */
export interface FoundPackageCommand {
  command: ShellCommand;
  found: PackageCommand;
  programWord: ShellWord | undefined;
}

/**
 * The package-manager command a shell command runs: itself (`apt-get install`), or through a
 * wrapper that runs the command in its arguments (`sudo apt-get install`, `env X=1 dnf install`);
 * not a manager's name as an argument of another program (`echo apt install`).
 */
export function packageCommandOf(command: ShellCommand): FoundPackageCommand | undefined {
  const direct = packageCommand(command);
  if (direct) return { command, found: direct, programWord: command.argv[0] };
  if (!isCommandWrapper(command.name)) return undefined;
  const found = packageCommand(command, { throughWrappers: true });
  if (!found) return undefined;
  const programWord = command.argv.slice(1).find((word) => !word.dynamic && word.value.split('/').pop() === found.program);
  return { command, found, programWord };
}

/** The package-manager commands of a RUN, in order. */
export function packageCommandsOf(run: CheckedRun): readonly FoundPackageCommand[] {
  let found = PACKAGE_COMMANDS.get(run);
  if (!found) PACKAGE_COMMANDS.set(run, (found = run.commands.flatMap((command) => packageCommandOf(command) ?? [])));
  return found;
}

// each rule asks for the same runs of checkedRuns: found once per run
const PACKAGE_COMMANDS = new WeakMap<CheckedRun, FoundPackageCommand[]>();

/** `` `apt-get install` `` for messages: the program and the subcommand as written. */
export function commandPhrase(found: PackageCommand, subcommand = found.subcommand): string {
  return `\`${[found.program, subcommand].filter((word) => word !== undefined).join(' ')}\``;
}

/**
 * Whether the RUN fails when `command` fails: the command is at the top level of the RUN's only
 * script, and either only `&&` follows it to the end (`a; cmd && b && c`), or `set -e` is on and
 * the next command starts a new list (`set -e; cmd; b`). Elsewhere (`cmd || true`, `cmd; b`
 * without `set -e`, a pipeline, a loop) the RUN may go on without it.
 */
export function failureFailsRun(document: ParsedDocument, run: Instruction, command: ShellCommand): boolean {
  const scripts = document.shellScripts(run);
  if (scripts.length !== 1 || command.context.length > 0) return false;
  const [script] = scripts;
  const at = script.commands.indexOf(command);
  if (at < 0) return false;
  // a command substitution belongs to the top-level command around it; any other nesting (if, loop, group) is not followed here
  const later = script.commands.slice(at + 1).filter((each) => each.context.length === 0 || each.context.some((context) => context !== 'substitution'));
  if (later.some((each) => each.context.length > 0)) return false;
  if (later.every((each) => each.join === '&&')) return true;
  return script.errexit && (later[0].join === ';' || later[0].join === 'newline');
}

/** GNU wget's short options that take a value (`-O file`, `-qO-`), so a value is not read as options. */
const WGET_OPTIONS: OptionSpec = { shortValues: 'oaieBtTwQOPUlARDIXY', longValues: ['output-file', 'append-output', 'input-file', 'output-document', 'progress'] };

/** wget's arguments parsed as options and operands. */
export function wgetArgs(command: ShellCommand): ParsedArgs {
  return parseOptions(command.argv.slice(1), WGET_OPTIONS);
}

/** Why no fix edits this RUN's commands, when none does: the fix guard keeps heredoc bodies word for word. */
export function uneditableRun(run: Instruction): string | undefined {
  return run.heredocs.length > 0 ? 'dflint does not edit commands in a RUN with a heredoc' : undefined;
}
