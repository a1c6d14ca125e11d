import { UNKNOWN } from '../bytes';
import type { CacheWriteEffect, DeleteEffect, Effect } from '../types';
import {
  classifyPackageCall,
  packageCommand,
  type CacheKind,
  type CacheLocation,
  type PackageAction,
  type PackageCommand,
  type PackageManager,
} from '../../package-managers';
import { homeOf, origin, resolveText, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';

/** One of `manager`'s caches, filled by a command doing `action`, at `where`. */
export function cacheWrite(
  call: Call,
  { manager, action }: { manager: PackageManager; action: PackageAction },
  cache: string,
  where: CacheLocation,
): CacheWriteEffect {
  const kind = manager.caches[cache];
  return {
    kind: 'cache-write',
    ...origin(call),
    dir: where.dir,
    manager: manager.name,
    cache,
    action,
    what: kind.what,
    bytes: UNKNOWN,
    cleanup: kind.cleanup(where),
  };
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

/** The directory one of the cache's own options (`--cache-dir DIR`) moves it to, if given. */
export function optionDir(call: Call, command: PackageCommand, cache: CacheKind): string | undefined {
  return cache.dirOptions ? directoryText(call, textOf(call, command.args.value(...cache.dirOptions))) : undefined;
}

/** True for an environment switch set to something other than an explicit no. */
export function envFlag(call: Call, name: string): boolean {
  const value = call.env(name);
  return value !== undefined && !/^(|0|false|no|off)$/i.test(value);
}

/** A handler for a package manager's command, given the call as the table reads it. */
export type PackageHandler = (call: Call, command: PackageCommand) => Effect[];

/** `handler` under each program name that runs `manager`. */
export function handlersFor(manager: PackageManager, handler: PackageHandler): Record<string, Handler> {
  const run: Handler = (call) => {
    const command = classified(call);
    return command ? handler(call, command) : [];
  };
  return Object.fromEntries(manager.commands.map((program) => [program, run]));
}

/**
 * What the call runs, as the table reads it. A call that is its command as written (no wrapper
 * peeled: unwrap only drops leading words) has that command's classification, which the rules and
 * the package-index loader already asked for: it is not parsed again.
 */
function classified(call: Call): PackageCommand | undefined {
  const asWritten = call.name === call.command.name && call.args.length === call.command.argv.length - 1;
  return asWritten ? packageCommand(call.command) : classifyPackageCall(call.name, call.args);
}
