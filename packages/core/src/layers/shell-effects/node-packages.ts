import type { PackageCommand } from '../../package-managers';
import { NPM, PNPM, YARN } from '../../package-managers/node-managers';
import type { Effect } from '../types';
import { homeOf, resolveText, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { installsLockfile, lockTrees, npmLockInstall, npmLockOf, npmLockPrune, omitsDev } from './npm-lock-installs';
import { unknownBecause } from '../bytes';
import { cacheDelete, cacheWrite, directoryText, handlersFor, installs, optionDir, userCacheHome, userDataHome } from './package-cache';

/** Fetching packages: these fill the cache and install. */
function fetches(command: PackageCommand): boolean {
  return command.action === 'install' || command.action === 'run' || command.action === 'download';
}

/** A subcommand that neither fetches nor only reads (run, build, test, rebuild, …) runs project scripts. */
function runsScripts(call: Call, { action, subcommand }: PackageCommand): Effect[] {
  return action === 'read' ? [] : [unknownWrite(call, `${call.name} ${subcommand}: dflint does not know what it writes`, call.state.cwd)];
}

function npmCacheDir(call: Call): string {
  return directoryText(call, call.env('npm_config_cache') ?? call.env('NPM_CONFIG_CACHE')) ?? `${homeOf(call)}/.npm`;
}

/** npm keeps every tarball it fetched in ~/.npm/_cacache; `npm cache clean --force` removes it. npx downloads what it runs there. */
function npm(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand, args } = command;
  if (command.program === 'npx') {
    return [cacheWrite(call, { manager: NPM, action: 'run' }, 'npx', { dir: npmCacheDir(call) }), installs(call, 'runs a package and')];
  }
  const dir = optionDir(call, command, NPM.caches.packages) ?? npmCacheDir(call);
  if (action === 'clean') return args.has('--force', '-f') ? [cacheDelete(call, dir)] : [];
  if (subcommand === undefined) return [];
  const global = args.has('-g', '--global') || textOf(call, args.value('--location')) === 'global';
  const lock = global ? undefined : npmLockOf(call);
  if (subcommand === 'prune' && lock) {
    if (lock.knowledge.status === 'known') return npmLockPrune(call, command, { ...lock, knowledge: lock.knowledge });
    // it removes what it finds extraneous or dev-only: which files, only the lockfile's sizes could say
    return [{ ...unknownWrite(call, `npm prune: removes packages of ${lock.contextPath} dflint cannot size`), bytes: unknownBecause(lock.knowledge.reason) }];
  }
  if (!fetches(command)) return runsScripts(call, command);
  const fromLock = lock && installsLockfile(command) ? lock.knowledge : undefined;
  if (fromLock?.status === 'known') return npmLockInstall(call, command, { ...lock!, knowledge: fromLock }, dir);
  const modules = global || call.state.cwd === undefined ? undefined : resolveText(call, 'node_modules');
  const effects = [cacheWrite(call, { manager: NPM, action: action! }, 'packages', { dir }), installs(call, subcommand, modules)];
  // without the registry's sizes, the figures say why
  return fromLock ? effects.map((effect) => ({ ...effect, bytes: unknownBecause(fromLock.reason) })) : effects;
}

/**
 * Yarn 1 caches in ~/.cache/yarn, or /usr/local/share/.cache/yarn when HOME is /root (the node
 * images' yarn uses that as its idea of home for root). Yarn 2+ keeps its cache in the project (.yarn/cache) instead.
 */
function yarn(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand } = command;
  const rootHome = homeOf(call) === '/root' && !call.env('XDG_CACHE_HOME');
  const dir =
    optionDir(call, command, YARN.caches.packages) ??
    directoryText(call, call.env('YARN_CACHE_FOLDER')) ??
    (rootHome ? '/usr/local/share/.cache/yarn' : `${userCacheHome(call)}/yarn`);
  if (action === 'clean') return [cacheDelete(call, dir)];
  if (!fetches(command)) return runsScripts(call, command);
  const effects = [cacheWrite(call, { manager: YARN, action: action! }, 'packages', { dir }), installs(call, subcommand ?? 'install')];
  return (subcommand ?? 'install') === 'install' ? withLockTrees(call, command, 'yarn.lock', 'yarn', effects) : effects;
}

/** pnpm's content-addressed store; `pnpm store prune` only drops packages no project uses. */
function pnpm(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand } = command;
  if (subcommand === undefined) return [];
  if (!fetches(command)) return runsScripts(call, command);
  const dir =
    optionDir(call, command, PNPM.caches.store) ??
    directoryText(call, call.env('npm_config_store_dir') ?? call.env('NPM_CONFIG_STORE_DIR')) ??
    `${userDataHome(call)}/pnpm/store`;
  const effects = [cacheWrite(call, { manager: PNPM, action: action! }, 'store', { dir }), installs(call, subcommand)];
  return subcommand === 'install' || subcommand === 'i' ? withLockTrees(call, command, 'pnpm-lock.yaml', 'pnpm', effects) : effects;
}

/**
 * Yarn 1 and pnpm installing the context's lockfile (no package named): the packages' trees where
 * they go, sized; the cache or store stays unsized (Yarn 1 keeps packages unpacked there, pnpm
 * hard-links its store into node_modules/.pnpm). Yarn 2+ may use Plug'n'Play: left as it was.
 */
function withLockTrees(call: Call, command: PackageCommand, lockfile: string, format: 'yarn' | 'pnpm', effects: Effect[]): Effect[] {
  const lock = command.operands.length === 0 ? npmLockOf(call, [lockfile]) : undefined;
  if (!lock) return effects;
  if (lock.knowledge.status === 'unknown') {
    const reason = lock.knowledge.reason;
    return effects.map((effect) => (effect.kind === 'unknown-write' ? { ...effect, bytes: unknownBecause(reason) } : effect));
  }
  if (lock.knowledge.value.format !== format) return effects;
  const withoutDev = omitsDev(call, command, format === 'pnpm' ? ['--prod', '-P', '--production'] : ['--production', '--prod']);
  return [effects[0], ...lockTrees(call, lock.knowledge.value, withoutDev)];
}

export const NODE_PACKAGE_COMMANDS: Readonly<Record<string, Handler>> = {
  ...handlersFor(NPM, npm),
  ...handlersFor(YARN, yarn),
  ...handlersFor(PNPM, pnpm),
};
