import type { PackageCommand } from './classify';

/**
 * `install` installs from the package index `refresh` fetched: the same manager, or a program that
 * reads that manager's cache (`yum` after `dnf makecache`).
 */
export function installsFromIndexOf(refresh: PackageCommand, install: PackageCommand): boolean {
  if (refresh.action !== 'refresh' || install.action !== 'install') return false;
  return install.manager === refresh.manager || (refresh.manager.cacheUsers ?? []).includes(install.program);
}
