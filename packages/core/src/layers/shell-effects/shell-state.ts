import type { ShellCommand, ShellContext } from '../../parse/shell-types';
import type { RunPackages } from '../../package-index/package-knowledge';
import type { ShellEffectsEnv } from '../types';

/** The part of a shell's state that decides where paths land: the directory and the variables. */
export class ShellState {
  constructor(
    /** undefined after a `cd` to a place dflint cannot know */
    public cwd: string | undefined,
    /** statically known variable values; a missing name is not known (the base image may set it) */
    readonly vars: Map<string, string>,
    readonly home: string,
    /** what package indexes say (the same for the whole RUN) */
    readonly packages?: RunPackages,
  ) {}

  static initial(env: ShellEffectsEnv): ShellState {
    const vars = new Map(env.env);
    vars.set('HOME', env.home);
    return new ShellState(env.workdir, vars, env.home, env.packages);
  }

  clone(): ShellState {
    return new ShellState(this.cwd, new Map(this.vars), this.home, this.packages);
  }

  /** Records a variable's value; undefined forgets it (set to something dflint cannot know). */
  assign(name: string, value: string | undefined): void {
    if (value === undefined) this.vars.delete(name);
    else this.vars.set(name, value);
  }
}

/** Contexts whose commands run in a child shell: a `cd` or assignment there does not last. */
const CHILD_SHELL: ReadonlySet<ShellContext> = new Set<ShellContext>(['subshell', 'substitution']);

/**
 * Hands each command the shell state it runs in. `( … )` and `$( … )` get a copy of the outer
 * state for as long as their commands run; background commands get a throw-away copy.
 */
export class ScopeStack {
  private readonly stack: ShellState[];

  constructor(initial: ShellState) {
    this.stack = [initial];
  }

  stateFor(command: ShellCommand): ShellState {
    const depth = command.context.filter((context) => CHILD_SHELL.has(context)).length;
    const last = command.context[command.context.length - 1];
    // the first command of a child shell has no join; it starts a fresh copy of the outer state
    const startsChild = depth > 0 && command.join === null && last !== undefined && CHILD_SHELL.has(last);
    while (this.stack.length - 1 > depth) this.stack.pop();
    if (startsChild && this.stack.length - 1 === depth) this.stack.pop();
    while (this.stack.length - 1 < depth) this.stack.push(this.top().clone());
    return command.context.includes('background') ? this.top().clone() : this.top();
  }

  private top(): ShellState {
    return this.stack[this.stack.length - 1];
  }
}
