import type { Options } from 'yargs';
import { FORMAT_ALIASES, OUTPUT_FORMATS, SEVERITIES } from '@dflint/core';
import type { HadolintFlagValues } from './hadolint-flags';
import type { RegistryFlags } from './registry/registry-flags';
import { MAX_FILE_SIZE_HELP } from './help-text';

// The lint command's own options as plain data: yargs is given them (yargs-command-line.ts), and
// so is the plain command-line reader (plain-argv.ts), which must read a command line as yargs would.

export const LINT_OPTIONS = {
  'format': { alias: 'f', type: 'string', choices: [...OUTPUT_FORMATS, ...Object.keys(FORMAT_ALIASES)], describe: 'Output format (default: stylish; tty is stylish); repeat with -o FILE for several' },
  'output-file': { alias: 'o', type: 'string', describe: 'Write the --format before it to FILE instead of stdout (see Output below); never one of the inputs' },
  'rule': { type: 'string', array: true, describe: 'Run only these rules (names or hadolint/BuildKit codes; one per flag or comma-separated, repeatable)' },
  'disable': { alias: 'ignore', type: 'string', array: true, describe: "Switch these rules off (names or codes; one per flag or comma-separated, repeatable; --ignore as in hadolint)" },
  'failure-threshold': {
    alias: 't',
    choices: [...SEVERITIES, 'none'] as const,
    describe: "Exit 1 when a finding is at or above this severity (none: never); default: the config's failureThreshold, else info",
  },
  'stdin-filename': { type: 'string', default: '-', describe: 'Name to report for input read from stdin' },
  'context': { type: 'string', describe: "Build context for COPY/ADD sizes (default: each Dockerfile's folder; none for stdin)" },
  'ignore-pattern': { type: 'string', array: true, describe: 'Skip files matching this .gitignore-style pattern (relative to the current directory; repeatable); a file named on the command line that it matches gets a warning' },
  'color': { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color); default: on for a terminal unless NO_COLOR is set' },
  'fix': { type: 'boolean', describe: 'Apply safe fixes to the files, then report what is left; with - print the fixed text instead' },
  'fix-dry-run': { type: 'boolean', describe: 'Apply fixes in memory and print a unified diff per changed file; write nothing' },
  'unsafe-fixes': { type: 'boolean', describe: 'With --fix or --fix-dry-run, apply unsafe fixes too' },
  'fix-read-only': { type: 'boolean', describe: 'With --fix, also rewrite files whose mode makes them read-only (e.g. 0444)' },
  'list-rules': { type: 'boolean', describe: 'List the rules and exit' },
  'config': { alias: 'c', type: 'string', describe: 'Use this config file for every Dockerfile instead of the nearest .dflintrc.* / package.json "dflint" / .hadolint.yaml' },
  'print-config': { type: 'string', describe: 'Print the config FILE would be linted with, as JSON, and exit' },
  'init': { type: 'boolean', describe: 'Write a commented starter .dflintrc.yaml in the current directory (or the --config FILE, .yaml/.yml/.json) and exit' },
  'max-warnings': { type: 'number', describe: 'Exit 1 when more than this many warnings are reported, even with no errors' },
  'quiet': { alias: 'q', type: 'boolean', describe: 'Report errors only (other findings do not count toward the exit code either; with no errors, stylish prints nothing)' },
  'max-file-size': { type: 'string', describe: MAX_FILE_SIZE_HELP },
  'jobs': { alias: 'j', type: 'number', describe: 'Lint on N threads (this one and N-1 workers) when there are 64+ files, offline and without ShellCheck (default: the cores; 1: one thread); the same output in the same order' },
} as const satisfies Record<string, Options>;

/** What the lint command reads from its parsed command line (yargs' argv, or the plain reader's, which equals it). */
export interface LintArgs extends HadolintFlagValues, RegistryFlags {
  _: (string | number)[];
  files?: string[];
  format?: string | string[];
  outputFile?: string | string[];
  rule?: string[];
  disable?: string[];
  failureThreshold?: string;
  stdinFilename: string;
  context?: string;
  ignorePattern?: string[];
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  unsafeFixes?: boolean;
  fixReadOnly?: boolean;
  listRules?: boolean;
  config?: string;
  printConfig?: string;
  init?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  maxFileSize?: string;
  jobs?: number;
  disableIgnorePragma?: boolean;
}
