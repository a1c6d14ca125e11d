import type { Options } from 'yargs';
import { HADOLINT_OPTIONS } from './hadolint-flags';
import { LINT_OPTIONS, type LintArgs } from './lint-options';
import { REGISTRY_OPTIONS } from './registry/registry-options';
import { STDIN_ARG } from './run-lint';

// A plain lint's command line (`dflint FILE… [known options]`) read without loading yargs (~9 ms of
// a small lint's CPU at start-up), from the option tables yargs is given, into the argv yargs would give
// (a test compares the two on many command lines). Anything it does not fully understand is left to
// yargs: --help, --version, commands and `help`, `--`, --no-*, unknown or camelCase options, grouped short
// flags, values that start with - or are missing, numbers yargs would convert, repeated booleans.

type OptionSpec = Options & { alias?: string | readonly string[]; choices?: readonly string[] };

const OPTIONS: Record<string, OptionSpec> = { ...REGISTRY_OPTIONS, ...HADOLINT_OPTIONS, ...LINT_OPTIONS };

/** Every name an option is typed as (--name, --long-alias, -a) → the option's own name. */
const NAMES = new Map<string, string>();
for (const [name, spec] of Object.entries(OPTIONS)) {
  // yargs reads --no-fail as a negation of `fail` as well
  if (name.startsWith('no-')) continue;
  NAMES.set(`--${name}`, name);
  for (const alias of aliasesOf(spec)) NAMES.set(alias.length === 1 ? `-${alias}` : `--${alias}`, name);
}

/** yargs-parser reads a word like these as a number (or, after a boolean flag, as its value). */
const NUMBER_LIKE = /^[-+]?(\d|\.\d)|^0x/i;
const BOOLEAN_WORDS = new Set(['true', 'false']);
/** Words yargs may read as a command (`layers`) or as a request for help wherever they stand (`help`). */
const COMMAND_WORDS = new Set(['layers', 'help', 'version', 'completion']);
const COUNT = /^(0|[1-9]\d*)$/;

/** The lint command's argv, as yargs would give it, or undefined when yargs must read this command line. */
export function readPlainLint(argv: readonly string[]): LintArgs | undefined {
  const files: string[] = [];
  const values = new Map<string, unknown>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '-') {
      files.push(STDIN_ARG);
      continue;
    }
    if (!word.startsWith('-')) {
      if (word === '' || COMMAND_WORDS.has(word) || NUMBER_LIKE.test(word) || BOOLEAN_WORDS.has(word)) return undefined;
      files.push(word);
      continue;
    }
    const equals = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = NAMES.get(equals < 0 ? word : word.slice(0, equals));
    if (name === undefined) return undefined;
    const spec = OPTIONS[name];
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
  const args: Record<string, unknown> = { _: [], $0: 'dflint', ...(files.length ? { files } : {}) };
  for (const [name, spec] of Object.entries(OPTIONS)) {
    const value = values.has(name) ? values.get(name) : spec.default;
    if (value === undefined) continue;
    for (const key of [name, ...aliasesOf(spec)]) {
      args[key] = value;
      args[camelCase(key)] = value;
    }
  }
  return args as unknown as LintArgs;
}

function aliasesOf(spec: OptionSpec): readonly string[] {
  return spec.alias === undefined ? [] : typeof spec.alias === 'string' ? [spec.alias] : spec.alias;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
