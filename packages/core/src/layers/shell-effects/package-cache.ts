import { UNKNOWN } from '../bytes';
import type { CacheWriteEffect, DeleteEffect, Effect } from '../types';
import { homeOf, origin, resolveText, unknownWrite, type Call } from './call';
import { parseOptions, type OptionSpec, type ParsedArgs } from './options';

export interface CacheSpec {
  manager: string;
  dir: string;
  what: string;
  cleanup: string;
}

export function cacheWrite(call: Call, spec: CacheSpec): CacheWriteEffect {
  return { kind: 'cache-write', ...origin(call), dir: spec.dir, manager: spec.manager, what: spec.what, bytes: UNKNOWN, cleanup: spec.cleanup };
}

/** A package manager's clean command: removes the cache directory (`glob`: only what is in it). */
export function cacheDelete(call: Call, path: string, glob = false): DeleteEffect {
  return glob
    ? { kind: 'delete', ...origin(call), path: `${path}/*`, glob: true, recursive: true }
    : { kind: 'delete', ...origin(call), path, recursive: true };
}

/** The packages a manager installs: files dflint cannot size. */
export function installs(call: Call, action: string, path?: string): Effect {
  return unknownWrite(call, `${call.name} ${action}: installs files dflint cannot size`, path);
}

/** `$XDG_CACHE_HOME`, or `~/.cache`. */
export function userCacheHome(call: Call): string {
  return call.env('XDG_CACHE_HOME') || `${homeOf(call)}/.cache`;
}

/** `$XDG_DATA_HOME`, or `~/.local/share`. */
export function userDataHome(call: Call): string {
  return call.env('XDG_DATA_HOME') || `${homeOf(call)}/.local/share`;
}

/** A directory given as text (an option or variable), resolved; undefined when relative to an unknown cwd. */
export function directoryText(call: Call, text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : resolveText(call, text);
}

/** True for an environment switch set to something other than an explicit no. */
export function envFlag(call: Call, name: string): boolean {
  const value = call.env(name);
  return value !== undefined && !/^(|0|false|no|off)$/i.test(value);
}

/** The subcommand (first operand) and the parsed arguments. */
export function subcommandOf(call: Call, spec: OptionSpec): { sub: string | undefined; rest: string[]; args: ParsedArgs } {
  const args = parseOptions(call.args, spec);
  const [first, ...rest] = args.operands.map((word) => word.value);
  return { sub: first, rest, args };
}
