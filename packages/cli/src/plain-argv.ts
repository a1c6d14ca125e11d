import type { Options } from 'yargs';
import { HADOLINT_OPTIONS } from './hadolint-flags';
import { LAYERS_OPTIONS, type LayersArgs } from './layers-options';
import { LINT_OPTIONS, type LintArgs } from './lint-options';
import { REGISTRY_OPTIONS } from './registry/registry-options';
import { STDIN_ARG } from './run-lint';
import type { ParsedCommandLine } from './yargs-command-line';

// A plain command line (`dflint FILE… [known options]`, `dflint layers FILE… [known options]`) read
// without loading yargs (~9 ms of a small lint's CPU at start-up, ~25 ms of `dflint layers`'), from the
// option tables yargs is given, into the argv yargs would give (a test compares the two on many command
// lines). Anything it does not fully understand is left to yargs: --help, --version, other commands and
// `help`, `--`, --no-*, unknown or camelCase options, grouped short flags, values that start with - or
// are missing, numbers yargs would convert, repeated booleans.

type OptionSpec = Options & { alias?: string | readonly string[]; choices?: readonly string[] };

/** One command's options, and every name each is typed as (--name, --long-alias, -a) → the option's own name. */
class CommandOptions {
  readonly names = new Map<string, string>();

  constructor(readonly options: Record<string, OptionSpec>) {
    for (const [name, spec] of Object.entries(options)) {
      // yargs reads --no-fail as a negation of `fail` as well
      if (name.startsWith('no-')) continue;
      this.names.set(`--${name}`, name);
      for (const alias of aliasesOf(spec)) this.names.set(alias.length === 1 ? `-${alias}` : `--${alias}`, name);
    }
  }
}

const LINT = new CommandOptions({ ...REGISTRY_OPTIONS, ...HADOLINT_OPTIONS, ...LINT_OPTIONS });
const LAYERS = new CommandOptions({ ...REGISTRY_OPTIONS, ...LAYERS_OPTIONS });

/** yargs-parser reads a word like these as a number (or, after a boolean flag, as its value). */
const NUMBER_LIKE = /^[-+]?(\d|\.\d)|^0x/i;
const BOOLEAN_WORDS = new Set(['true', 'false']);
/** Words yargs may read as a command (`layers`) or as a request for help wherever they stand (`help`). */
const COMMAND_WORDS = new Set(['layers', 'help', 'version', 'completion']);
const COUNT = /^(0|[1-9]\d*)$/;

/** The command and its argv, as yargs would give them, or undefined when yargs must read this command line. */
export function readPlainCommandLine(argv: readonly string[]): ParsedCommandLine | undefined {
  if (argv[0] === 'layers') {
    // yargs gives `layers [dockerfiles..]` an empty list, the default command's `[files..]` none
    const args = readArgs(argv.slice(1), LAYERS, 'dockerfiles', ['layers'], true);
    return args && { command: 'layers', args: args as unknown as LayersArgs };
  }
  const args = readArgs(argv, LINT, 'files', [], false);
  return args && { command: 'lint', args: args as unknown as LintArgs };
}

function readArgs(argv: readonly string[], command: CommandOptions, positionalKey: string, commandWords: string[], alwaysPositionals: boolean): Record<string, unknown> | undefined {
  const positionals: string[] = [];
  const values = new Map<string, unknown>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '-') {
      positionals.push(STDIN_ARG);
      continue;
    }
    if (!word.startsWith('-')) {
      if (word === '' || COMMAND_WORDS.has(word) || NUMBER_LIKE.test(word) || BOOLEAN_WORDS.has(word)) return undefined;
      positionals.push(word);
      continue;
    }
    const equals = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = command.names.get(equals < 0 ? word : word.slice(0, equals));
    if (name === undefined) return undefined;
    const spec = command.options[name];
    if (spec.type === 'boolean') {
      if (equals >= 0 || values.has(name)) return undefined;
      values.set(name, true);
      continue;
    }
    const value = equals < 0 ? argv[++i] : word.slice(equals + 1);
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (spec.choices && !spec.choices.includes(value)) return undefined;
    if (spec.type === 'number') {
      if (!COUNT.test(value) || values.has(name)) return undefined;
      values.set(name, Number(value));
    } else if (spec.array) {
      values.set(name, [...((values.get(name) as string[] | undefined) ?? []), value]);
    } else {
      // yargs makes a repeated option an array of its values
      values.set(name, values.has(name) ? [values.get(name)].flat().concat(value) : value);
    }
  }
  const args: Record<string, unknown> = { _: commandWords, $0: 'dflint', ...(positionals.length || alwaysPositionals ? { [positionalKey]: positionals } : {}) };
  for (const [name, spec] of Object.entries(command.options)) {
    const value = values.has(name) ? values.get(name) : spec.default;
    if (value === undefined) continue;
    for (const key of [name, ...aliasesOf(spec)]) {
      args[key] = value;
      args[camelCase(key)] = value;
    }
  }
  return args;
}

function aliasesOf(spec: OptionSpec): readonly string[] {
  return spec.alias === undefined ? [] : typeof spec.alias === 'string' ? [spec.alias] : spec.alias;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
