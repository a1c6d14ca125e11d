import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { ConfigLoader, describeHadolintNote, parseFileSize, type FailureThreshold } from '@dflint/config';
import type { FixRequest } from './fix-files';
import { configCommands, lintModule, listRulesModule } from './commands-on-use';
import { EXIT, UsageError, type CliIo } from './io';
import type { LintArgs } from './lint-options';
import { outputTargets, stdoutFormat, type OutputTarget } from './output-targets';
import { selectRules, splitNames } from './rule-selection';
import { mergeSettings, noFail, readHadolintFlags } from './hadolint-flags';
import { readJobs, readMaxWarnings } from './verdict';
import { readRegistryFlags } from './registry/registry-flags';
import type { BaseImageSourceFactory, PackageIndexSourceFactory } from './registry/run-base-images';

// yargs-parser silently drops a bare `-`, so it travels through the parser under another name
export const STDIN_ARG = '\u0000stdin';

/** The lint command (dflint's default) with its parsed command line; `argv` as typed, for the order of -f and -o. */
export async function runLint(argv: readonly string[], args: LintArgs, io: CliIo, baseImages?: BaseImageSourceFactory, packageIndexes?: PackageIndexSourceFactory): Promise<number> {
  // after `--`, every word is a file, even one that looks like an option
  const files = [...(args.files ?? []), ...args._.map(String)].map(fromStdinArg);
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

export function fromStdinArg(arg: string): string {
  return arg === STDIN_ARG ? '-' : arg;
}

/** --list-rules prints a table, or JSON with --format json. */
function listRulesFormat(format: string | string[] | undefined): 'table' | 'json' {
  const formats = [format ?? []].flat();
  if (formats.length === 0) return 'table';
  if (formats.length === 1 && (formats[0] === 'json' || formats[0] === 'stylish')) return formats[0] === 'json' ? 'json' : 'table';
  throw new UsageError(`--list-rules prints a table, or JSON with --format json (got --format ${formats.join(', ')})`);
}

/** --max-file-size as bytes; undefined when not given. */
export function readMaxFileSize(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const bytes = parseFileSize(flag);
  if (bytes === undefined) throw new UsageError(`--max-file-size must be a size such as 20MB, 512KB or a number of bytes, above 0 (got '${flag}')`);
  return bytes;
}

/** --color / --no-color win; otherwise colour on a terminal unless NO_COLOR is set. */
export function useColor(flag: boolean | undefined, io: CliIo): boolean {
  return flag ?? (io.stdoutIsTTY && !io.env.NO_COLOR);
}
