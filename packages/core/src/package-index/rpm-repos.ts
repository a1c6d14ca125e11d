// The rpm repositories an image is configured with, from its text files (kept by the layer index):
// `/etc/yum.repos.d/*.repo` (INI sections), with dnf's variables (`$releasever`, `$basearch`, and
// those of /etc/dnf/vars) substituted, and the `[main]` options of /etc/dnf/dnf.conf (yum.conf).

/** One `[id]` section of a .repo file. */
export interface RpmRepo {
  id: string;
  /** `name=` with variables substituted, else the id */
  name: string;
  /** `baseurl=` (several, comma or whitespace separated, or on continuation lines), trailing slashes removed */
  baseurls: string[];
  /** `metalink=` / `mirrorlist=`: where the package manager asks for mirrors (rpm-fetch.ts follows them) */
  metalink?: string;
  mirrorlist?: string;
  /** `metadata_expire=` in milliseconds, when the file sets one (`6h`, `7d`, `3600`, `-1`/`never`) */
  metadataExpireMs?: number;
  /** the file that declared it (`etc/yum.repos.d/fedora.repo`) */
  file: string;
}

/** `[main]` options dnf reads from dnf.conf that change what it installs or removes. */
export interface RpmConfig {
  /** install_weak_deps (dnf's default: true) */
  installWeakDeps: boolean;
  /** clean_requirements_on_remove (dnf's default: true): `dnf remove` also takes dependencies nothing else needs */
  cleanRequirementsOnRemove: boolean;
  /** tsflags=nodocs: documentation files are not installed (sizes from primary.xml then overstate) */
  nodocs: boolean;
}

const REPOS_DIRS = ['etc/yum.repos.d/', 'etc/distro.repos.d/'];
const CONFIG_FILES = ['etc/dnf/dnf.conf', 'etc/yum.conf'];
const VARS_DIRS = ['etc/dnf/vars/', 'etc/yum/vars/'];

/** True for the files dnf reads its repositories, options and variables from (the layer index keeps these). */
export function isRpmConfigFile(path: string): boolean {
  if (CONFIG_FILES.includes(path)) return true;
  const dir = [...REPOS_DIRS, ...VARS_DIRS].find((prefix) => path.startsWith(prefix));
  if (!dir) return false;
  const name = path.slice(dir.length);
  return !name.includes('/') && (REPOS_DIRS.includes(dir) ? /^[\w.@:+-]+\.repo$/.test(name) : /^\w+$/.test(name));
}

/** dnf's basearch for a platform's architecture (OCI names: `amd64`, `arm64`); undefined when rpm has none. */
export function rpmBaseArch(ociArchitecture: string): string | undefined {
  return ({ amd64: 'x86_64', arm64: 'aarch64', ppc64le: 'ppc64le', s390x: 's390x', '386': 'i386', riscv64: 'riscv64', x86_64: 'x86_64', aarch64: 'aarch64' } as Record<string, string>)[ociArchitecture];
}

/**
 * dnf's variables for an image: `basearch` and `arch` from the platform, `releasever` from
 * os-release's VERSION_ID (dnf reads it from the release package's `system-release(releasever)`,
 * which is the major version on RHEL, Rocky and Alma: `9.4` → `9`, Fedora's as it is), then every
 * file of /etc/dnf/vars (one value, its first line).
 */
export function rpmVariables(textFiles: Readonly<Record<string, string>>, ociArchitecture: string): Record<string, string> {
  const vars: Record<string, string> = {};
  const basearch = rpmBaseArch(ociArchitecture);
  if (basearch) Object.assign(vars, { basearch, arch: basearch });
  const osRelease = textFiles['etc/os-release'] ?? textFiles['usr/lib/os-release'] ?? '';
  const field = (key: string) => new RegExp(`^${key}=["']?([^"'\\n]*)["']?$`, 'm').exec(osRelease)?.[1];
  const versionId = field('VERSION_ID');
  const like = `${field('ID') ?? ''} ${field('ID_LIKE') ?? ''}`;
  if (versionId) vars.releasever = /\b(rhel|centos)\b/.test(like) ? versionId.split('.')[0] : versionId;
  for (const dir of VARS_DIRS) {
    for (const [path, text] of Object.entries(textFiles)) if (path.startsWith(dir) && isRpmConfigFile(path)) vars[path.slice(dir.length)] = text.split('\n')[0].trim();
  }
  return vars;
}

/** `$var` and `${var}` replaced (an unknown variable is left as written, as dnf does). */
export function substitute(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\$(?:\{(\w+)\}|(\w+))/g, (whole, braced: string | undefined, bare: string | undefined) => vars[(braced ?? bare)!] ?? whole);
}

/** The INI sections of a file: lower-cased keys, continuation lines (starting with whitespace) joined to the last key. */
export function iniSections(text: string): Array<{ section: string; values: Map<string, string> }> {
  const sections: Array<{ section: string; values: Map<string, string> }> = [];
  let current: { section: string; values: Map<string, string> } | undefined;
  let key: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (/^\s*[#;]/.test(line) || line.trim() === '') {
      key = undefined;
      continue;
    }
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      sections.push((current = { section: header[1].trim(), values: new Map() }));
      key = undefined;
    } else if (/^\s/.test(line) && current && key !== undefined) {
      current.values.set(key, `${current.values.get(key)}\n${line.trim()}`);
    } else {
      const eq = line.indexOf('=');
      if (eq <= 0 || !current) continue;
      key = line.slice(0, eq).trim().toLowerCase();
      current.values.set(key, line.slice(eq + 1).trim());
    }
  }
  return sections;
}

/** libdnf's boolean words; anything else leaves the default */
export function dnfBoolean(value: string | undefined): boolean | undefined {
  const word = value?.trim().toLowerCase();
  if (word === undefined) return undefined;
  if (['1', 'yes', 'true', 'on'].includes(word)) return true;
  if (['0', 'no', 'false', 'off'].includes(word)) return false;
  return undefined;
}

/** dnf.conf's `[main]` (else yum.conf's) options that change a closure. */
export function rpmConfig(textFiles: Readonly<Record<string, string>>): RpmConfig {
  const text = CONFIG_FILES.map((path) => textFiles[path]).find((file) => file !== undefined) ?? '';
  const main = iniSections(text).find((section) => section.section === 'main')?.values ?? new Map<string, string>();
  return {
    installWeakDeps: dnfBoolean(main.get('install_weak_deps')) ?? true,
    cleanRequirementsOnRemove: dnfBoolean(main.get('clean_requirements_on_remove')) ?? true,
    nodocs: (main.get('tsflags') ?? '').split(/[\s,]+/).includes('nodocs'),
  };
}

/** `6h`, `2d`, `90m`, `3600` (seconds), `-1`/`never` → milliseconds (Infinity for never) */
function expireMs(value: string): number | undefined {
  if (/^(-1|never)$/i.test(value.trim())) return Infinity;
  const match = /^(\d+)\s*([smhd]?)$/i.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2].toLowerCase() as '' | 's' | 'm' | 'h' | 'd'] * 1000;
}

/**
 * The enabled repositories of an image's .repo files, in dnf's order (files by name, sections in file
 * order), variables substituted. `enabled=0` sections are left out; `enabled` is 1 when absent.
 */
export function rpmRepos(textFiles: Readonly<Record<string, string>>, vars: Readonly<Record<string, string>>): RpmRepo[] {
  const paths = Object.keys(textFiles)
    .filter((path) => REPOS_DIRS.some((dir) => path.startsWith(dir)) && isRpmConfigFile(path))
    .sort();
  const repos: RpmRepo[] = [];
  for (const path of paths) {
    for (const { section, values } of iniSections(textFiles[path])) {
      if (section === 'main' || dnfBoolean(values.get('enabled')) === false) continue;
      const get = (key: string) => (values.has(key) ? substitute(values.get(key)!, vars) : undefined);
      const baseurls = (get('baseurl') ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((url) => url.replace(/\/+$/, ''));
      const expire = values.has('metadata_expire') ? expireMs(values.get('metadata_expire')!) : undefined;
      const metalink = get('metalink');
      const mirrorlist = get('mirrorlist');
      repos.push({ id: section, name: get('name') ?? section, baseurls, ...(metalink ? { metalink } : {}), ...(mirrorlist ? { mirrorlist } : {}), ...(expire !== undefined ? { metadataExpireMs: expire } : {}), file: path });
    }
  }
  return repos;
}
