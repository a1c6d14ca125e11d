import * as path from 'node:path';
import type { Rule } from '@dflint/core';
import { EXIT, type CliIo } from '../io';
import { displayPath, InitError, renderEffectiveConfig, writeStarterConfig, type ConfigLoader } from '@dflint/config';
import { withCommandLine, type CommandLineSettings } from './command-line';

/** `dflint --print-config FILE`: the JSON config FILE would be linted with (it need not exist). */
export function printConfigCommand(file: string, loader: ConfigLoader, commandLine: CommandLineSettings, rules: readonly Rule[], io: CliIo): number {
  const { config, source } = loader.loadConfigFor(path.resolve(io.cwd, file));
  io.out(renderEffectiveConfig(file, withCommandLine(config, commandLine), source, rules, io.cwd));
  return EXIT.ok;
}

/** `dflint --init [--config FILE]`: a starter config (default: .dflintrc.yaml here), never over an existing one. */
export function initCommand(rules: readonly Rule[], configFile: string | undefined, io: CliIo): number {
  try {
    const written = writeStarterConfig(io.cwd, rules, configFile);
    const how = path.extname(written).toLowerCase() === '.json' ? 'an empty "rules" object; docs/configuration.md lists the keys' : 'every setting is commented out; uncomment what you change';
    io.out(`wrote ${displayPath(io.cwd, written)}: ${how}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    io.err(`dflint: ${error.message}\n`);
    return EXIT.error;
  }
}
