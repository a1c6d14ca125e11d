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

/** `dflint --init`: a commented .dflintrc.yaml in the current folder, never over an existing config. */
export function initCommand(rules: readonly Rule[], io: CliIo): number {
  try {
    const written = writeStarterConfig(io.cwd, rules);
    io.out(`wrote ${displayPath(io.cwd, written)}: every setting is commented out; uncomment what you change\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    io.err(`dflint: ${error.message}\n`);
    return EXIT.error;
  }
}
