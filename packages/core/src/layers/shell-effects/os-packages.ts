import type { CacheKind, PackageCommand, PackageManager } from '../../package-managers';
import { APK, APT, DNF, DNF5, MICRODNF, YUM, ZYPPER } from '../../package-managers/os-managers';
import type { Effect } from '../types';
import { origin, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { cacheDelete, cacheWrite, directoryText, handlersFor, installs, optionDir } from './package-cache';
import { aptInstallEffects, aptListsBytes, aptRemoveEffects, aptView } from './apt-effects';
import { apkAddEffects, apkCacheBytes, apkDelEffects, apkView } from './apk-effects';
import { rpmCommandEffects } from './rpm-effects';
import { unknownBecause } from '../bytes';

function defaultDir(cache: CacheKind): string {
  return cache.defaultDir!;
}

/**
 * The official Debian and Ubuntu images delete downloaded .debs after each install, so only
 * `--download-only` leaves archives. With package indexes (`call.state.packages`), installs,
 * removals and the lists have figures (apt-effects.ts); without, they say why not.
 */
function apt(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand, args } = command;
  const lists = defaultDir(APT.caches.lists);
  const archives = defaultDir(APT.caches.archives);
  const view = aptView(call);
  const unknown = (what: string): Effect[] => {
    const effect = unknownWrite(call, `${call.name} ${subcommand}: ${view && !view.known ? view.reason : what}`);
    if (view && !view.known) effect.bytes = unknownBecause(view.reason);
    return [effect];
  };
  switch (action) {
    case 'refresh': {
      const write = cacheWrite(call, { manager: APT, action }, 'lists', { dir: lists });
      if (view) write.bytes = aptListsBytes(view, call.command.range.start.line);
      return [write];
    }
    case 'install':
      if (args.has('-d', '--download-only')) return [cacheWrite(call, { manager: APT, action }, 'archives', { dir: archives })];
      if (view?.known && subcommand === 'install') {
        if (!view.dpkg.listsFetched) return unknown('no `apt-get update` before it, and the base image keeps no package lists');
        return aptInstallEffects(call, command, view.apt, view.dpkg);
      }
      return view ? unknown('installs files dflint cannot size') : [installs(call, subcommand!)];
    case 'remove':
      if (view?.known) return aptRemoveEffects(call, command, view.apt, view.dpkg);
      return unknown('removes package files');
    case 'clean': {
      const effects: Effect[] = [
        cacheDelete(call, archives, true),
        { kind: 'delete', ...origin(call), path: '/var/cache/apt/*.bin', glob: true, recursive: false },
      ];
      // apt 2.7+: distclean also drops the package lists
      if (subcommand !== 'clean') effects.push(cacheDelete(call, lists, true));
      return effects;
    }
    case 'download':
      return [unknownWrite(call, `${call.name} ${subcommand}: downloads files`, call.state.cwd)];
    default:
      return [];
  }
}

/**
 * apk keeps its indexes in /var/cache/apk unless `--no-cache` is given; `--no-network` fetches
 * nothing. With package indexes (`call.state.packages`), `apk add`/`del` and the cached indexes have
 * figures (apk-effects.ts); without, they say why not.
 */
function apk(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand, args } = command;
  const dir = optionDir(call, command, APK.caches.index) ?? defaultDir(APK.caches.index);
  const noCache = args.has('--no-cache') || args.has('--no-network');
  const view = apkView(call);
  const unknown = (what: string): Effect => {
    const effect = unknownWrite(call, `${call.name} ${subcommand}: ${view && !view.known ? view.reason : what}`);
    if (view && !view.known) effect.bytes = unknownBecause(view.reason);
    return effect;
  };
  const indexes = (kind: 'refresh' | 'install'): Effect => {
    const write = cacheWrite(call, { manager: APK, action: kind }, 'index', { dir });
    if (view) write.bytes = apkCacheBytes(view);
    return write;
  };
  switch (action) {
    case 'refresh':
    case 'install': {
      const effects: Effect[] = noCache ? [] : [indexes(action)];
      if (action === 'refresh') return effects;
      if (view?.known && subcommand === 'add') return [...effects, ...apkAddEffects(call, command, view.apk, view.state)];
      effects.push(view ? unknown('installs files dflint cannot size') : installs(call, subcommand!));
      return effects;
    }
    case 'remove':
      if (view?.known) return apkDelEffects(call, command, view.apk, view.state);
      return [unknown('removes package files')];
    case 'clean':
      return [cacheDelete(call, dir, true)];
    case 'download':
      return [cacheWrite(call, { manager: APK, action }, 'index', { dir })];
    default:
      return [];
  }
}

function rpmManager(manager: PackageManager): Record<string, Handler> {
  return handlersFor(manager, (call, command) => {
    const { action, operands, args } = command;
    const dir = cacheDirSetting(call, textOf(call, args.value('--setopt'))) ?? defaultDir(manager.caches.metadata);
    if (action === 'clean') return operands.some((word) => word.value === 'all') ? [cacheDelete(call, dir, true)] : [];
    return rpmCommandEffects(call, manager, command, dir);
  });
}

/** `--setopt=cachedir=/x` */
function cacheDirSetting(call: Call, setopt: string | undefined): string | undefined {
  const match = setopt ? /^cachedir=(.+)$/.exec(setopt) : null;
  return match ? directoryText(call, match[1]) : undefined;
}

function zypper(call: Call, command: PackageCommand): Effect[] {
  const { action, subcommand, args } = command;
  const dir = optionDir(call, command, ZYPPER.caches.metadata) ?? defaultDir(ZYPPER.caches.metadata);
  switch (action) {
    case 'refresh':
    case 'install': {
      const effects: Effect[] = [cacheWrite(call, { manager: ZYPPER, action }, 'metadata', { dir })];
      if (action === 'install') effects.push(installs(call, subcommand!));
      return effects;
    }
    case 'remove':
      return [unknownWrite(call, `zypper ${subcommand}: removes package files`)];
    case 'clean':
      return args.has('-a', '--all') ? [cacheDelete(call, dir, true)] : [];
    default:
      return [];
  }
}

export const OS_PACKAGE_COMMANDS: Readonly<Record<string, Handler>> = {
  ...handlersFor(APT, apt),
  ...handlersFor(APK, apk),
  ...rpmManager(YUM),
  ...rpmManager(DNF),
  ...rpmManager(MICRODNF),
  ...rpmManager(DNF5),
  ...handlersFor(ZYPPER, zypper),
};
