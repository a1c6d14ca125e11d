import type { Options } from 'yargs';
import type { LayersFormat } from './layers';
import type { RegistryFlags } from './registry/registry-flags';

// The layers command's own options as plain data: yargs is given them (yargs-command-line.ts), and
// so is the plain command-line reader (plain-argv.ts), which must read a command line as yargs would.

/** what a usage error of the layers command points to */
export const LAYERS_HELP_COMMAND = 'dflint layers --help';

export const LAYERS_OPTIONS = {
  'context': { alias: 'c', type: 'string', describe: "Build context directory (default: the Dockerfile's folder; the current directory for stdin)" },
  'target': { type: 'string', describe: 'Show this stage (name or 0-based index) and the stages it needs (default: every stage)' },
  'format': { alias: 'f', choices: ['table', 'json'] as const, default: 'table' as const, describe: 'Output format (json: the report, or an array of reports for several Dockerfiles)' },
  'color': { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color); default: on for a terminal unless NO_COLOR is set' },
  'max-file-size': { type: 'string', describe: 'Refuse a Dockerfile larger than this (e.g. 20MB, 512KB, or bytes) without reading it; default 10MB' },
} as const satisfies Record<string, Options>;

/** What the layers command reads from its parsed command line (yargs' argv, or the plain reader's, which equals it). */
export interface LayersArgs extends RegistryFlags {
  _: (string | number)[];
  dockerfiles?: string[];
  context?: string;
  target?: string;
  format: LayersFormat;
  color?: boolean;
  maxFileSize?: string;
}
