import { mkdir, realpath, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { FORMAT_ALIASES, HUMAN_FORMATS, type OutputFormat, type SourcedResult } from '@dflint/core';
import { formatIsolated, runReportOf } from './format-isolated';
import { UsageError, type CliIo } from './io';

/** One report to write: a format, to a file or (no file) to stdout. */
export interface OutputTarget {
  format: OutputFormat;
  file?: string;
}

export const DEFAULT_FORMAT: OutputFormat = 'stylish';

export const OUTPUT_HELP = `Formats: stylish (default, for people; tty is the same), json, sarif (GitHub code scanning),
checkstyle, junit, gitlab (Code Quality report), codeclimate, github (Actions annotations), compact
(file:line:col: …), and hadolint's gnu, codacy and sonarqube (generic issue import).

Output: --format and -o FILE pair up in the order given. Each -o takes the --format just before it
(an -o before every --format takes the first one); a --format without its own -o (or with -o -)
prints to stdout, and only one may. The exit code does not depend on the formats.
  dflint --format stylish --format sarif -o dflint.sarif .   stylish on screen, SARIF to a file
  dflint -f gitlab -o gl-code-quality.json -f junit -o dflint.xml .`;

const STDOUT = '-';

interface Token {
  kind: 'format' | 'file';
  value: string;
}

const OPTION_KIND: Record<string, Token['kind']> = {
  '--format': 'format',
  '-f': 'format',
  '--output-file': 'file',
  '--outputFile': 'file',
  '-o': 'file',
};

/** The --format and -o values in command-line order, which yargs does not keep across options. */
function scanTokens(argv: readonly string[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const kind = OPTION_KIND[name];
    if (!kind) continue;
    if (equals > 0) tokens.push({ kind, value: arg.slice(equals + 1) });
    else if (i + 1 < argv.length) tokens.push({ kind, value: argv[++i] });
  }
  return tokens;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Pairs the formats and output files (as yargs parsed them) by their order in argv, per
 * OUTPUT_HELP. Throws UsageError for an -o without a format of its own, two formats on stdout, or
 * one file written twice.
 */
export function outputTargets(argv: readonly string[], formatOption: string | string[] | undefined, fileOption: string | string[] | undefined): OutputTarget[] {
  const formats = list(formatOption);
  const files = list(fileOption);
  const tokens = scanTokens(argv);
  const inOrder = (kind: Token['kind']) => tokens.filter((t) => t.kind === kind).map((t) => t.value);
  if (!sameList(inOrder('format'), formats) || !sameList(inOrder('file'), files)) {
    throw new UsageError('cannot tell which -o goes with which --format; write them as --format FORMAT -o FILE pairs');
  }

  const targets: OutputTarget[] = (formats.length ? formats : [DEFAULT_FORMAT]).map((format) => ({ format: FORMAT_ALIASES[format] ?? (format as OutputFormat) }));
  const paired = new Map<OutputTarget, string>();
  let formatsSeen = 0;
  let current = 0;
  for (const token of tokens) {
    if (token.kind === 'format') {
      current = formatsSeen++;
      continue;
    }
    const target = targets[current];
    const earlier = paired.get(target);
    if (earlier !== undefined) {
      throw new UsageError(`-o ${token.value}: --format ${target.format} already writes to ${earlier}; give each -o its own --format`);
    }
    paired.set(target, token.value);
    // `-o -` says stdout explicitly
    if (token.value !== STDOUT) target.file = token.value;
  }

  const toStdout = targets.filter((target) => target.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`${toStdout.map((t) => `--format ${t.format}`).join(' and ')} would all print to stdout; send all but one to a file with -o FILE`);
  }
  const seen = new Set<string>();
  for (const { file } of targets) {
    if (file === undefined) continue;
    if (seen.has(file)) throw new UsageError(`-o ${file} is given twice; each format needs its own file`);
    seen.add(file);
  }
  return targets;
}

/** The format that prints to stdout, if any. */
export function stdoutFormat(targets: readonly OutputTarget[]): OutputFormat | undefined {
  return targets.find((target) => target.file === undefined)?.format;
}

export interface LintOutcome {
  results: SourcedResult[];
  exitCode: number;
  /** --fix summaries, shown with the human format on stdout (or alone when stdout has none) */
  fixSummaries: string[];
  /** the human formats print nothing: no file could be linted, or --quiet left nothing to show */
  nothingToShow: boolean;
  color: boolean;
  /** the terminal's width, for the human format on stdout; files always get whole lines */
  width?: number;
}

/** The input (as named) that an -o file is, comparing real paths so links and `./x` count; undefined when none is. */
export async function inputOverwrittenBy(targets: readonly OutputTarget[], inputs: readonly string[], cwd: string): Promise<string | undefined> {
  const outputs = targets.filter((target) => target.file !== undefined).map((target) => path.resolve(cwd, target.file!));
  if (outputs.length === 0) return undefined;
  const real = (file: string) => realpath(file).catch(() => file);
  const written = new Set(await Promise.all(outputs.map(real)));
  for (const input of inputs) {
    if (input === '-') continue;
    if (written.has(await real(path.resolve(cwd, input)))) return input;
  }
  return undefined;
}

/** Writes every target; false when a file could not be written (the reason is on stderr). */
export async function writeOutputs(targets: readonly OutputTarget[], outcome: LintOutcome, io: CliIo): Promise<boolean> {
  const report = runReportOf(outcome.results, io.cwd, outcome.exitCode);
  const onStdout = stdoutFormat(targets);
  if (outcome.fixSummaries.length > 0 && (onStdout === undefined || HUMAN_FORMATS.has(onStdout))) io.out(outcome.fixSummaries.join('\n') + '\n');
  let ok = true;
  for (const target of targets) {
    if (HUMAN_FORMATS.has(target.format) && outcome.nothingToShow) continue;
    const toStdout = target.file === undefined;
    const text = formatIsolated(target.format, report, { color: toStdout && outcome.color, width: toStdout ? outcome.width : undefined });
    if (target.file === undefined) {
      io.out(text);
      continue;
    }
    const file = path.resolve(io.cwd, target.file);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    } catch (error) {
      io.err(`dflint: cannot write ${target.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      ok = false;
    }
  }
  return ok;
}
