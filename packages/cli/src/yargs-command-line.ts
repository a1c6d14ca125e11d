import yargs from 'yargs/yargs';
import { UsageError } from './io';
import { VERSION } from './version';
import { OUTPUT_HELP } from './output-targets';
import { EPILOG, LAYERS_EPILOG } from './help-text';
import { DOCKERFILE_NAMES_HELP } from './dockerfile-names';
import { withHadolintOptions } from './hadolint-flags';
import { REGISTRY_OPTIONS, withRegistryOptions } from './registry/registry-options';
import { LINT_OPTIONS, type LintArgs } from './lint-options';
import { LAYERS_HELP_COMMAND, LAYERS_OPTIONS, type LayersArgs } from './layers-options';
import { STDIN_ARG } from './run-lint';

const REGISTRY_FLAGS = Object.keys(REGISTRY_OPTIONS);

export type ParsedCommandLine = { command: 'lint'; args: LintArgs } | { command: 'layers'; args: LayersArgs };

/**
 * The whole command line through yargs: every command and option, --help and --version (printed
 * here; then undefined), usage errors (thrown). `onHelpCommand` hears which --help a usage error should point to.
 */
export async function parseWithYargs(argv: readonly string[], onHelpCommand: (command: string) => void): Promise<ParsedCommandLine | undefined> {
  let parsed: ParsedCommandLine | undefined;
  await yargs(argv.map((arg) => (arg === '-' ? STDIN_ARG : arg)))
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
          .options(LINT_OPTIONS)
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
        parsed = { command: 'lint', args };
      },
    )
    .command(
      'layers [dockerfiles..]',
      'Show, per stage, what each instruction adds to the image and how much of it is wasted',
      (y) => {
        onHelpCommand(LAYERS_HELP_COMMAND);
        return withRegistryOptions(y)
          .usage(
            '$0 layers [Dockerfile...|-] [--context DIR] [--target STAGE] [--format table|json]\n\n' +
              'Predicts, without building, the bytes each instruction stores in its layer and the bytes hidden\n' +
              'by later instructions (wasted). Figures are exact, a lower bound (≥) or unknown (?).',
          )
          .positional('dockerfiles', { describe: 'The Dockerfiles (default: Dockerfile), or - for stdin; one report each', type: 'string', array: true })
          .options(LAYERS_OPTIONS)
          .group(REGISTRY_FLAGS, 'Base images:')
          .example('$0 layers', './Dockerfile with the current directory as context')
          .example('$0 layers services/api/Dockerfile --target runtime', 'One stage and the stages it copies from')
          .example('$0 layers docker/Dockerfile --context . --format json', 'Another context; JSON for scripts')
          .example('cat Dockerfile | $0 layers - --context .', 'Read the Dockerfile from stdin')
          .epilog(LAYERS_EPILOG);
      },
      (args) => {
        parsed = { command: 'layers', args };
      },
    )
    .epilog(`${EPILOG}\n\n${OUTPUT_HELP}`)
    .parseAsync();
  return parsed;
}
