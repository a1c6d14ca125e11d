import type { Effect } from '../types';
import { homeOf, resolveText, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { cacheDelete, cacheWrite, directoryText, installs, subcommandOf, userCacheHome, userDataHome } from './package-cache';

const NPM_INSTALLS: ReadonlySet<string> = new Set([
  'install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isntal', 'isntall', 'add', 'ci', 'clean-install',
  'ic', 'install-clean', 'isntall-clean', 'update', 'up', 'upgrade', 'udpate', 'install-test', 'it', 'install-ci-test', 'cit', 'exec', 'x',
]);

/** Subcommands of npm, yarn and pnpm that only read or print. */
const NODE_READ_ONLY: ReadonlySet<string> = new Set([
  'ls', 'list', 'll', 'la', 'view', 'info', 'show', 'outdated', 'whoami', 'help', 'search', 'ping', 'doctor',
  'explain', 'why', 'prefix', 'root', 'bin', 'get', 'versions', 'licenses', 'audit', 'config', 'version', 'cache',
]);

/** Anything else (run, build, test, rebuild, …) runs project scripts. */
function runsScripts(call: Call, sub: string): Effect[] {
  return NODE_READ_ONLY.has(sub) ? [] : [unknownWrite(call, `${call.name} ${sub}: dflint does not know what it writes`, call.state.cwd)];
}

const NPM_VALUES = { shortValues: 'C', longValues: ['cache', 'prefix', 'registry', 'userconfig', 'globalconfig', 'location', 'workspace', 'omit', 'include', 'loglevel'] };

function npmCacheDir(call: Call, cacheOption: string | undefined): string {
  return (
    directoryText(call, cacheOption) ??
    directoryText(call, call.env('npm_config_cache') ?? call.env('NPM_CONFIG_CACHE')) ??
    `${homeOf(call)}/.npm`
  );
}

/** npm keeps every tarball it fetched in ~/.npm/_cacache; `npm cache clean --force` removes it. */
function npm(call: Call): Effect[] {
  const { sub, rest, args } = subcommandOf(call, NPM_VALUES);
  const dir = npmCacheDir(call, textOf(call, args.value('--cache')));
  if (sub === 'cache' && rest[0] === 'clean' && args.has('--force', '-f')) return [cacheDelete(call, dir)];
  if (sub === undefined) return [];
  if (!NPM_INSTALLS.has(sub)) return runsScripts(call, sub);
  const global = args.has('-g', '--global') || textOf(call, args.value('--location')) === 'global';
  const modules = global || call.state.cwd === undefined ? undefined : resolveText(call, 'node_modules');
  return [
    cacheWrite(call, { manager: 'npm', dir, what: 'npm package cache', cleanup: 'npm cache clean --force' }),
    installs(call, sub, modules),
  ];
}

/** npx downloads the package it runs into the npm cache. */
function npx(call: Call): Effect[] {
  const dir = npmCacheDir(call, undefined);
  return [
    cacheWrite(call, { manager: 'npm', dir, what: 'npm package cache (npx)', cleanup: 'npm cache clean --force' }),
    installs(call, 'runs a package and'),
  ];
}

const YARN_INSTALLS: ReadonlySet<string> = new Set(['install', 'add', 'upgrade', 'global', 'up', 'dlx']);

/**
 * Yarn 1 caches in ~/.cache/yarn, or /usr/local/share/.cache/yarn when run as root (it swaps
 * its idea of home for root). Yarn 2+ keeps its cache in the project (.yarn/cache) instead.
 */
function yarn(call: Call): Effect[] {
  const { sub, rest, args } = subcommandOf(call, {
    longValues: ['cache-folder', 'modules-folder', 'network-timeout', 'mutex', 'registry', 'cwd', 'global-folder', 'link-folder'],
  });
  const rootHome = homeOf(call) === '/root' && !call.env('XDG_CACHE_HOME');
  const dir =
    directoryText(call, textOf(call, args.value('--cache-folder'))) ??
    directoryText(call, call.env('YARN_CACHE_FOLDER')) ??
    (rootHome ? '/usr/local/share/.cache/yarn' : `${userCacheHome(call)}/yarn`);
  if (sub === 'cache' && rest[0] === 'clean') return [cacheDelete(call, dir)];
  if (sub !== undefined && !YARN_INSTALLS.has(sub)) return runsScripts(call, sub);
  return [
    cacheWrite(call, {
      manager: 'yarn',
      dir,
      what: 'yarn package cache (Yarn 1; Yarn 2+ keeps .yarn/cache in the project)',
      cleanup: 'yarn cache clean',
    }),
    installs(call, sub ?? 'install'),
  ];
}

const PNPM_INSTALLS: ReadonlySet<string> = new Set(['install', 'i', 'add', 'update', 'up', 'upgrade', 'fetch', 'dlx']);

/** pnpm's content-addressed store; `pnpm store prune` only drops packages no project uses. */
function pnpm(call: Call): Effect[] {
  const { sub, args } = subcommandOf(call, { shortValues: 'C', longValues: ['store-dir', 'dir', 'filter', 'reporter'] });
  if (sub === undefined) return [];
  if (!PNPM_INSTALLS.has(sub)) return runsScripts(call, sub);
  const dir =
    directoryText(call, textOf(call, args.value('--store-dir'))) ??
    directoryText(call, call.env('npm_config_store_dir') ?? call.env('NPM_CONFIG_STORE_DIR')) ??
    `${userDataHome(call)}/pnpm/store`;
  return [
    cacheWrite(call, {
      manager: 'pnpm',
      dir,
      what: 'pnpm content-addressed store',
      cleanup: `RUN --mount=type=cache,target=${dir} (or rm -rf ${dir})`,
    }),
    installs(call, sub),
  ];
}

export const NODE_PACKAGE_COMMANDS: Readonly<Record<string, Handler>> = { npm, npx, yarn, pnpm };
