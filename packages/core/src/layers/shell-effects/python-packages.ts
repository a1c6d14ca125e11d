import type { Effect } from '../types';
import { textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { cacheDelete, cacheWrite, directoryText, envFlag, installs, subcommandOf, userCacheHome } from './package-cache';

const PIP_SHORT_VALUES = 'rceiftCdw';
const PIP_LONG_VALUES = [
  'cache-dir', 'requirement', 'constraint', 'editable', 'index-url', 'extra-index-url', 'find-links', 'target',
  'prefix', 'root', 'src', 'upgrade-strategy', 'platform', 'python-version', 'implementation', 'abi',
  'progress-bar', 'log', 'proxy', 'retries', 'timeout', 'exists-action', 'trusted-host', 'cert', 'client-cert',
  'global-option', 'install-option', 'config-settings', 'no-binary', 'only-binary', 'report', 'python', 'dest',
  'wheel-dir', 'build', 'use-feature',
];

/**
 * pip install/download/wheel cache wheels and HTTP responses in ~/.cache/pip unless
 * `--no-cache-dir` or PIP_NO_CACHE_DIR (pip treats any non-empty value as "off").
 */
function pip(call: Call): Effect[] {
  const { sub, rest, args } = subcommandOf(call, { shortValues: PIP_SHORT_VALUES, longValues: PIP_LONG_VALUES });
  const dir =
    directoryText(call, textOf(call, args.value('--cache-dir'))) ??
    directoryText(call, call.env('PIP_CACHE_DIR')) ??
    `${userCacheHome(call)}/pip`;
  if (sub === 'cache' && rest[0] === 'purge') return [cacheDelete(call, dir)];
  if (sub === 'uninstall') return [unknownWrite(call, `${call.name} uninstall: removes package files`)];
  if (sub !== 'install' && sub !== 'download' && sub !== 'wheel') return [];
  const effects: Effect[] = [];
  if (!args.has('--no-cache-dir') && !call.env('PIP_NO_CACHE_DIR')) {
    effects.push(cacheWrite(call, { manager: 'pip', dir, what: 'pip wheel and HTTP cache', cleanup: '--no-cache-dir (or PIP_NO_CACHE_DIR=1)' }));
  }
  if (sub === 'install') {
    effects.push(installs(call, sub));
  } else {
    const target = directoryText(call, textOf(call, args.value('-d', '--dest', '-w', '--wheel-dir'))) ?? call.state.cwd;
    effects.push(unknownWrite(call, `${call.name} ${sub}: saves package files`, target));
  }
  return effects;
}

/** `python3 -m pip …` is pip; `python -m venv DIR` makes a virtualenv; anything else runs code. */
function python(call: Call): Effect[] {
  const module = call.args.findIndex((word) => word.value === '-m');
  const name = module >= 0 ? call.args[module + 1]?.value : undefined;
  if (name === 'pip') return pip({ ...call, name: 'pip', args: call.args.slice(module + 2) });
  if (name === 'venv' || name === 'virtualenv') {
    const target = call.args.slice(module + 2).find((word) => !word.value.startsWith('-'));
    const path = target ? directoryText(call, textOf(call, target)) : undefined;
    return [unknownWrite(call, `${call.name} -m ${name}: creates a virtual environment`, path)];
  }
  return [unknownWrite(call, `${call.name}: dflint does not know what it writes`)];
}

const UV_CACHING: ReadonlySet<string> = new Set(['sync', 'add', 'run', 'lock', 'remove', 'export', 'tree']);

/** uv caches in ~/.cache/uv unless `--no-cache`/`-n` or UV_NO_CACHE. */
function uv(call: Call): Effect[] {
  const { sub, rest, args } = subcommandOf(call, {
    shortValues: 'prcfw',
    longValues: ['cache-dir', 'directory', 'project', 'python', 'index-url', 'extra-index-url', 'find-links', 'requirement', 'constraint', 'with', 'config-file', 'index', 'default-index', 'extra', 'group', 'package'],
  });
  const dir =
    directoryText(call, textOf(call, args.value('--cache-dir'))) ??
    directoryText(call, call.env('UV_CACHE_DIR')) ??
    `${userCacheHome(call)}/uv`;
  if (sub === 'cache' && rest[0] === 'clean') return [cacheDelete(call, dir)];
  const installing = (sub === 'pip' || sub === 'tool') && rest[0] === 'install';
  if (!installing && !(sub !== undefined && UV_CACHING.has(sub))) {
    return sub === 'venv' || sub === 'python' ? [unknownWrite(call, `uv ${sub}: writes files dflint cannot size`)] : [];
  }
  const effects: Effect[] = [];
  if (!args.has('--no-cache', '-n') && !envFlag(call, 'UV_NO_CACHE')) {
    effects.push(cacheWrite(call, { manager: 'uv', dir, what: 'uv package cache', cleanup: '--no-cache (or UV_NO_CACHE=1, or uv cache clean)' }));
  }
  if (sub !== 'lock' && sub !== 'export' && sub !== 'tree') effects.push(installs(call, installing ? `${sub} install` : (sub ?? '')));
  return effects;
}

function poetry(call: Call): Effect[] {
  const { sub, args } = subcommandOf(call, { shortValues: 'CE', longValues: ['directory', 'project', 'with', 'without', 'only', 'extras', 'group'] });
  if (sub !== 'install' && sub !== 'add' && sub !== 'update' && sub !== 'lock' && sub !== 'sync') return [];
  const dir = directoryText(call, call.env('POETRY_CACHE_DIR')) ?? `${userCacheHome(call)}/pypoetry`;
  const effects: Effect[] = [];
  if (!args.has('--no-cache')) {
    effects.push(cacheWrite(call, { manager: 'poetry', dir, what: 'poetry package cache', cleanup: `--no-cache (or rm -rf ${dir})` }));
  }
  if (sub !== 'lock') effects.push(installs(call, sub));
  return effects;
}

export const PYTHON_PACKAGE_COMMANDS: Readonly<Record<string, Handler>> = { pip, uv, poetry };

/** pip3, pip3.12, python3, python3.12 */
export const PYTHON_PACKAGE_PATTERNS: ReadonlyArray<[RegExp, Handler]> = [
  [/^pip[0-9.]*$/, pip],
  [/^python[0-9.]*$/, python],
];
