import { goOperands, type PackageCommand, type ShellWord } from '@dflint/core/rule-kit';

/** What one package-manager command installs, and how that manager spells a pinned version. */
export interface PinCheck {
  /** the hadolint code of this manager's pinning check */
  code: string;
  /** the command as the message names it: `apt-get install`, `yum module install` */
  what: string;
  /** the words it installs by name or spec */
  packages: ShellWord[];
  /** whether a package word (as the shell expands it) pins a version or names something fixed (a file, a path) */
  pinned(text: string): boolean;
  /** how to pin `name`: `curl=<version>` */
  hint(name: string): string;
}

const HAS_VERSION = {
  apt: (text: string) => text.includes('=') || text.includes('/') || text.endsWith('.deb'),
  apk: (text: string) => /[=~<>]/.test(text) || text.endsWith('.apk'),
  zypper: (text: string) => /[=<>]/.test(text) || text.endsWith('.rpm'),
};

/** `name-version` or `name-version-release`, epoch optional: a dash part that starts with a digit, at most one more after it. */
const RPM_VERSION = /^.+?-(\d+:)?\d[\w.~^+]*(-\d[\w.~^+]*)?$/;

function rpmPinned(text: string): boolean {
  return text.endsWith('.rpm') || RPM_VERSION.test(text);
}

const PIP_VERSION = /==|>=|<=|~=|!=|<|>/;
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;
const ARCHIVE = /\.(whl|tar\.gz|tgz|tar\.bz2|zip)$/;

function pipPinned(text: string): boolean {
  if (text === '.' || PIP_VERSION.test(text) || ARCHIVE.test(text)) return true;
  // a VCS URL pins with @<ref> after the repository path (`….git@v1.2#egg=x`), not the user's `git@`
  if (VCS.test(text)) return /@[^/]*$/.test(text.replace(/#.*$/, ''));
  // a path or an archive URL
  return text.includes('/');
}

const NPM_PATH = /^(\.{1,2}|~)?\//;

function npmPinned(text: string): boolean {
  if (/^git(\+[a-z]+)?:\/\//.test(text)) return text.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(text) || NPM_PATH.test(text) || text === '.' || text === '..' || text.startsWith('file:')) return true;
  // the version follows the name's `@` (a scope's leading `@` is part of the name); `@latest` is whatever is newest
  const version = /^@?[^@]+@(.+)$/.exec(text)?.[1];
  return version !== undefined && version !== 'latest';
}

/** A local Go package: a path (`.`, `./cmd/x`, `../x`, `/src/app`). */
function goLocal(text: string): boolean {
  return text.startsWith('.') || text.startsWith('/');
}

function goPinned(text: string): boolean {
  if (goLocal(text)) return true;
  const version = /@([^@/]+)$/.exec(text)?.[1];
  return version !== undefined && !['latest', 'upgrade', 'patch'].includes(version);
}

const NPM_INSTALL = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isntal', 'isntall', 'add']);
const RPM_CODE: Readonly<Record<string, string>> = { yum: 'DL3033', dnf: 'DL3041', microdnf: 'DL3041', dnf5: 'DL3041' };

/** The pinning check for a command, when it installs packages by name. */
export function pinCheck(command: PackageCommand, argv: readonly ShellWord[], where: { goModule: boolean }): PinCheck | undefined {
  const { manager, program, subcommand, operands, args } = command;
  switch (manager.name) {
    case 'apt':
      // `--snapshot`: every package comes from the archive as it was at that time
      if (subcommand !== 'install' || args.has('-S', '--snapshot')) return undefined;
      // `pkg-` asks apt to remove pkg
      return { code: 'DL3008', what: `${program} install`, packages: operands.filter((word) => !word.value.endsWith('-')), pinned: HAS_VERSION.apt, hint: (name) => `${name}=<version>` };
    case 'apk':
      if (subcommand !== 'add') return undefined;
      return { code: 'DL3018', what: 'apk add', packages: operands, pinned: HAS_VERSION.apk, hint: (name) => `${name}=<version>` };
    case 'zypper': {
      if (subcommand !== 'install' && subcommand !== 'in') return undefined;
      // patterns, patches and products have no versions to pin
      const type = args.value('-t', '--type')?.value;
      if (type !== undefined && type !== 'package') return undefined;
      return { code: 'DL3037', what: `zypper ${subcommand}`, packages: operands, pinned: HAS_VERSION.zypper, hint: (name) => `${name}=<version>` };
    }
    case 'yum': case 'dnf': case 'microdnf': case 'dnf5':
      return rpmCheck(command, RPM_CODE[manager.name]);
    case 'pip': case 'pipx':
      if (subcommand !== 'install' || args.has('-c', '--constraint')) return undefined;
      return pipCheck(`${program} install`, operands);
    case 'uv':
      if (subcommand !== 'pip install' || args.has('-c', '--constraint')) return undefined;
      return pipCheck('uv pip install', operands);
    case 'npm':
      if (program !== 'npm' || subcommand === undefined || !NPM_INSTALL.has(subcommand)) return undefined;
      return { code: 'DL3016', what: `npm ${subcommand}`, packages: operands, pinned: npmPinned, hint: (name) => `${name.replace(/(.)@.*$/, '$1')}@<version>` };
    case 'gem':
      return gemCheck(command, wordsAfter(command, argv));
    case 'go':
      return goCheck(command, wordsAfter(command, argv), where.goModule);
    default:
      return undefined;
  }
}

function pipCheck(what: string, operands: ShellWord[]): PinCheck {
  return { code: 'DL3013', what, packages: operands, pinned: pipPinned, hint: (name) => (VCS.test(name) ? `${name.replace(/#.*$/, '')}@<ref>` : `${name}==<version>`) };
}

function rpmCheck({ manager, subcommand, operands }: PackageCommand, code: string): PinCheck | undefined {
  if (subcommand === 'module' && operands[0]?.value === 'install') {
    return { code, what: `${manager.name} module install`, packages: operands.slice(1), pinned: (text) => text.includes(':'), hint: (name) => `${name}:<stream>` };
  }
  if (subcommand !== 'install') return undefined;
  // `@group` and `@module:stream` name groups and modules, `/usr/bin/ip` and `dnf-command(x)` what a package provides: none has a version to pin
  const packages = operands.filter((word) => !/^[@/]/.test(word.value) && !word.value.includes('('));
  return { code, what: `${manager.name} install`, packages, pinned: rpmPinned, hint: (name) => `${name}-<version>` };
}

/** The command's words after its subcommand. */
function wordsAfter({ subcommandWord }: PackageCommand, argv: readonly ShellWord[]): ShellWord[] {
  const index = subcommandWord ? argv.indexOf(subcommandWord) : -1;
  return index < 0 ? [] : argv.slice(index + 1);
}

function gemCheck({ subcommand, operands, args }: PackageCommand, after: ShellWord[]): PinCheck | undefined {
  if ((subcommand !== 'install' && subcommand !== 'i') || args.has('-v', '--version')) return undefined;
  // what follows `--` is for the gem's build, not gems
  const end = after.findIndex((word) => word.value === '--');
  const packages = end < 0 ? operands : operands.filter((word) => after.indexOf(word) < end);
  const pinned = (text: string) => text.includes(':') || text.endsWith('.gem') || text.includes('/');
  return { code: 'DL3028', what: `gem ${subcommand}`, packages, pinned, hint: (name) => `${name}:<version>` };
}

/** go's meta-packages: `tool` (the module's tools), `all`, `std`, `cmd` */
const GO_META = new Set(['tool', 'all', 'std', 'cmd']);

/**
 * `go install`/`go get`/`go run` of a remote package. Inside a module (`goModule`: the RUN sees a
 * go.mod), `go install pkg` and `go run pkg` take pkg's version from go.mod; `go get pkg` still
 * moves go.mod to the newest.
 */
function goCheck({ subcommand }: PackageCommand, after: ShellWord[], goModule: boolean): PinCheck | undefined {
  if (subcommand !== 'get' && (goModule || (subcommand !== 'install' && subcommand !== 'run'))) return undefined;
  const operands = goOperands(after);
  // `go run pkg@v1 args…`: what follows the package is the program's; `go run main.go` runs local files
  const packages = subcommand === 'run' ? operands.slice(0, 1).filter((word) => !word.value.endsWith('.go')) : operands;
  return {
    code: 'DL3062',
    what: `go ${subcommand}`,
    // `@none` removes a dependency
    packages: packages.filter((word) => !GO_META.has(word.value) && !word.value.endsWith('@none')),
    pinned: goPinned,
    hint: (name) => `${name.replace(/@[^@/]*$/, '')}@<version>`,
  };
}
