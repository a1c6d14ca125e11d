import type { ShellScript } from '../../parse/shell-types';
import type { Effect, ShellEffectsEnv } from '../types';
import { commandEffects } from './dispatch';
import { ScopeStack, ShellState } from './shell-state';

/** What the commands of one RUN script do to the filesystem, in order. */
export function shellEffects(script: ShellScript, env: ShellEffectsEnv): Effect[] {
  const scopes = new ScopeStack(ShellState.initial(env));
  // a loop, not flatMap: one array for the script, not a flattening of one per command
  const effects: Effect[] = [];
  for (const command of script.commands) {
    for (const effect of commandEffects(command, scopes.stateFor(command))) effects.push(effect);
  }
  return effects;
}
