import { baseName } from '../layers/paths';
import type { ShellCommand, ShellWord } from '../parse/shell-types';
import { classifyPackageCall, packageCommand, type PackageCommand } from './classify';
import type { PackageManager } from './types';

/** Something that installs packages, and the managers whose package index it may use. */
export interface PackageInstall {
  /** the program that installs (`apt-get`, also under xargs; `rosdep`, `common-debian.sh`) */
  program: string;
  /** the manager it runs; undefined for a helper that runs whichever one the system has (`rosdep`) */
  manager: PackageManager | undefined;
  /** names of the managers it may run, for a helper: `['apt']` for a `*-debian.sh` script */
  managers: readonly string[];
}

const OS_MANAGERS = ['apt', 'apk', 'yum', 'dnf', 'microdnf', 'dnf5', 'zypper'];

/**
 * Programs that install packages through an OS package manager without being one. They read the
 * index a `apt-get update` before them fetched, so that refresh is not left alone.
 * - `xx-apt-get`, `xx-apt`, `xx-apk`: tonistiigi/xx's cross-compilation wrappers of apt-get and apk;
 * - `install_packages`: Bitnami minideb's apt-get install helper;
 * - `rosdep install`: installs a ROS workspace's system dependencies with the system's manager.
 */
const HELPER_PROGRAMS: Readonly<Record<string, { managers: readonly string[]; subcommand?: string }>> = {
  'xx-apt-get': { managers: ['apt'], subcommand: 'install' },
  'xx-apt': { managers: ['apt'], subcommand: 'install' },
  'xx-apk': { managers: ['apk'], subcommand: 'add' },
  install_packages: { managers: ['apt'] },
  rosdep: { managers: OS_MANAGERS, subcommand: 'install' },
};

/**
 * Install scripts by their naming convention: the devcontainers (vscode-dev-containers) script
 * library's `common-debian.sh`, `docker-debian.sh`, `sshd-debian.sh`, … install with apt-get,
 * its `*-alpine.sh` with apk, its `*-redhat.sh` with yum/dnf.
 */
const HELPER_SCRIPTS: ReadonlyArray<{ pattern: RegExp; managers: readonly string[] }> = [
  { pattern: /^[\w.-]+-debian\.sh$/, managers: ['apt'] },
  { pattern: /^[\w.-]+-alpine\.sh$/, managers: ['apk'] },
  { pattern: /^[\w.-]+-redhat\.sh$/, managers: ['yum', 'dnf', 'microdnf', 'dnf5'] },
];

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

/**
 * The package install a shell command runs, if it runs one: a manager's own (`apt-get install`),
 * one `xargs` runs (`… | xargs -r apt-get install -y`), or a helper known to install packages
 * (`xx-apt-get install`, `rosdep install`, `bash /tmp/library-scripts/common-debian.sh`).
 */
export function packageInstall(command: ShellCommand): PackageInstall | undefined {
  const direct = installOf(packageCommand(command));
  if (direct) return direct;
  if (command.name === 'xargs') return xargsInstall(command.argv);
  return helperInstall(command.name, command.argv, 1);
}

function managerInstall(program: string, args: readonly ShellWord[]): PackageInstall | undefined {
  return installOf(classifyPackageCall(program, args));
}

function installOf(found: PackageCommand | undefined): PackageInstall | undefined {
  return found?.action === 'install' ? { program: found.program, manager: found.manager, managers: [found.manager.name] } : undefined;
}

/** xargs's short options that take the next word as their value: `-n 1`, `-I {}`. */
const XARGS_VALUES = new Set(['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s']);

/** The command xargs runs is its first word that is neither an option nor an option's value. */
function xargsInstall(argv: readonly ShellWord[]): PackageInstall | undefined {
  let index = 1;
  while (index < argv.length && argv[index].value.startsWith('-') && !argv[index].dynamic) index += XARGS_VALUES.has(argv[index].value) ? 2 : 1;
  const word = argv[index];
  if (!word || word.dynamic) return undefined;
  const name = baseName(word.value);
  return managerInstall(name, argv.slice(index + 1)) ?? helperInstall(name, argv, index + 1);
}

/**
 * The install a helper does, when `program` is one, its arguments being argv[from…]: indexed, not
 * sliced, since every command that runs no manager is asked this.
 */
function helperInstall(program: string, argv: readonly ShellWord[], from: number): PackageInstall | undefined {
  const helper = Object.hasOwn(HELPER_PROGRAMS, program) ? HELPER_PROGRAMS[program] : undefined;
  if (helper) {
    const runsInstall = helper.subcommand === undefined || argv.some((word, at) => at >= from && word.value === helper.subcommand);
    return runsInstall ? { program, manager: undefined, managers: helper.managers } : undefined;
  }
  // `bash /tmp/x/common-debian.sh args`, or the script run by its path
  const script = SHELLS.has(program) ? argv.find((word, at) => at >= from && !word.value.startsWith('-')) : undefined;
  const name = script ? (script.dynamic ? undefined : baseName(script.value)) : program;
  if (name === undefined) return undefined;
  for (const { pattern, managers } of HELPER_SCRIPTS) if (pattern.test(name)) return { program: name, manager: undefined, managers };
  return undefined;
}
