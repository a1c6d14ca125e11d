import { actions } from './actions';
import type { PackageManager } from './types';

/** Subcommands of npm, yarn and pnpm that only read or print; the others run project scripts. */
const NODE_READ_ONLY = actions('read', [
  'ls', 'list', 'll', 'la', 'view', 'info', 'show', 'outdated', 'whoami', 'help', 'search', 'ping', 'doctor',
  'explain', 'why', 'prefix', 'root', 'bin', 'get', 'versions', 'licenses', 'audit', 'config', 'version', 'cache',
]);

/** npm keeps every tarball it fetched in ~/.npm/_cacache; npx downloads what it runs there too. */
export const NPM: PackageManager = {
  name: 'npm',
  commands: ['npm', 'npx'],
  options: {
    shortValues: 'C',
    longValues: ['cache', 'prefix', 'registry', 'userconfig', 'globalconfig', 'location', 'workspace', 'omit', 'include', 'loglevel'],
  },
  subcommands: {
    ...NODE_READ_ONLY,
    ...actions('install', [
      'install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isntal', 'isntall', 'add', 'ci', 'clean-install',
      'ic', 'install-clean', 'isntall-clean', 'update', 'up', 'upgrade', 'udpate', 'install-test', 'it', 'install-ci-test', 'cit',
    ]),
    ...actions('run', ['exec', 'x']),
    'cache clean': 'clean',
  },
  programActions: { npx: 'run' },
  caches: {
    packages: { what: 'npm package cache', dirOptions: ['--cache'], cleanup: () => [{ kind: 'append', command: 'npm cache clean --force' }] },
    npx: { what: 'npm package cache (npx)', cleanup: () => [{ kind: 'append', command: 'npm cache clean --force' }] },
  },
  cacheUsers: ['npm', 'npx'],
};

/**
 * Yarn 1 caches in ~/.cache/yarn (/usr/local/share/.cache/yarn for root); Yarn 2+ keeps its
 * cache in the project (.yarn/cache) instead.
 */
export const YARN: PackageManager = {
  name: 'yarn',
  commands: ['yarn'],
  options: { longValues: ['cache-folder', 'modules-folder', 'network-timeout', 'mutex', 'registry', 'cwd', 'global-folder', 'link-folder'] },
  subcommands: {
    ...NODE_READ_ONLY,
    ...actions('install', ['install', 'add', 'upgrade', 'global', 'up']),
    dlx: 'run',
    'cache clean': 'clean',
  },
  bareAction: 'install',
  caches: {
    packages: {
      what: 'yarn package cache (Yarn 1; Yarn 2+ keeps .yarn/cache in the project)',
      dirOptions: ['--cache-folder'],
      cleanup: () => [{ kind: 'append', command: 'yarn cache clean' }],
    },
  },
};

/** pnpm's content-addressed store; `pnpm store prune` only drops packages no project uses. */
export const PNPM: PackageManager = {
  name: 'pnpm',
  commands: ['pnpm'],
  options: { shortValues: 'C', longValues: ['store-dir', 'dir', 'filter', 'reporter'] },
  subcommands: {
    ...NODE_READ_ONLY,
    ...actions('install', ['install', 'i', 'add', 'update', 'up', 'upgrade']),
    fetch: 'download',
    dlx: 'run',
  },
  caches: {
    store: {
      what: 'pnpm content-addressed store',
      dirOptions: ['--store-dir'],
      cleanup: ({ dir }) => [
        { kind: 'cache-mount', target: dir },
        { kind: 'append', command: `rm -rf ${dir}` },
      ],
    },
  },
};
