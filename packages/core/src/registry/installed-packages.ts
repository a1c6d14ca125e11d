import { rpmHeaderPackage } from './rpm-header';
import { sqliteTableRows } from './sqlite-reader';

/** A package the base image has installed, from its package database. */
export interface InstalledPackage {
  name: string;
  version: string;
  /** bytes, as the database states them (dpkg's Installed-Size is in KiB) */
  installedSize?: number;
  manager: 'dpkg' | 'apk' | 'rpm';
}

/**
 * rpm's SQLite databases (rpm 4.16+): Fedora 36+ keeps it in usr/lib/sysimage/rpm, RHEL/UBI/Rocky/Alma 9
 * in var/lib/rpm (often one is a link to the other). Berkeley DB (`Packages`) and ndb (`Packages.db`),
 * as in CentOS 7/8 and RHEL 8, are not read.
 */
export const RPM_DATABASES = ['usr/lib/sysimage/rpm/rpmdb.sqlite', 'var/lib/rpm/rpmdb.sqlite'];

/**
 * The installed packages of the databases a merged image holds: the text of dpkg `status` and apk
 * `installed`, and the package lists read from rpm databases (rpmDatabasePackages) by their path.
 */
export function installedPackages(databases: Readonly<Record<string, string>>, packageLists: Readonly<Record<string, InstalledPackage[]>> = {}): InstalledPackage[] {
  const dpkg = databases['var/lib/dpkg/status'];
  const apk = databases['lib/apk/db/installed'];
  // were there both, the first is Fedora's, where rpm moved its database from var/lib/rpm
  const rpm = RPM_DATABASES.map((path) => packageLists[path]).find((list) => list !== undefined) ?? [];
  return [...(dpkg ? dpkgPackages(dpkg) : []), ...(apk ? apkPackages(apk) : []), ...rpm];
}

/**
 * The packages of an rpmdb.sqlite, in the order rpm installed them, as `rpm -qa` names them:
 * version-release, preceded by `epoch:` when the epoch is not 0. A database that cannot be read has
 * none; a header that cannot be read is left out.
 */
export function rpmDatabasePackages(database: Buffer): InstalledPackage[] {
  const packages: InstalledPackage[] = [];
  try {
    for (const row of sqliteTableRows(database, 'Packages')) {
      const blob = row.find((value): value is Buffer => Buffer.isBuffer(value));
      const header = blob && rpmHeaderPackage(blob);
      if (!header) continue;
      const version = `${header.epoch ? `${header.epoch}:` : ''}${header.version}${header.release !== undefined ? `-${header.release}` : ''}`;
      packages.push({ name: header.name, version, ...(header.size !== undefined ? { installedSize: header.size } : {}), manager: 'rpm' });
    }
  } catch {
    // a SqliteFormatError, or anything else a hostile file provokes: it is read while a layer streams, where a throw would fail the layer
    return [];
  }
  return packages;
}

/** dpkg's status file: RFC 822 stanzas; only those whose Status ends in `installed` count. */
function dpkgPackages(text: string): InstalledPackage[] {
  return stanzas(text, /\n\s*\n/, /^([\w-]+):\s?(.*)$/)
    .filter((fields) => fields.get('status')?.endsWith(' installed') && fields.has('package'))
    .map((fields) => {
      const size = Number(fields.get('installed-size'));
      return { name: fields.get('package')!, version: fields.get('version') ?? '', ...(Number.isFinite(size) && fields.has('installed-size') ? { installedSize: size * 1024 } : {}), manager: 'dpkg' as const };
    });
}

/** apk's installed database: blank-line separated records of `X:value` lines (P name, V version, I size) */
function apkPackages(text: string): InstalledPackage[] {
  return stanzas(text, /\n\s*\n/, /^([A-Za-z]):(.*)$/, false)
    .filter((fields) => fields.has('P'))
    .map((fields) => {
      const size = Number(fields.get('I'));
      return { name: fields.get('P')!, version: fields.get('V') ?? '', ...(fields.has('I') && Number.isFinite(size) ? { installedSize: size } : {}), manager: 'apk' as const };
    });
}

function stanzas(text: string, separator: RegExp, field: RegExp, lowerKeys = true): Array<Map<string, string>> {
  return text
    .split(separator)
    .map((block) => {
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        const match = field.exec(line);
        if (match) fields.set(lowerKeys ? match[1].toLowerCase() : match[1], match[2].trim());
      }
      return fields;
    })
    .filter((fields) => fields.size > 0);
}
