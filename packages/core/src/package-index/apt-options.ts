// What an apt-get/apt command line says about the closure: whether Recommends are installed, whether
// a removal also auto-removes, and the package operands; and `APT::Install-Recommends` read from apt.conf.

import type { PackageCommand } from '../package-managers';

/** apt's StringToBool words; anything else leaves the default. */
export function aptBoolean(value: string): boolean | undefined {
  const word = value.trim().toLowerCase();
  if (['1', 'yes', 'true', 'with', 'on', 'enable'].includes(word)) return true;
  if (['0', 'no', 'false', 'without', 'off', 'disable'].includes(word)) return false;
  return undefined;
}

export interface AptCommandOptions {
  /** `--no-install-recommends`/`--install-recommends` or `-o APT::Install-Recommends=…`; absent: the image's apt config decides (apt's default: true) */
  installRecommends?: boolean;
  /** `autoremove`, `autopurge` or `--auto-remove`/`--autoremove`, or `-o APT::Get::AutomaticRemove=…` */
  autoRemove: boolean;
  /** `purge`, `autopurge` or `--purge`: conffiles go too */
  purge: boolean;
  /** the package operands as written (dynamic words left out: their packages cannot be known) */
  packages: string[];
  /** operands that are not static words (`$PKGS`): the closure is then a lower bound */
  dynamicOperands: number;
}

/** The options of an apt command the package-manager table classified. */
export function aptCommandOptions(command: Pick<PackageCommand, 'subcommand' | 'args' | 'operands'>): AptCommandOptions {
  let installRecommends: boolean | undefined;
  let autoRemove = command.subcommand === 'autoremove' || command.subcommand === 'autopurge';
  for (const item of command.args.items) {
    if (item.kind === 'flag') {
      if (item.name === '--no-install-recommends') installRecommends = false;
      else if (item.name === '--install-recommends') installRecommends = true;
      else if (item.name === '--auto-remove' || item.name === '--autoremove') autoRemove = true;
    } else if (item.kind === 'value' && (item.name === '-o' || item.name === '--option')) {
      const [key, value = ''] = item.word.value.split(/=(.*)/s);
      const setting = aptBoolean(value);
      if (setting === undefined) continue;
      if (key.toLowerCase() === 'apt::install-recommends') installRecommends = setting;
      else if (key.toLowerCase() === 'apt::get::automaticremove') autoRemove = setting;
    }
  }
  const purge = command.subcommand === 'purge' || command.subcommand === 'autopurge' || command.args.has('--purge');
  const packages = command.operands.filter((word) => !word.dynamic).map((word) => word.value);
  const options: AptCommandOptions = { autoRemove, purge, packages, dynamicOperands: command.operands.length - packages.length };
  if (installRecommends !== undefined) options.installRecommends = installRecommends;
  return options;
}

/**
 * A boolean setting of apt.conf text (`/etc/apt/apt.conf.d/*`), the last one winning as apt reads them:
 * `APT::Install-Recommends "0";` or nested `APT { Install-Recommends "false"; };`. Comments (`//`, `#`, `/* *\/`) are skipped.
 */
export function aptConfigBoolean(text: string, key: string): boolean | undefined {
  const clean = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)(\/\/|#).*$/gm, '$1');
  const scopes: string[] = [];
  let found: boolean | undefined;
  for (const match of clean.matchAll(/([^\s{};"]+)\s*(?:"([^"]*)"\s*;|\{)|\}/g)) {
    if (match[0] === '}' || match[0].startsWith('}')) {
      scopes.pop();
    } else if (match[2] === undefined) {
      scopes.push(match[1]);
    } else if ([...scopes, match[1]].join('::').toLowerCase() === key.toLowerCase()) {
      found = aptBoolean(match[2]) ?? found;
    }
  }
  return found;
}
