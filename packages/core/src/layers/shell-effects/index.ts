import type { ShellScript } from '../../parse/shell-types';
import type { Effect, ShellEffectsEnv } from '../types';

/** What the commands of one RUN script do to the filesystem, in order. */
export function shellEffects(script: ShellScript, env: ShellEffectsEnv): Effect[] {
  void script;
  void env;
  throw new Error('shellEffects: not implemented yet');
}
