import type { ShellScript } from '../../parse/shell-types';
import type { Effect, ShellEffectsEnv } from '../types';
import { commandEffects } from './dispatch';
import { ScopeStack, ShellState } from './shell-state';

/** What the commands of one RUN script do to the filesystem, in order. */
export function shellEffects(script: ShellScript, env: ShellEffectsEnv): Effect[] {
  const scopes = new ScopeStack(ShellState.initial(env));
  return script.commands.flatMap((command) => commandEffects(command, scopes.stateFor(command)));
}
