import { nearestName } from '../format/near-miss';
import { truncate } from '../format/words';
import type { ReadHeredoc } from './heredocs';
import { FLAGS_IGNORED, flagsOf, KNOWN_INSTRUCTIONS, nearestInstruction, NOT_A_TRIGGER, TAKES_JSON } from './instruction-syntax';
import type { Word } from './instruction-words';
import { isJsonArrayOfNonStrings } from './json-args';
import type { LineIndex } from './line-index';
import type { Arg, Flag, Instruction, ParseProblem, Range } from './types';

// What BuildKit rejects in one instruction, with BuildKit's reasons in dflint's words
// (frontend/dockerfile/instructions/parse.go, bflag.go, parser/line_parsers.go). Where an
// instruction stands (before the first FROM) is checked by ./dockerfile.

/** One instruction as the parser read it, for the checks. */
export interface SyntaxSubject {
  instruction: Instruction;
  /** its words after the flags, offsets into `logicalText` */
  rest: Word[];
  logicalText: string;
  heredocs: ReadHeredoc[];
}

type Report = (message: string, range: Range) => void;

/** a word as written, cut short in a message (a 1 MB line is one unknown keyword) */
const shown = (word: string) => truncate(word, 40);

/** BuildKit parses these bare (ENTRYPOINT alone resets it) */
const MAY_BE_EMPTY = new Set(['CMD', 'ENTRYPOINT']);

/** A stage name BuildKit accepts (lower-cased first, as it compares them). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export function instructionProblems(index: LineIndex, subject: SyntaxSubject, problems: ParseProblem[]): void {
  const report: Report = (message, range) => problems.push({ message, range });
  const { instruction, rest } = subject;
  const { keyword } = instruction;
  if (!KNOWN_INSTRUCTIONS.has(keyword)) {
    report(unknownInstruction(index.textIn(instruction.keywordRange)), instruction.keywordRange);
    return;
  }
  flagProblems(instruction, report);
  if (rest.length > 0) argumentProblems(subject, report);
  else if (!MAY_BE_EMPTY.has(keyword)) report(`${keyword} requires at least one argument`, instruction.keywordRange);
  for (const read of subject.heredocs) {
    if (!read.terminated) report(`unterminated heredoc: no closing ${read.heredoc.name} line`, read.heredoc.range);
  }
}

/** `unknown instruction: RUNN (did you mean RUN?)` */
function unknownInstruction(written: string): string {
  const near = nearestInstruction(written);
  return `unknown instruction: ${shown(written)}${near ? ` (did you mean ${near}?)` : ''}`;
}

function argumentProblems({ instruction, rest, logicalText }: SyntaxSubject, report: Report): void {
  const { keyword, args } = instruction;
  if (keyword === 'FROM') fromProblems(instruction, report);
  else if ((keyword === 'COPY' || keyword === 'ADD') && args.length < 2) {
    report(`${keyword} requires at least two arguments: a source and a destination`, instruction.range);
  } else if (keyword === 'SHELL' && instruction.form !== 'exec') {
    report('SHELL requires the arguments to be in JSON form', instruction.range);
  } else if (keyword === 'ONBUILD' && instruction.trigger && NOT_A_TRIGGER.has(instruction.trigger.keyword)) {
    report(`${instruction.trigger.keyword} isn't allowed as an ONBUILD trigger`, instruction.trigger.keywordRange);
  } else if (keyword === 'HEALTHCHECK') healthcheckProblems(instruction, report);
  else if (keyword === 'ENV' || keyword === 'LABEL') pairProblems(instruction, report);
  const jsonAt = keyword === 'HEALTHCHECK' ? rest[1] : rest[0];
  if (TAKES_JSON.has(keyword) && instruction.form !== 'exec' && jsonAt && isJsonArrayOfNonStrings(logicalText, jsonAt.start)) {
    report(`${keyword}'s JSON array must hold only strings`, instruction.argsRange ?? instruction.range);
  }
}

function fromProblems(from: Instruction, report: Report): void {
  const [, as, name] = from.args;
  if (from.args.length === 3 && as.value.toLowerCase() === 'as') {
    if (!STAGE_NAME.test(name.value.toLowerCase())) {
      report(`invalid stage name '${shown(name.value)}': it must start with a letter and hold only letters, digits, '-', '_' and '.'`, name.range);
    }
  } else if (from.args.length !== 1) {
    report('FROM requires either one or three arguments: FROM <image> [AS <name>]', from.range);
  }
}

function healthcheckProblems(healthcheck: Instruction, report: Report): void {
  const [type, ...command] = healthcheck.args;
  const kind = type.value.toUpperCase();
  if (kind === 'NONE') {
    if (command.length > 0) report('HEALTHCHECK NONE takes no arguments', spanOf(command));
  } else if (kind !== 'CMD') {
    report(`unknown HEALTHCHECK type '${shown(type.value)}': it must be CMD or NONE`, type.range);
  } else if (command.length === 0) {
    report('HEALTHCHECK CMD needs a command', type.range);
  }
}

function pairProblems(instruction: Instruction, report: Report): void {
  for (const pair of instruction.pairs ?? []) {
    if (pair.missingEquals) report(`${instruction.keyword} '${shown(pair.raw)}' has no '=': after the first pair each must be name=value`, pair.range);
    else if (pair.legacy && pair.value === undefined) report(`${instruction.keyword} ${shown(pair.key)} has no value: write ${shown(pair.key)}=<value>`, pair.range);
  }
}

function flagProblems(instruction: Instruction, report: Report): void {
  const { keyword, flags } = instruction;
  if (flags.length === 0) return;
  const ignored = FLAGS_IGNORED.has(keyword) || (keyword === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() === 'NONE');
  if (ignored) return;
  const known = flagsOf(keyword);
  const names = Object.keys(known);
  const seen = new Set<string>();
  for (const flag of flags) {
    const kind = known[flag.name];
    if (kind === undefined) report(unknownFlag(keyword, flag, names), flag.range);
    else if (seen.has(flag.name) && kind !== 'strings') report(`flag --${flag.name} is given twice`, flag.range);
    else if (flag.value === null ? kind !== 'bool' : flag.value === '' && kind === 'bool') {
      report(`flag --${flag.name} needs a value: --${flag.name}=<value>`, flag.range);
    } else if (kind === 'bool' && flag.value !== null && !/^(true|false)$/i.test(flag.value)) {
      report(`flag --${flag.name} takes true or false, not '${shown(flag.value)}'`, flag.range);
    }
    seen.add(flag.name);
  }
}

function unknownFlag(keyword: string, flag: Flag, names: string[]): string {
  if (names.length === 0) return `unknown flag: --${shown(flag.name)} (${keyword} takes no flags)`;
  // no flag name is longer than 14 chars: a long word is no near miss (and costs no distance)
  const near = flag.name.length > 20 ? undefined : nearestName(flag.name, names, { caseSensitive: true });
  return `unknown flag for ${keyword}: --${shown(flag.name)} (${near ? `did you mean --${near}?` : `it takes ${names.map((name) => `--${name}`).join(', ')}`})`;
}

function spanOf(args: Arg[]): Range {
  return { start: args[0].range.start, end: args[args.length - 1].range.end };
}
