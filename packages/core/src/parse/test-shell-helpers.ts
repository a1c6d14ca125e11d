// Helpers shared by the shell*.test.ts files: parse a script and summarise its commands.
import { parseShell } from './shell';
import type { ShellCommand, ShellScript } from './shell-types';
import type { Position, ScriptSource } from './types';

export const ORIGIN_ZERO: Position = { line: 0, character: 0 };

export function parse(text: string, origin: Position = ORIGIN_ZERO): ShellScript {
  const source: ScriptSource = { text, origin, kind: 'shell-form' };
  return parseShell(source);
}

export function names(script: ShellScript): string[] {
  return script.commands.map((command) => command.name);
}

export function summary(command: ShellCommand): string {
  return `${command.join ?? '-'} ${command.argv.map((word) => word.value).join(' ')} [${command.context.join(',')}]`;
}

export function summaries(text: string): string[] {
  return parse(text).commands.map(summary);
}

export function command(text: string, index = 0): ShellCommand {
  const found = parse(text).commands[index];
  if (!found) throw new Error(`no command ${index} in ${JSON.stringify(text)}`);
  return found;
}
