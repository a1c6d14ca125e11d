import type { ShellCommand } from '../../parse/shell-types';
import type { Effect } from '../types';
import { ARCHIVE_COMMANDS } from './archives';
import { BUILD_TOOL_COMMANDS } from './build-tool-packages';
import { assignAll, assignedValue, BUILTINS, NO_EFFECT } from './builtins';
import { commandNameOf, unknownWrite, type Call } from './call';
import { COPY_COMMANDS } from './copy-commands';
import { DOWNLOAD_COMMANDS } from './downloads';
import { FILE_COMMANDS } from './file-commands';
import type { Handler } from './handler';
import { NODE_PACKAGE_COMMANDS } from './node-packages';
import { OS_PACKAGE_COMMANDS } from './os-packages';
import { PYTHON_PACKAGE_COMMANDS, PYTHON_PACKAGE_PATTERNS } from './python-packages';
import { redirectEffects } from './redirects';
import type { ShellState } from './shell-state';
import { SIZED_WRITE_COMMANDS } from './sized-writes';
import { SYSTEM_COMMANDS } from './system-commands';
import { unwrap } from './wrappers';

const HANDLERS: Readonly<Record<string, Handler>> = {
  ...BUILTINS,
  ...FILE_COMMANDS,
  ...COPY_COMMANDS,
  ...SIZED_WRITE_COMMANDS,
  ...ARCHIVE_COMMANDS,
  ...DOWNLOAD_COMMANDS,
  ...SYSTEM_COMMANDS,
  ...OS_PACKAGE_COMMANDS,
  ...PYTHON_PACKAGE_COMMANDS,
  ...NODE_PACKAGE_COMMANDS,
  ...BUILD_TOOL_COMMANDS,
};

/** Handlers for families of names (pip3.12, python3). */
const PATTERN_HANDLERS: ReadonlyArray<[RegExp, Handler]> = [...PYTHON_PACKAGE_PATTERNS];

/** A lone `--version`, `--help` (`go version`): prints and writes nothing. */
const INFO_ARGUMENTS: ReadonlySet<string> = new Set(['--version', '-version', '--help', 'version']);

/** The effects of one simple command, its redirects included, in the state it runs in. */
export function commandEffects(command: ShellCommand, state: ShellState): Effect[] {
  const call = callOf(command, state);
  if (command.argv.length === 0) {
    assignAll(call);
    return redirectEffects(call, undefined);
  }
  const unwrapped = unwrap(call);
  if (!unwrapped.ok) return [...unwrapped.effects, ...redirectEffects(call, call)];
  const effects = unwrapped.runs ? run(unwrapped.runs) : [];
  const redirected = redirectEffects(call, unwrapped.printer);
  return redirected.length === 0 ? effects : [...effects, ...redirected];
}

function callOf(command: ShellCommand, state: ShellState): Call {
  const loop = command.context.includes('loop');
  const wordVars = loop ? () => undefined : (name: string) => state.vars.get(name);
  const call: Call = {
    name: command.name,
    args: command.argv.slice(1),
    command,
    state,
    env: (name) => state.vars.get(name),
    wordVars,
    piped: command.join === '|',
  };
  if (call.name === '' && command.argv.length > 0) call.name = commandNameOf(call, command.argv[0]);
  if (command.assignments.length === 0 || command.argv.length === 0) return call;
  // `X=1 cmd`: cmd sees X, but its own words were expanded before X was set
  const prefix = new Map<string, string | undefined>();
  for (const assignment of command.assignments) prefix.set(assignment.name, assignedValue(call, assignment.value));
  return { ...call, env: (name) => (prefix.has(name) ? prefix.get(name) : state.vars.get(name)) };
}

function run(call: Call): Effect[] {
  if (call.name === '') return [unknownWrite(call, 'the command name is not known statically')];
  if (call.args.length === 1 && INFO_ARGUMENTS.has(call.args[0].value)) return [];
  const handler = handlerFor(call.name);
  if (handler) return handler(call);
  if (NO_EFFECT.has(call.name)) return [];
  return [unknownWrite(call, `\`${call.name}\` writes files dflint cannot see`)];
}

function handlerFor(name: string): Handler | undefined {
  if (Object.hasOwn(HANDLERS, name)) return HANDLERS[name];
  return PATTERN_HANDLERS.find(([pattern]) => pattern.test(name))?.[1];
}
