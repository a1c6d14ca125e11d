// What an `apk add`/`apk del` command line says about the closure: the virtual package, the
// repositories it adds, whether it keeps indexes in /var/cache/apk, and the package operands.
import type { PackageCommand } from '../package-managers';

export interface ApkCommandOptions {
  /** `-t`/`--virtual NAME` (`apk add`) */
  virtual?: string;
  /** `-X`/`--repository URL`: repositories this command reads besides /etc/apk/repositories */
  repositories: string[];
  /** `--repositories-file FILE`: the command reads that file instead of /etc/apk/repositories */
  repositoriesFile?: string;
  /** `--no-cache`: the indexes are not kept in /var/cache/apk */
  noCache: boolean;
  /** `-u`/`--upgrade`, `-l`/`--latest`: the closure may upgrade more than its dependencies need (not modelled) */
  upgrade: boolean;
  /** the package operands as written (dynamic words left out: their packages cannot be known) */
  packages: string[];
  /** operands or option values that are not static words (`$PKGS`, `--virtual $NAME`): the closure is then a lower bound */
  dynamicOperands: number;
}

/** The options of an apk command the package-manager table classified. */
export function apkCommandOptions(command: Pick<PackageCommand, 'args' | 'operands'>): ApkCommandOptions {
  const repositories: string[] = [];
  let virtual: string | undefined;
  let repositoriesFile: string | undefined;
  let dynamic = 0;
  for (const item of command.args.items) {
    if (item.kind !== 'value') continue;
    if (item.word.dynamic && ['-t', '--virtual', '-X', '--repository', '--repositories-file'].includes(item.name)) dynamic++;
    else if (item.name === '-t' || item.name === '--virtual') virtual = item.word.value;
    else if (item.name === '-X' || item.name === '--repository') repositories.push(item.word.value);
    else if (item.name === '--repositories-file') repositoriesFile = item.word.value;
  }
  const packages = command.operands.filter((word) => !word.dynamic).map((word) => word.value);
  return {
    ...(virtual !== undefined ? { virtual } : {}),
    repositories,
    ...(repositoriesFile !== undefined ? { repositoriesFile } : {}),
    noCache: command.args.has('--no-cache'),
    upgrade: command.args.has('-u', '--upgrade', '-l', '--latest'),
    packages,
    dynamicOperands: command.operands.length - packages.length + dynamic,
  };
}
