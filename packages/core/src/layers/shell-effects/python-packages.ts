import { classifyPackageCall, PYTHON_PROGRAM, type PackageCommand } from '../../package-managers';
import { POETRY, PIP, UV } from '../../package-managers/python-managers';
import { isWholeFigure, type Bytes } from '../bytes';
import type { Effect } from '../types';
import { textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { pipInstallEffects, pipUninstallEffects } from './pip-distributions';
import { lockInstallFigures, pipInstallDir, pipInstallFigures } from './python-figures';
import { cacheDelete, cacheWrite, directoryText, envFlag, handlersFor, installs, optionDir, userCacheHome } from './package-cache';

/** pip install/download/wheel fill the cache unless `--no-cache-dir` or PIP_NO_CACHE_DIR (any non-empty value). */
function pip(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand, args } = command;
  const dir =
    optionDir(call, command, PIP.caches.wheels) ??
    directoryText(call, call.env('PIP_CACHE_DIR')) ??
    `${userCacheHome(call)}/pip`;
  if (action === 'clean') return [cacheDelete(call, dir)];
  if (action === 'remove') return pipUninstallEffects(call, command);
  if (action !== 'install' && action !== 'download') return [];
  const effects: Effect[] = [];
  const figures = action === 'install' ? pipInstallFigures(call, command) : undefined;
  // only local wheels: pip keeps nothing in its cache
  const cachesNothing = figures !== undefined && figures.cache.estimate === 'exact' && figures.cache.value === 0;
  if (!args.has('--no-cache-dir') && !call.env('PIP_NO_CACHE_DIR') && !cachesNothing) {
    effects.push({ ...cacheWrite(call, { manager: PIP, action }, 'wheels', { dir }), ...(figures && { bytes: figures.cache }) });
  }
  if (action === 'install') {
    if (figures) effects.push(...pipInstallEffects(call, command, figures, (bytes) => sizedInstall(call, command, bytes)));
    else effects.push(installs(call, subcommand!));
  } else {
    const target = directoryText(call, textOf(call, args.value('-d', '--dest', '-w', '--wheel-dir'))) ?? call.state.cwd;
    effects.push(unknownWrite(call, `${call.name} ${subcommand}: saves package files`, target));
  }
  return effects;
}

/** pip's install, sized from the package index: where it installs and what that takes (python-figures.ts). */
function sizedInstall(call: Call, command: PackageCommand, installed: Bytes, pip = true): Effect {
  const what = `${call.name} ${command.subcommand}`;
  const why = isWholeFigure(installed)
    ? `${what}: installs Python packages, sized from their wheels and sdists`
    : `${what}: ${installed.reason ?? 'installs files dflint cannot size'}`;
  return { ...unknownWrite(call, why, pip ? pipInstallDir(call, command) : undefined), bytes: installed };
}

/** `python3 -m pip …` is pip; `python -m venv DIR` makes a virtualenv; anything else runs code. */
function python(call: Call): Effect[] {
  const command = classifyPackageCall(call.name, call.args);
  if (command) return pip({ ...call, name: command.program }, command);
  const module = call.args.findIndex((word) => word.value === '-m');
  const name = module >= 0 ? call.args[module + 1]?.value : undefined;
  if (name === 'venv' || name === 'virtualenv') {
    const target = call.args.slice(module + 2).find((word) => !word.value.startsWith('-'));
    const path = target ? directoryText(call, textOf(call, target)) : undefined;
    return [unknownWrite(call, `${call.name} -m ${name}: creates a virtual environment`, path)];
  }
  return [unknownWrite(call, `${call.name}: dflint does not know what it writes`)];
}

/** uv caches in ~/.cache/uv unless `--no-cache`/`-n` or UV_NO_CACHE. */
function uv(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand, args } = command;
  const dir =
    optionDir(call, command, UV.caches.packages) ??
    directoryText(call, call.env('UV_CACHE_DIR')) ??
    `${userCacheHome(call)}/uv`;
  if (action === 'clean') return [cacheDelete(call, dir)];
  if (action === 'setup') return [unknownWrite(call, `uv ${subcommand}: writes files dflint cannot size`)];
  if (action !== 'install' && action !== 'remove' && action !== 'run' && action !== 'resolve') return [];
  const effects: Effect[] = [];
  if (!args.has('--no-cache', '-n') && !envFlag(call, 'UV_NO_CACHE')) effects.push(cacheWrite(call, { manager: UV, action }, 'packages', { dir }));
  if (action === 'resolve') return effects;
  // uv writes no .pyc unless asked to
  const compile = args.has('--compile-bytecode', '--compile') || envFlag(call, 'UV_COMPILE_BYTECODE');
  const installed =
    subcommand === 'pip install' ? pipInstallFigures(call, command, compile)?.installed
    : subcommand === 'sync' ? lockInstallFigures(call, command, 'uv.lock', compile)
    : undefined;
  if (action === 'remove') effects.push(unknownWrite(call, `uv ${subcommand}: removes package files`));
  else effects.push(installed ? sizedInstall(call, command, installed, false) : installs(call, subcommand!));
  return effects;
}

function poetry(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand, args } = command;
  if (action !== 'install' && action !== 'resolve') return [];
  const dir = directoryText(call, call.env('POETRY_CACHE_DIR')) ?? `${userCacheHome(call)}/pypoetry`;
  const effects: Effect[] = [];
  if (!args.has('--no-cache')) effects.push(cacheWrite(call, { manager: POETRY, action }, 'packages', { dir }));
  if (action === 'resolve') return effects;
  // poetry's installer writes no .pyc unless `--compile`; it installs into a virtualenv it chooses
  const installed = subcommand === 'install' || subcommand === 'sync' ? lockInstallFigures(call, command, 'poetry.lock', args.has('--compile')) : undefined;
  effects.push(installed ? sizedInstall(call, command, installed, false) : installs(call, subcommand!));
  return effects;
}

export const PYTHON_PACKAGE_COMMANDS: Readonly<Record<string, Handler>> = {
  ...handlersFor(PIP, pip),
  ...handlersFor(UV, uv),
  ...handlersFor(POETRY, poetry),
};

/** pip3, pip3.12, python3, python3.12 */
export const PYTHON_PACKAGE_PATTERNS: ReadonlyArray<[RegExp, Handler]> = [
  ...(PIP.commandPatterns ?? []).map((pattern): [RegExp, Handler] => [pattern, PYTHON_PACKAGE_COMMANDS.pip]),
  [PYTHON_PROGRAM, python],
];
