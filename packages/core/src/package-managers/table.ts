import { BUNDLER, CARGO, COMPOSER, DOTNET, GEM, GO, GRADLE, MAVEN } from './build-tools';
import { NPM, PNPM, YARN } from './node-managers';
import { APK, APT, DNF, DNF5, MICRODNF, YUM, ZYPPER } from './os-managers';
import { PIP, PIPX, POETRY, UV } from './python-managers';
import type { PackageManager } from './types';

/** Every package manager dflint knows. */
export const PACKAGE_MANAGERS: readonly PackageManager[] = [
  APT, APK, YUM, DNF, MICRODNF, DNF5, ZYPPER,
  PIP, PIPX, UV, POETRY,
  NPM, YARN, PNPM,
  GO, GEM, BUNDLER, COMPOSER, CARGO, MAVEN, GRADLE, DOTNET,
];

const BY_COMMAND: ReadonlyMap<string, PackageManager> = new Map(
  PACKAGE_MANAGERS.flatMap((manager) => manager.commands.map((command): [string, PackageManager] => [command, manager])),
);

/** The managers' command patterns, in PACKAGE_MANAGERS' order: asked of every word a wrapper may run. */
const BY_PATTERN: ReadonlyArray<[RegExp, PackageManager]> = PACKAGE_MANAGERS.flatMap((manager) =>
  (manager.commandPatterns ?? []).map((pattern): [RegExp, PackageManager] => [pattern, manager]),
);

/** The manager a program (a basename: `apt-get`, `pip3.12`) runs. */
export function managerOfProgram(program: string): PackageManager | undefined {
  const named = BY_COMMAND.get(program);
  if (named) return named;
  for (const [pattern, manager] of BY_PATTERN) if (pattern.test(program)) return manager;
  return undefined;
}

/** The manager `python -m <module>` runs. */
export function managerOfPythonModule(module: string | undefined): PackageManager | undefined {
  return PACKAGE_MANAGERS.find((manager) => manager.pythonModule !== undefined && manager.pythonModule === module);
}

/** The manager effects and rules call `name` (`apt`, `dnf`). */
export function managerNamed(name: string): PackageManager | undefined {
  return PACKAGE_MANAGERS.find((manager) => manager.name === name);
}
