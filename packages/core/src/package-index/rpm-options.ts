// What a dnf/yum/microdnf/dnf5 command line says about its closure: weak dependencies, docs, whether a
// removal cleans the requirements it leaves unneeded, and the package operands.
import type { PackageCommand } from '../package-managers';
import { dnfBoolean } from './rpm-repos';

export interface DnfCommandOptions {
  /** `--setopt=install_weak_deps=False`; absent: the image's dnf.conf decides (dnf's default: true) */
  installWeakDeps?: boolean;
  /** `--nodocs` (dnf5: `--no-docs`) or `--setopt=tsflags=nodocs`: documentation is not installed (primary.xml's sizes then overstate) */
  nodocs?: boolean;
  /** `--noautoremove` or `--setopt=clean_requirements_on_remove=…`; absent: dnf.conf decides (default true) */
  cleanRequirementsOnRemove?: boolean;
  /** `dnf autoremove`: every unneeded dependency goes */
  autoremove: boolean;
  /** the package operands as written (dynamic words left out: their packages cannot be known) */
  packages: string[];
  /** operands that are not static words (`$PKGS`): the closure is then a lower bound */
  dynamicOperands: number;
}

/** The options of a yum/dnf/microdnf/dnf5 command the package-manager table classified. */
export function dnfCommandOptions(command: Pick<PackageCommand, 'subcommand' | 'args' | 'operands'>): DnfCommandOptions {
  const options: DnfCommandOptions = { autoremove: command.subcommand === 'autoremove', packages: [], dynamicOperands: 0 };
  for (const item of command.args.items) {
    if (item.kind === 'flag') {
      if (item.name === '--nodocs' || item.name === '--no-docs') options.nodocs = true;
      else if (item.name === '--noautoremove') options.cleanRequirementsOnRemove = false;
    } else if (item.kind === 'value' && item.name === '--setopt') {
      const [key, value = ''] = item.word.value.split(/=(.*)/s);
      const name = key.trim().toLowerCase();
      if (name === 'tsflags') options.nodocs = value.split(/[\s,]+/).includes('nodocs');
      const setting = dnfBoolean(value);
      if (setting === undefined) continue;
      if (name === 'install_weak_deps') options.installWeakDeps = setting;
      else if (name === 'clean_requirements_on_remove') options.cleanRequirementsOnRemove = setting;
    }
  }
  options.packages = command.operands.filter((word) => !word.dynamic).map((word) => word.value);
  options.dynamicOperands = command.operands.length - options.packages.length;
  return options;
}
