import * as path from 'node:path';
import yargs from 'yargs/yargs';
import { FORMAT_ALIASES, OUTPUT_FORMATS, SEVERITIES } from '@dflint/core';
import { rules } from '@dflint/rules';
import { ConfigError, ConfigLoader, describeHadolintNote, parseFileSize, type FailureThreshold } from '@dflint/config';
import type { LayersFormat } from './layers';
import type { FixRequest } from './fix-files';
import { configCommands, layersModule, lintModule, listRulesModule } from './commands-on-use';
// the packaged CLI's lint threads run this bundle's copy (bin/packaged-lint-worker.js)
export { serveLintJobs } from './commands-on-use';
import { EXIT, processIo, UsageError, type CliIo } from './io';
import { VERSION } from './version';
import { setV8Flags } from './v8-flags';
// the packaged bin sets the same flags itself, before it loads the bundle
export { V8_FLAGS } from './v8-flags';
// the packaged bin's code cache is written again when a run used a part it lacks
export { codeCacheParts } from './code-cache-parts';
import { OUTPUT_HELP, outputTargets, stdoutFormat, type OutputTarget } from './output-targets';
import { selectRules, splitNames } from './rule-selection';
import { mergeSettings, noFail, readHadolintFlags, withHadolintOptions } from './hadolint-flags';
import { readJobs, readMaxWarnings } from './verdict';
import { EPILOG, LAYERS_EPILOG, MAX_FILE_SIZE_HELP } from './help-text';
import { DOCKERFILE_NAMES_HELP } from './dockerfile-names';
import { readRegistryFlags } from './registry/registry-flags';
import { withRegistryOptions } from './registry/registry-options';
import { defaultBaseImageSource, defaultPackageIndexSource, type BaseImageSourceFactory, type PackageIndexSourceFactory } from './registry/run-base-images';


const REGISTRY_FLAGS = ['offline', 'registry-mirror', 'insecure-registry', 'network-budget', 'platform'];

// yargs-parser silently drops a bare `-`, so it travels through the parser under another name
const STDIN_ARG = '\u0000stdin';

/**
 * Parses argv, runs the command, and returns the exit code; never throws for bad input.
 * `baseImages` makes the run's base-image resolver (tests pass a fake); without it, base images are unknown.
 * `packageIndexes` makes its package-index source (apt, npm, Python); without it, package installs are unknown.
 */
export async function main(argv: string[], io: CliIo, baseImages?: BaseImageSourceFactory, packageIndexes?: PackageIndexSourceFactory): Promise<number> {
  let command: (() => Promise<number>) | undefined;
  let helpCommand = 'dflint --help';
  const parser = yargs(argv.map((arg) => (arg === '-' ? STDIN_ARG : arg)))
    .scriptName('dflint')
    .usage(
      '$0 [files|dirs|globs|-]\n$0 layers [Dockerfile...|-]\n\n' +
        'Lint Dockerfiles for layer bloat, build-cache mistakes and deprecated syntax,\n' +
        'or show what each instruction adds to the image and wastes (dflint layers --help).',
    )
    .exitProcess(false)
    .version(VERSION)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    // one value per option occurrence: `--disable DL3059 Dockerfile` lints Dockerfile (pre-commit appends files after args)
    .parserConfiguration({ 'greedy-arrays': false })
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    })
    .command(
      '$0 [files..]',
      'Lint Dockerfiles (default: every Dockerfile under the current directory)',
      (y) =>
        withHadolintOptions(withRegistryOptions(y))
          .positional('files', {
            describe: `Dockerfiles, directories (searched for ${DOCKERFILE_NAMES_HELP}), globs, or - for stdin`,
            type: 'string',
            array: true,
          })
          // one options() call: a chain of .option() calls nests yargs' types deep enough to overflow tsc's stack on a clean build
          .options({
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
            'context': {
            type: 'string',
            describe: "Build context for COPY/ADD sizes (default: each Dockerfile's folder; none for stdin)",
          },
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
            'jobs': { alias: 'j', type: 'number', describe: 'Lint on N threads (this one and N-1 workers) when there are 64+ files, offline and without ShellCheck (default: the cores less one; 1: one thread); the same output in the same order' },
          })
          .group(REGISTRY_FLAGS, 'Base images:')
          .example('$0 Dockerfile', 'Lint one file')
          .example('$0 .', 'Lint every Dockerfile under the current directory')
          .example("$0 'services/*/Dockerfile' --format json", 'Lint a glob, JSON output')
          .example('$0 --format stylish --format sarif -o dflint.sarif .', 'Stylish on screen and SARIF for code scanning')
          .example('cat Dockerfile | $0 - --stdin-filename Dockerfile', 'Lint stdin')
          .example('$0 --disable consecutive-run -t error Dockerfile', 'Switch a rule off; fail only on errors')
          .example('$0 --fix-dry-run .', 'Show what --fix would change, as a diff (git apply takes it)')
          .example('$0 --fix - < Dockerfile > Dockerfile.fixed', 'Fix stdin: the fixed text goes to stdout'),
      (args) => {
        // after `--`, every word is a file, even one that looks like an option
        const files = [...(args.files ?? []), ...args._.map(String)].map(fromStdinArg);
        command = async () => {
          if (args.listRules) {
            io.out(listRulesModule().listRules(rules, listRulesFormat(args.format)));
            return EXIT.ok;
          }
          if (args.init) return configCommands().initCommand(rules, args.config, io);
          const hadolint = readHadolintFlags(rules, args);
          hadolint.notes.forEach((note) => io.err(`dflint: note: ${note}\n`));
          const settings = mergeSettings(hadolint.settings, selectRules(rules, splitNames(args.rule), splitNames(args.disable)));
          const failureThreshold = noFail(args) ? 'none' : (args.failureThreshold as FailureThreshold | undefined);
          const maxFileSize = readMaxFileSize(args.maxFileSize);
          const registry = readRegistryFlags(args, io.env);
          const configLoader = new ConfigLoader({
            rules,
            configFile: args.config,
            cwd: io.cwd,
            onNote: (note) => io.err(`dflint: note: ${describeHadolintNote(note, io.cwd)}\n`),
          });
          if (args.printConfig !== undefined) {
            if (!args.printConfig) throw new UsageError('--print-config needs the Dockerfile whose config to print: dflint --print-config Dockerfile');
            if (files.length) throw new UsageError('--print-config takes one file and lints nothing: drop the other file arguments');
            const context = args.context === undefined ? undefined : path.resolve(io.cwd, args.context);
            return configCommands().printConfigCommand(args.printConfig, configLoader, { rules: settings, context, failureThreshold, maxFileSize, registry }, rules, io);
          }
          const inputs = files.length ? files : ['.'];
          const outputFiles = [args.outputFile ?? []].flat().map(fromStdinArg);
          const outputs = outputTargets(argv, args.format, outputFiles);
          return lintModule().lintCommand(
            {
              inputs,
              outputs,
              color: useColor(args.color, io),
              stdinFilename: args.stdinFilename,
              contextDir: args.context,
              ignorePatterns: args.ignorePattern ?? [],
              settings,
              failureThreshold,
              configLoader,
              maxWarnings: readMaxWarnings(args.maxWarnings),
              quiet: args.quiet,
              fix: fixRequest(args, inputs, outputs),
              maxFileSize,
              registry,
              baseImages,
              packageIndexes,
              disableIgnorePragma: args.disableIgnorePragma,
              jobs: readJobs(args.jobs),
            },
            io,
          );
        };
      },
    )
    .command(
      'layers [dockerfiles..]',
      'Show, per stage, what each instruction adds to the image and how much of it is wasted',
      (y) => {
        helpCommand = 'dflint layers --help';
        return withRegistryOptions(y)
          .usage(
            '$0 layers [Dockerfile...|-] [--context DIR] [--target STAGE] [--format table|json]\n\n' +
              'Predicts, without building, the bytes each instruction stores in its layer and the bytes hidden\n' +
              'by later instructions (wasted). Figures are exact, a lower bound (≥) or unknown (?).',
          )
          .positional('dockerfiles', { describe: 'The Dockerfiles (default: Dockerfile), or - for stdin; one report each', type: 'string', array: true })
          .option('context', { alias: 'c', type: 'string', describe: "Build context directory (default: the Dockerfile's folder; the current directory for stdin)" })
          .option('target', { type: 'string', describe: 'Show this stage (name or 0-based index) and the stages it needs (default: every stage)' })
          .option('format', { alias: 'f', choices: ['table', 'json'] as const, default: 'table' as const, describe: 'Output format (json: the report, or an array of reports for several Dockerfiles)' })
          .option('color', { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color); default: on for a terminal unless NO_COLOR is set' })
          .option('max-file-size', { type: 'string', describe: 'Refuse a Dockerfile larger than this (e.g. 20MB, 512KB, or bytes) without reading it; default 10MB' })
          .group(REGISTRY_FLAGS, 'Base images:')
          .example('$0 layers', './Dockerfile with the current directory as context')
          .example('$0 layers services/api/Dockerfile --target runtime', 'One stage and the stages it copies from')
          .example('$0 layers docker/Dockerfile --context . --format json', 'Another context; JSON for scripts')
          .example('cat Dockerfile | $0 layers - --context .', 'Read the Dockerfile from stdin')
          .epilog(LAYERS_EPILOG);
      },
      (args) => {
        command = () =>
          layersModule().layersCommand(
            {
              dockerfiles: layersInputs([...(args.dockerfiles ?? []), ...args._.slice(1).map(String)].map(fromStdinArg)),
              context: args.context,
              target: args.target,
              format: args.format as LayersFormat,
              color: useColor(args.color, io),
              width: (io.stdoutIsTTY && process.stdout.columns) || 120,
              maxFileSize: readMaxFileSize(args.maxFileSize),
              registry: readRegistryFlags(args, io.env),
              configLoader: new ConfigLoader({ rules, cwd: io.cwd }),
              baseImages,
              packageIndexes,
            },
            io,
          );
      },
    )
    .epilog(`${EPILOG}\n\n${OUTPUT_HELP}`);

  try {
    await parser.parseAsync();
    return command ? await command() : EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`dflint: ${error.describe(io.cwd)}\n`);
      return EXIT.error;
    }
    if (error instanceof UsageError || isYargsError(error)) {
      io.err(`dflint: ${(error as Error).message.split('\n').join(' ').trim()}\nRun '${helpCommand}' for usage.\n`);
      return EXIT.error;
    }
    io.err(`dflint: internal error (a dflint bug; please report it): ${describe(error)}\n`);
    if (io.env.DFLINT_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT.error;
  }
}

/** The --fix flags, checked for combinations that cannot work. */
function fixRequest(
  flags: { fix?: boolean; fixDryRun?: boolean; unsafeFixes?: boolean; fixReadOnly?: boolean },
  inputs: readonly string[],
  outputs: readonly OutputTarget[],
): FixRequest | undefined {
  const { fix, fixDryRun, unsafeFixes, fixReadOnly } = flags;
  if (fix && fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes, --fix-dry-run only shows the diff');
  if (unsafeFixes && !fix && !fixDryRun) throw new UsageError('--unsafe-fixes only works with --fix or --fix-dry-run');
  if (fixReadOnly && !fix) throw new UsageError('--fix-read-only only works with --fix');
  const onStdout = stdoutFormat(outputs);
  if (fixDryRun && onStdout && onStdout !== 'stylish') {
    throw new UsageError(`--fix-dry-run prints a diff to stdout, which --format ${onStdout} cannot share; write it to a file with -o FILE`);
  }
  if (fix && inputs.includes('-') && inputs.length > 1) {
    throw new UsageError('--fix with - prints the fixed stdin to stdout, so - must be the only input');
  }
  return fix || fixDryRun ? { write: Boolean(fix), unsafe: Boolean(unsafeFixes), writeReadOnly: Boolean(fixReadOnly) } : undefined;
}

function fromStdinArg(arg: string): string {
  return arg === STDIN_ARG ? '-' : arg;
}

/** `dflint layers` with no file reads ./Dockerfile; stdin can be read once. */
function layersInputs(dockerfiles: string[]): string[] {
  if (dockerfiles.length === 0) return ['Dockerfile'];
  if (dockerfiles.includes('-') && dockerfiles.length > 1) throw new UsageError('layers reads - (stdin) only as its one Dockerfile');
  return dockerfiles;
}

/** --list-rules prints a table, or JSON with --format json. */
function listRulesFormat(format: string | string[] | undefined): 'table' | 'json' {
  const formats = [format ?? []].flat();
  if (formats.length === 0) return 'table';
  if (formats.length === 1 && (formats[0] === 'json' || formats[0] === 'stylish')) return formats[0] === 'json' ? 'json' : 'table';
  throw new UsageError(`--list-rules prints a table, or JSON with --format json (got --format ${formats.join(', ')})`);
}

/** --max-file-size as bytes; undefined when not given. */
function readMaxFileSize(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const bytes = parseFileSize(flag);
  if (bytes === undefined) throw new UsageError(`--max-file-size must be a size such as 20MB, 512KB or a number of bytes, above 0 (got '${flag}')`);
  return bytes;
}

/** --color / --no-color win; otherwise colour on a terminal unless NO_COLOR is set. */
function useColor(flag: boolean | undefined, io: CliIo): boolean {
  return flag ?? (io.stdoutIsTTY && !io.env.NO_COLOR);
}

function isYargsError(error: unknown): boolean {
  return error instanceof Error && error.name === 'YError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The bin's entry: sets the exit code and lets stdout drain instead of calling process.exit. */
export function run(): void {
  setV8Flags();
  void main(process.argv.slice(2), processIo(), defaultBaseImageSource, defaultPackageIndexSource).then((code) => {
    process.exitCode = code;
  });
}
