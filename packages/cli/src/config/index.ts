// What only the CLI adds to @dflint/config: the command line's settings over a config file's.
export { withCommandLine, configsForInputs, DEFAULT_FAILURE_THRESHOLD, type AppliedConfig, type CommandLineSettings } from './command-line';
export { printConfigCommand, initCommand } from './commands';
