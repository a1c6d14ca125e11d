import { parseOptions, type ParsedArgs } from '../layers/shell-effects/options';
import { baseName } from '../layers/paths';
import type { ShellCommand, ShellWord } from '../parse/shell-types';
import { managerOfProgram, managerOfPythonModule } from './table';
import type { PackageAction, PackageManager } from './types';

/** A package-manager command as the table reads it. */
export interface PackageCommand {
  manager: PackageManager;
  /** the program that runs it: `apt-get`, `pip3`; `pip` for `python3 -m pip` */
  program: string;
  /** what it does; undefined for a subcommand the table does not know (`npm run build`) */
  action: PackageAction | undefined;
  /** the subcommand as the table spells it (`install`, `cache clean`), else the first operand */
  subcommand: string | undefined;
  /** the subcommand's last word in the script: where an option for it goes */
  subcommandWord: ShellWord | undefined;
  /** the operands after the subcommand */
  operands: ShellWord[];
  /** the arguments after the program, parsed with the manager's option spec */
  args: ParsedArgs;
}

/** python3, python3.12: `python -m <module>` may run a package manager */
export const PYTHON_PROGRAM = /^python[0-9.]*$/;

/** What `program args…` does, when the program runs a package manager (`python3 -m pip` included). */
export function classifyPackageCall(program: string, args: readonly ShellWord[]): PackageCommand | undefined {
  return classifyWords(program, args, 0);
}

/** classifyPackageCall(program, argv[from…]): the words are sliced only for a program that may run a manager, which most commands are not. */
function classifyWords(program: string, argv: readonly ShellWord[], from: number): PackageCommand | undefined {
  if (PYTHON_PROGRAM.test(program)) {
    const args = argv.slice(from);
    const module = args.findIndex((word) => word.value === '-m');
    const manager = module >= 0 ? managerOfPythonModule(args[module + 1]?.value) : undefined;
    return manager && classifyAs(manager, manager.pythonModule!, args.slice(module + 2));
  }
  const manager = managerOfProgram(program);
  return manager && classifyAs(manager, program, from === 0 ? argv : argv.slice(from));
}

function classifyAs(manager: PackageManager, program: string, args: readonly ShellWord[]): PackageCommand {
  const parsed = parseOptions(args, manager.options);
  const operands = parsed.operands;
  // each result spelled out: V8 copies `{ ...common, … }` on a slow path (~2 µs a call, called for every command by many rules)
  const command = (action: PackageAction | undefined, subcommand: string | undefined, subcommandWord: ShellWord | undefined, rest: ShellWord[]): PackageCommand => ({
    manager,
    program,
    args: parsed,
    action,
    subcommand,
    subcommandWord,
    operands: rest,
  });
  const fixed = manager.programActions?.[program];
  if (fixed) return command(fixed, undefined, undefined, operands);
  if (operands.length === 0) return command(manager.bareAction, undefined, undefined, operands);
  const twoWords = operands.length > 1 ? `${operands[0].value} ${operands[1].value}` : undefined;
  if (twoWords !== undefined && Object.hasOwn(manager.subcommands, twoWords)) {
    return command(manager.subcommands[twoWords], twoWords, operands[1], operands.slice(2));
  }
  const [first, ...rest] = operands;
  const action = Object.hasOwn(manager.subcommands, first.value) ? manager.subcommands[first.value] : undefined;
  return command(action, first.value, first, rest);
}

/**
 * The package-manager command a shell command runs: by its name, or with `throughWrappers` the
 * first word that names a manager (`sudo -u app pip install`, `env X=1 uv sync`).
 */
export function packageCommand(command: ShellCommand, options: { throughWrappers?: boolean } = {}): PackageCommand | undefined {
  // rules, the layer model and the package-index loader each ask about the same commands of a parsed
  // document: classified once per command (about 4% of a corpus lint's CPU otherwise); never mutated
  const cache = options.throughWrappers ? CLASSIFIED_THROUGH_WRAPPERS : CLASSIFIED;
  const cached = cache.get(command);
  if (cached !== undefined) return cached === NOT_A_PACKAGE_COMMAND ? undefined : cached;
  const classified = classify(command, options);
  cache.set(command, classified ?? NOT_A_PACKAGE_COMMAND);
  return classified;
}

// one map lookup per call: a cached "not a package command" is this marker, not undefined
const NOT_A_PACKAGE_COMMAND = Symbol('not a package command');
const CLASSIFIED = new WeakMap<ShellCommand, PackageCommand | typeof NOT_A_PACKAGE_COMMAND>();
const CLASSIFIED_THROUGH_WRAPPERS = new WeakMap<ShellCommand, PackageCommand | typeof NOT_A_PACKAGE_COMMAND>();

function classify(command: ShellCommand, options: { throughWrappers?: boolean }): PackageCommand | undefined {
  if (!options.throughWrappers) return classifyWords(command.name, command.argv, 1);
  const found = packageCommand(command);
  if (found) return found;
  for (let index = 1; index < command.argv.length; index++) {
    const word = command.argv[index];
    if (word.dynamic) continue;
    const inner = classifyWords(baseName(word.value), command.argv, index + 1);
    if (inner) return inner;
  }
  return undefined;
}
