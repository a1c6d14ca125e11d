import type { ParsedDocument } from '../parse/document';
import type { Instruction } from '../parse/types';
import { shellEffects } from './shell-effects';
import type { StepEnvironment } from './stage-env';
import type { Effect } from './types';

/** What a RUN does to the filesystem, as far as its shell can be read, with notes on the rest. */
export function runEffects(
  document: ParsedDocument,
  instruction: Instruction,
  environment: StepEnvironment,
): { effects: Effect[]; notes: string[] } {
  const opaque = (reason: string): { effects: Effect[]; notes: string[] } => ({
    effects: [{ kind: 'unknown-write', command: 'RUN', range: instruction.range, cwd: environment.workdir, reason }],
    notes: [reason],
  });
  if (instruction.form === 'exec') return opaque('exec-form RUN: dflint does not model what the program writes');
  if (instruction.shell && instruction.shell.kind !== 'posix') {
    return opaque(`${instruction.shell.argv[0] ?? 'this shell'} is not a POSIX shell: its commands are not modelled`);
  }
  const effects: Effect[] = [];
  const notes: string[] = [];
  for (const script of document.shellScripts(instruction)) {
    effects.push(...shellEffects(script, { workdir: environment.workdir, env: environment.env, home: environment.home }));
    if (script.hasErrors) {
      notes.push(script.unanalyzed ?? 'the shell script has syntax errors: commands that could not be read are not modelled');
      effects.push({ kind: 'unknown-write', command: 'RUN', range: script.range, cwd: environment.workdir, reason: 'unreadable shell' });
    }
  }
  // the why of each figure the model cannot size
  for (const effect of effects) if (effect.kind === 'unknown-write' && effect.reason !== 'unreadable shell') notes.push(effect.reason);
  return { effects, notes: [...new Set(notes)] };
}
