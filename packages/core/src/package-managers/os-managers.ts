import { actions } from './actions';
import type { PackageManager } from './types';

/** apt-get, apt and aptitude share dpkg's lists and archives. */
export const APT: PackageManager = {
  name: 'apt',
  commands: ['apt-get', 'apt', 'aptitude'],
  options: {
    // aptitude's -F FORMAT, -w WIDTH and -S FILE besides apt's -o, -c and -t
    shortValues: 'octFwS',
    longValues: ['option', 'config-file', 'target-release', 'default-release', 'host-architecture', 'snapshot'],
  },
  subcommands: {
    update: 'refresh',
    ...actions('install', ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'safe-upgrade', 'build-dep', 'reinstall', 'satisfy']),
    ...actions('remove', ['remove', 'purge', 'autoremove', 'autopurge']),
    ...actions('clean', ['clean', 'distclean', 'dist-clean']),
    ...actions('download', ['source', 'download']),
  },
  caches: {
    lists: { what: 'apt package lists', defaultDir: '/var/lib/apt/lists', cleanup: () => [{ kind: 'append', command: 'rm -rf /var/lib/apt/lists/*' }] },
    // the official Debian and Ubuntu images delete downloaded .debs after each install (docker-clean)
    archives: { what: 'downloaded .deb files', defaultDir: '/var/cache/apt/archives', cleanup: () => [{ kind: 'append', command: 'apt-get clean' }] },
  },
  cacheUsers: ['apt-get', 'apt', 'aptitude', 'apt-cache'],
};

/** apk keeps its indexes in /var/cache/apk unless `--no-cache` is given. */
export const APK: PackageManager = {
  name: 'apk',
  commands: ['apk'],
  options: {
    shortValues: 'Xpt',
    longValues: ['repository', 'root', 'cache-dir', 'virtual', 'keys-dir', 'arch', 'repositories-file', 'cache-max-age', 'timeout'],
  },
  subcommands: {
    update: 'refresh',
    ...actions('install', ['add', 'upgrade', 'fix']),
    del: 'remove',
    ...actions('clean', ['cache clean', 'cache purge']),
    ...actions('download', ['cache sync', 'cache download']),
  },
  caches: {
    index: {
      what: 'apk package index cache',
      defaultDir: '/var/cache/apk',
      dirOptions: ['--cache-dir'],
      cleanup: ({ dir }) => [
        { kind: 'flag', flag: '--no-cache', with: 'apk add' },
        { kind: 'append', command: `rm -rf ${dir}/*` },
      ],
    },
  },
};

const RPM_USERS = ['yum', 'dnf', 'microdnf', 'dnf5'];

/** yum, dnf, microdnf and dnf5: the same subcommands, each its own cache directory. */
function rpmManager(name: string, defaultDir: string): PackageManager {
  return {
    name,
    commands: [name],
    options: {
      shortValues: 'cdexR',
      longValues: [
        'config', 'debuglevel', 'errorlevel', 'exclude', 'setopt', 'enablerepo', 'disablerepo', 'installroot', 'releasever',
        'repo', 'repoid', 'rpmverbosity', 'color', 'forcearch', 'downloaddir', 'destdir',
      ],
    },
    subcommands: {
      makecache: 'refresh',
      ...actions('install', [
        'install', 'in', 'update', 'up', 'upgrade', 'upgrade-minimal', 'update-minimal', 'up-min', 'groupinstall', 'group', 'localinstall',
        'reinstall', 'rei', 'distro-sync', 'dsync', 'downgrade', 'dg', 'builddep', 'module',
      ]),
      ...actions('remove', ['remove', 'erase', 'autoremove', 'rm']),
      clean: 'clean',
    },
    caches: {
      metadata: {
        what: `${name} metadata and package cache`,
        defaultDir,
        cleanup: ({ dir }) => [
          { kind: 'append', command: `${name} clean all` },
          { kind: 'append', command: `rm -rf ${dir}` },
        ],
      },
    },
    cacheUsers: RPM_USERS,
  };
}

export const YUM = rpmManager('yum', '/var/cache/yum');
export const DNF = rpmManager('dnf', '/var/cache/dnf');
export const MICRODNF = rpmManager('microdnf', '/var/cache/yum');
export const DNF5 = rpmManager('dnf5', '/var/cache/libdnf5');

export const ZYPPER: PackageManager = {
  name: 'zypper',
  commands: ['zypper'],
  options: {
    shortValues: 'RcDCt',
    longValues: ['root', 'config', 'reposd-dir', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir', 'type', 'userdata'],
  },
  subcommands: {
    ...actions('refresh', ['refresh', 'ref']),
    ...actions('install', ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si']),
    ...actions('remove', ['remove', 'rm']),
    ...actions('clean', ['clean', 'cc']),
  },
  caches: {
    metadata: {
      what: 'zypper metadata and package cache',
      defaultDir: '/var/cache/zypp',
      dirOptions: ['-C', '--cache-dir'],
      cleanup: () => [{ kind: 'append', command: 'zypper clean -a' }],
    },
  },
  cacheUsers: ['zypper'],
};
