import { actions } from './actions';
import type { PackageManager } from './types';

/**
 * pip install/download/wheel cache wheels and HTTP responses in ~/.cache/pip unless
 * `--no-cache-dir` or PIP_NO_CACHE_DIR (pip treats any non-empty value as "off").
 */
export const PIP: PackageManager = {
  name: 'pip',
  commands: ['pip'],
  commandPatterns: [/^pip[0-9.]*$/],
  pythonModule: 'pip',
  options: {
    shortValues: 'rceiftCdw',
    longValues: [
      'cache-dir', 'requirement', 'constraint', 'editable', 'index-url', 'extra-index-url', 'find-links', 'target',
      'prefix', 'root', 'src', 'upgrade-strategy', 'platform', 'python-version', 'implementation', 'abi',
      'progress-bar', 'log', 'proxy', 'retries', 'timeout', 'exists-action', 'trusted-host', 'cert', 'client-cert',
      'global-option', 'install-option', 'config-settings', 'no-binary', 'only-binary', 'report', 'python', 'dest',
      'wheel-dir', 'build', 'use-feature', 'root-user-action', 'keyring-provider',
    ],
  },
  subcommands: { install: 'install', ...actions('download', ['download', 'wheel']), uninstall: 'remove', 'cache purge': 'clean' },
  caches: {
    wheels: {
      what: 'pip wheel and HTTP cache',
      dirOptions: ['--cache-dir'],
      cleanup: () => [
        { kind: 'flag', flag: '--no-cache-dir' },
        { kind: 'env', name: 'PIP_NO_CACHE_DIR', value: '1' },
      ],
    },
  },
};

/** pipx installs each application into a virtualenv of its own, through pip. */
export const PIPX: PackageManager = {
  name: 'pipx',
  commands: ['pipx'],
  options: { longValues: ['python', 'pip-args', 'index-url', 'suffix', 'spec'] },
  subcommands: { ...actions('install', ['install', 'inject', 'upgrade', 'reinstall']), uninstall: 'remove', run: 'run' },
  caches: {},
};

/** uv caches in ~/.cache/uv unless `--no-cache`/`-n` or UV_NO_CACHE. */
export const UV: PackageManager = {
  name: 'uv',
  commands: ['uv'],
  options: {
    // `uv pip install` takes pip's -i, -e and -C too
    shortValues: 'prcfwieCP',
    longValues: [
      'cache-dir', 'directory', 'project', 'python', 'index-url', 'extra-index-url', 'find-links', 'requirement', 'constraint',
      'with', 'config-file', 'index', 'default-index', 'extra', 'group', 'package', 'editable', 'target', 'prefix',
      'index-strategy', 'keyring-provider', 'upgrade-package', 'reinstall-package', 'no-binary', 'only-binary',
      'python-platform', 'python-version', 'exclude-newer', 'resolution', 'prerelease', 'link-mode', 'config-setting',
    ],
  },
  subcommands: {
    ...actions('install', ['sync', 'add', 'pip install', 'tool install']),
    ...actions('remove', ['remove', 'pip uninstall']),
    run: 'run',
    ...actions('resolve', ['lock', 'export', 'tree']),
    'cache clean': 'clean',
    ...actions('setup', ['venv', 'python']),
  },
  caches: {
    packages: {
      what: 'uv package cache',
      dirOptions: ['--cache-dir'],
      cleanup: () => [
        { kind: 'flag', flag: '--no-cache' },
        { kind: 'env', name: 'UV_NO_CACHE', value: '1' },
        { kind: 'append', command: 'uv cache clean' },
      ],
    },
  },
  // `uv sync --offline` installs from the cache
  cacheUsers: ['uv'],
};

export const POETRY: PackageManager = {
  name: 'poetry',
  commands: ['poetry'],
  options: { shortValues: 'CE', longValues: ['directory', 'project', 'with', 'without', 'only', 'extras', 'group'] },
  subcommands: { ...actions('install', ['install', 'add', 'update', 'sync']), lock: 'resolve' },
  caches: {
    packages: {
      what: 'poetry package cache',
      cleanup: ({ dir }) => [
        { kind: 'flag', flag: '--no-cache' },
        { kind: 'append', command: `rm -rf ${dir}` },
      ],
    },
  },
};
