import type { ShellCommand } from '../parse/shell-types';
import type { PackageCommand } from './classify';
import { packageInstall } from './indirect-installs';

/**
 * `install` installs from the package index `refresh` fetched: the same manager, or a program that
 * reads that manager's cache (`yum` after `dnf makecache`).
 */
export function installsFromIndexOf(refresh: PackageCommand, install: PackageCommand): boolean {
  if (refresh.action !== 'refresh' || install.action !== 'install') return false;
  return install.manager === refresh.manager || readsCacheOf(refresh, install.program);
}

/**
 * `command` installs with the index `refresh` fetched, as installsFromIndexOf, or through a helper
 * that runs the manager (`xargs apt-get install`, `xx-apt-get install`, `rosdep install`,
 * `common-debian.sh`).
 */
export function commandInstallsFromIndexOf(refresh: PackageCommand, command: ShellCommand): boolean {
  const install = packageInstall(command);
  if (!install) return false;
  if (install.managers.includes(refresh.manager.name)) return true;
  return install.manager !== undefined && readsCacheOf(refresh, install.program);
}

function readsCacheOf(refresh: PackageCommand, program: string): boolean {
  return (refresh.manager.cacheUsers ?? []).includes(program);
}
