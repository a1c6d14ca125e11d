import type { Effect } from '../types';
import { origin, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { cacheDelete, cacheWrite, directoryText, installs, subcommandOf, type CacheSpec } from './package-cache';

// ---- apt ---------------------------------------------------------------------------------------

const APT_LISTS: CacheSpec = {
  manager: 'apt',
  dir: '/var/lib/apt/lists',
  what: 'apt package lists',
  cleanup: 'rm -rf /var/lib/apt/lists/*',
};

const APT_ARCHIVES = '/var/cache/apt/archives';

const APT_INSTALLS: ReadonlySet<string> = new Set([
  'install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'reinstall', 'satisfy',
]);
const APT_REMOVES: ReadonlySet<string> = new Set(['remove', 'purge', 'autoremove', 'autopurge']);

/**
 * apt-get/apt. The official Debian and Ubuntu images delete downloaded .debs after each install
 * (docker-clean), so only `--download-only` leaves archives behind.
 */
function apt(call: Call): Effect[] {
  const { sub, args } = subcommandOf(call, {
    shortValues: 'oct',
    longValues: ['option', 'config-file', 'target-release', 'default-release', 'host-architecture'],
  });
  if (sub === 'update') return [cacheWrite(call, APT_LISTS)];
  if (sub !== undefined && APT_INSTALLS.has(sub)) {
    if (args.has('-d', '--download-only')) {
      return [cacheWrite(call, { manager: 'apt', dir: APT_ARCHIVES, what: 'downloaded .deb files', cleanup: 'apt-get clean' })];
    }
    return [installs(call, sub)];
  }
  if (sub !== undefined && APT_REMOVES.has(sub)) return [unknownWrite(call, `${call.name} ${sub}: removes package files`)];
  if (sub === 'clean' || sub === 'distclean' || sub === 'dist-clean') {
    const effects: Effect[] = [
      cacheDelete(call, APT_ARCHIVES, true),
      { kind: 'delete', ...origin(call), path: '/var/cache/apt/*.bin', glob: true, recursive: false },
    ];
    // apt 2.7+: distclean also drops the package lists
    if (sub !== 'clean') effects.push(cacheDelete(call, APT_LISTS.dir, true));
    return effects;
  }
  if (sub === 'source' || sub === 'download') return [unknownWrite(call, `${call.name} ${sub}: downloads files`, call.state.cwd)];
  return [];
}

// ---- apk ---------------------------------------------------------------------------------------

/** apk keeps its indexes in /var/cache/apk unless `--no-cache` is given; `--no-network` fetches nothing. */
function apk(call: Call): Effect[] {
  const { sub, rest, args } = subcommandOf(call, {
    shortValues: 'Xpt',
    longValues: ['repository', 'root', 'cache-dir', 'virtual', 'keys-dir', 'arch', 'repositories-file', 'cache-max-age', 'timeout'],
  });
  const dir = directoryText(call, textOf(call, args.value('--cache-dir'))) ?? '/var/cache/apk';
  const cache: CacheSpec = {
    manager: 'apk',
    dir,
    what: 'apk package index cache',
    cleanup: `apk add --no-cache (or rm -rf ${dir}/*)`,
  };
  const noCache = args.has('--no-cache') || args.has('--no-network');
  const effects: Effect[] = [];
  if (sub === 'update' || sub === 'add' || sub === 'upgrade' || sub === 'fix') {
    if (!noCache) effects.push(cacheWrite(call, cache));
    if (sub !== 'update') effects.push(installs(call, sub));
  } else if (sub === 'del') {
    effects.push(unknownWrite(call, 'apk del: removes package files'));
  } else if (sub === 'cache' && (rest[0] === 'clean' || rest[0] === 'purge')) {
    effects.push(cacheDelete(call, dir, true));
  } else if (sub === 'cache' && (rest[0] === 'sync' || rest[0] === 'download')) {
    effects.push(cacheWrite(call, cache));
  }
  return effects;
}

// ---- yum, dnf, microdnf ------------------------------------------------------------------------

const RPM_CACHING: ReadonlySet<string> = new Set([
  'install', 'update', 'upgrade', 'makecache', 'groupinstall', 'group', 'localinstall', 'reinstall',
  'distro-sync', 'downgrade', 'builddep', 'module', 'upgrade-minimal', 'update-minimal', 'in', 'up',
]);
const RPM_REMOVES: ReadonlySet<string> = new Set(['remove', 'erase', 'autoremove', 'rm']);

function rpmManager(defaultDir: string): Handler {
  return (call) => {
    const { sub, rest, args } = subcommandOf(call, {
      shortValues: 'cdexR',
      longValues: ['config', 'debuglevel', 'errorlevel', 'exclude', 'setopt', 'enablerepo', 'disablerepo', 'installroot', 'releasever', 'repo', 'repoid', 'rpmverbosity', 'color', 'forcearch', 'downloaddir', 'destdir'],
    });
    const dir = cacheDirSetting(call, textOf(call, args.value('--setopt'))) ?? defaultDir;
    const cache: CacheSpec = {
      manager: call.name,
      dir,
      what: `${call.name} metadata and package cache`,
      cleanup: `${call.name} clean all (or rm -rf ${dir})`,
    };
    if (sub !== undefined && RPM_CACHING.has(sub)) {
      const effects: Effect[] = [cacheWrite(call, cache)];
      if (sub !== 'makecache') effects.push(installs(call, sub));
      return effects;
    }
    if (sub !== undefined && RPM_REMOVES.has(sub)) return [unknownWrite(call, `${call.name} ${sub}: removes package files`)];
    if (sub === 'clean' && rest.includes('all')) return [cacheDelete(call, dir, true)];
    return [];
  };
}

/** `--setopt=cachedir=/x` */
function cacheDirSetting(call: Call, setopt: string | undefined): string | undefined {
  const match = setopt ? /^cachedir=(.+)$/.exec(setopt) : null;
  return match ? directoryText(call, match[1]) : undefined;
}

// ---- zypper ------------------------------------------------------------------------------------

const ZYPPER_CACHING: ReadonlySet<string> = new Set([
  'install', 'in', 'update', 'up', 'refresh', 'ref', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si',
]);

function zypper(call: Call): Effect[] {
  const { sub, args } = subcommandOf(call, {
    shortValues: 'RcDCt',
    longValues: ['root', 'config', 'reposd-dir', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir', 'type'],
  });
  const dir = directoryText(call, textOf(call, args.value('-C', '--cache-dir'))) ?? '/var/cache/zypp';
  if (sub !== undefined && ZYPPER_CACHING.has(sub)) {
    const effects: Effect[] = [
      cacheWrite(call, { manager: 'zypper', dir, what: 'zypper metadata and package cache', cleanup: 'zypper clean -a' }),
    ];
    if (sub !== 'refresh' && sub !== 'ref') effects.push(installs(call, sub));
    return effects;
  }
  if (sub === 'remove' || sub === 'rm') return [unknownWrite(call, `zypper ${sub}: removes package files`)];
  if ((sub === 'clean' || sub === 'cc') && args.has('-a', '--all')) return [cacheDelete(call, dir, true)];
  return [];
}

export const OS_PACKAGE_COMMANDS: Readonly<Record<string, Handler>> = {
  'apt-get': apt,
  apt,
  apk,
  yum: rpmManager('/var/cache/yum'),
  dnf: rpmManager('/var/cache/dnf'),
  microdnf: rpmManager('/var/cache/yum'),
  dnf5: rpmManager('/var/cache/libdnf5'),
  zypper,
};
