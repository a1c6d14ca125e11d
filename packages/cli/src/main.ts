import { rules } from '@dflint/rules';
import { ConfigError, ConfigLoader } from '@dflint/config';
import { layersModule } from './commands-on-use';
// the packaged CLI's lint threads run this bundle's copy (bin/packaged-lint-worker.js)
export { serveLintJobs } from './commands-on-use';
import { EXIT, processIo, UsageError, type CliIo } from './io';
import { setV8Flags } from './v8-flags';
// the packaged bin sets the same flags itself, before it loads the bundle
export { V8_FLAGS } from './v8-flags';
import { usePart } from './code-cache-parts';
// the packaged bin's code cache is written again when a run used a part it lacks
export { codeCacheParts } from './code-cache-parts';
import { readPlainCommandLine } from './plain-argv';
import { fromStdinArg, readMaxFileSize, runLint, useColor } from './run-lint';
import { readRegistryFlags } from './registry/registry-flags';
import { LAYERS_HELP_COMMAND, type LayersArgs } from './layers-options';
import type { ParsedCommandLine } from './yargs-command-line';
import { defaultBaseImageSource, defaultPackageIndexSource, type BaseImageSourceFactory, type PackageIndexSourceFactory } from './registry/run-base-images';

/** yargs, loaded for a command line readPlainCommandLine leaves to it (help, version, anything unusual). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yargsCommandLine = () => (usePart('yargs'), require('./yargs-command-line') as typeof import('./yargs-command-line'));

/**
 * Parses argv, runs the command, and returns the exit code; never throws for bad input.
 * `baseImages` makes the run's base-image resolver (tests pass a fake); without it, base images are unknown.
 * `packageIndexes` makes its package-index source (apt, npm, Python); without it, package installs are unknown.
 */
export async function main(argv: string[], io: CliIo, baseImages?: BaseImageSourceFactory, packageIndexes?: PackageIndexSourceFactory): Promise<number> {
  let helpCommand = 'dflint --help';
  try {
    const parsed: ParsedCommandLine | undefined =
      readPlainCommandLine(argv) ??
      (await yargsCommandLine().parseWithYargs(argv, (command) => {
        helpCommand = command;
      }));
    if (!parsed) return EXIT.ok;
    if (parsed.command === 'lint') return await runLint(argv, parsed.args, io, baseImages, packageIndexes);
    helpCommand = LAYERS_HELP_COMMAND;
    return await runLayers(parsed.args, io, baseImages, packageIndexes);
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

function runLayers(args: LayersArgs, io: CliIo, baseImages?: BaseImageSourceFactory, packageIndexes?: PackageIndexSourceFactory): Promise<number> {
  return layersModule().layersCommand(
    {
      dockerfiles: layersInputs([...(args.dockerfiles ?? []), ...args._.slice(1).map(String)].map(fromStdinArg)),
      context: args.context,
      target: args.target,
      format: args.format,
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
}

/** `dflint layers` with no file reads ./Dockerfile; stdin can be read once. */
function layersInputs(dockerfiles: string[]): string[] {
  if (dockerfiles.length === 0) return ['Dockerfile'];
  if (dockerfiles.includes('-') && dockerfiles.length > 1) throw new UsageError('layers reads - (stdin) only as its one Dockerfile');
  return dockerfiles;
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
