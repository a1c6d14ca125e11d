/** A package the base image has installed, from its package database. */
export interface InstalledPackage {
  name: string;
  version: string;
  /** bytes, as the database states them (dpkg's Installed-Size is in KiB) */
  installedSize?: number;
  manager: 'dpkg' | 'apk';
}

/** The installed packages of the databases a merged image holds (dpkg `status`, apk `installed`). */
export function installedPackages(databases: Readonly<Record<string, string>>): InstalledPackage[] {
  const dpkg = databases['var/lib/dpkg/status'];
  const apk = databases['lib/apk/db/installed'];
  return [...(dpkg ? dpkgPackages(dpkg) : []), ...(apk ? apkPackages(apk) : [])];
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
