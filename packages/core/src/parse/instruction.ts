import { documentEnd, documentSpan, documentStart, logicalTextOf, readCommandLines, type LogicalText } from './command-lines';
import { heredocMarkerOf, readHeredocBodies, type HeredocMarker } from './heredocs';
import { parseJsonArray } from './json-args';
import { readRawPairs } from './pairs';
import { runScriptSources } from './script-source';
import type { LineIndex } from './line-index';
import type { Arg, Flag, Instruction, InstructionForm, Pair, ParseProblem, Position, Range, ShellInfo } from './types';
import { flagNameAndValue, splitFlags, splitWords, type Word } from './instruction-words';
import { TAKES_JSON } from './instruction-syntax';
import { instructionProblems } from './syntax-problems';

/** Where dockerfile-ast found an instruction, as document offsets. */
export interface InstructionSpan {
  /** upper-cased */
  keyword: string;
  keywordStart: number;
  keywordEnd: number;
  /** end of the whole instruction, heredoc bodies included */
  end: number;
}

export interface InstructionContext {
  index: LineIndex;
  escapeChar: string;
  problems: ParseProblem[];
}

const RUNS_UNDER_SHELL = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);
const TAKES_HEREDOCS = new Set(['RUN', 'COPY', 'ADD']);
const SETS_PAIRS = new Set(['ENV', 'LABEL', 'ARG']);

interface ArgumentsPart {
  form: InstructionForm;
  args: Arg[];
  argsText: string;
  argsRange: Range | null;
}

/** Builds the model of one instruction; `shell` is the shell in force where it stands. */
export function buildInstruction(
  context: InstructionContext,
  span: InstructionSpan,
  stageIndex: number,
  shell: ShellInfo,
): Instruction {
  const { index, escapeChar } = context;
  const lastLine = index.lineAt(span.end);
  const lines = readCommandLines(index, span.keywordEnd, escapeChar, lastLine);
  const logical = logicalTextOf(index.text, lines);
  const words = splitWords(logical.text, escapeChar);
  // ONBUILD's first word is its trigger; any flags belong to the trigger
  const { flags, rest } = span.keyword === 'ONBUILD' ? { flags: [], rest: words } : splitFlags(words);
  const heredocs = TAKES_HEREDOCS.has(span.keyword)
    ? readHeredocBodies(index, heredocMarkers(logical, rest), lines[lines.length - 1].line + 1, lastLine)
    : [];
  const { form, args, argsText, argsRange } = readArguments(index, logical, span.keyword, rest);
  // fields written out, not spread from readArguments' object: V8 copies a spread in the middle of a literal on a slow path
  const instruction: Instruction = {
    keyword: span.keyword,
    keywordRange: index.rangeOf(span.keywordStart, span.keywordEnd),
    range: index.rangeOf(span.keywordStart, span.end),
    stageIndex,
    flags: flags.map((word) => flagOf(index, logical, word)),
    form,
    args,
    argsText,
    argsRange,
    heredocs: heredocs.map((read) => read.heredoc),
    scripts: [],
  };
  if (SETS_PAIRS.has(span.keyword)) instruction.pairs = readPairs(index, logical, span.keyword, rest, escapeChar);
  if (RUNS_UNDER_SHELL.has(span.keyword)) instruction.shell = shell;
  if (span.keyword === 'RUN' && instruction.form === 'shell' && shell.kind === 'posix') {
    instruction.scripts = runScriptSources({
      index,
      lines,
      commandStart: documentStart(logical, rest[0].start),
      words: rest,
      heredocs: instruction.heredocs,
      lastLine: heredocs.length > 0 ? heredocs[heredocs.length - 1].lastLine : lastLine,
    });
  }
  if (span.keyword === 'ONBUILD' && rest.length > 0) {
    instruction.trigger = buildInstruction(context, triggerSpan(logical, rest[0], span), stageIndex, shell);
  }
  instructionProblems(index, { instruction, rest, logicalText: logical.text, heredocs }, context.problems);
  return instruction;
}

// runs for every word: no span object in between
function wordRange(index: LineIndex, logical: LogicalText, start: number, end: number): Range {
  const docStart = documentStart(logical, start);
  return index.rangeOf(docStart, documentEnd(logical, start, end, docStart));
}

function flagOf(index: LineIndex, logical: LogicalText, word: Word): Flag {
  return { ...flagNameAndValue(word), range: wordRange(index, logical, word.start, word.end) };
}

function readArguments(index: LineIndex, logical: LogicalText, keyword: string, rest: Word[]): ArgumentsPart {
  if (rest.length === 0) return { form: 'none', args: [], argsText: '', argsRange: null };
  const toArg = (word: Word): Arg => ({ value: word.value, range: wordRange(index, logical, word.start, word.end) });
  // HEALTHCHECK CMD ["curl", …]: the JSON array follows the CMD word
  const prefix = keyword === 'HEALTHCHECK' && rest[0].value.toUpperCase() === 'CMD' ? 1 : 0;
  const takesJson = TAKES_JSON.has(keyword) && (keyword !== 'HEALTHCHECK' || prefix === 1);
  const json = takesJson && rest.length > prefix ? parseJsonArray(logical.text, rest[prefix].start) : null;
  const textStart = rest[0].start;
  if (json) {
    const jsonArgs = json.strings.map((string) => ({
      value: string.value,
      range: wordRange(index, logical, string.start, string.end),
    }));
    return {
      form: 'exec',
      args: [...rest.slice(0, prefix).map(toArg), ...jsonArgs],
      argsText: logical.text.slice(textStart, json.end),
      argsRange: wordRange(index, logical, textStart, json.end),
    };
  }
  const textEnd = rest[rest.length - 1].end;
  return {
    form: takesJson ? 'shell' : 'none',
    args: rest.map(toArg),
    argsText: logical.text.slice(textStart, textEnd),
    argsRange: wordRange(index, logical, textStart, textEnd),
  };
}

function readPairs(index: LineIndex, logical: LogicalText, keyword: string, rest: Word[], escapeChar: string): Pair[] {
  if (rest.length === 0) return [];
  const from = rest[0].start;
  const text = logical.text.slice(from, rest[rest.length - 1].end);
  return readRawPairs(keyword, text, escapeChar).map(({ start, end, ...pair }) => ({ ...pair, range: wordRange(index, logical, from + start, from + end) }));
}

function heredocMarkers(logical: LogicalText, words: Word[]): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  for (const word of words) {
    const marker = heredocMarkerOf(word.raw);
    if (marker) markers.push({ ...marker, ...documentSpan(logical, word.start, word.end) });
  }
  return markers;
}

function triggerSpan(logical: LogicalText, word: Word, onbuild: InstructionSpan): InstructionSpan {
  const span = documentSpan(logical, word.start, word.end);
  return { keyword: word.value.toUpperCase(), keywordStart: span.start, keywordEnd: span.end, end: onbuild.end };
}

/**
 * The instruction `lines` lines further down (up when negative), as building it from its text
 * there gives: every field that holds a position is moved here (a new one must be too). Fields are
 * written out in buildInstruction's order: spreading an instruction (of many shapes) cost several
 * times as much, and a moving edit shifts every instruction below it.
 */
export function shiftedInstruction(instruction: Instruction, lines: number): Instruction {
  const position = ({ line, character }: Position): Position => ({ line: line + lines, character });
  const range = ({ start, end }: Range): Range => ({ start: position(start), end: position(end) });
  const shifted: Instruction = {
    keyword: instruction.keyword,
    keywordRange: range(instruction.keywordRange),
    range: range(instruction.range),
    stageIndex: instruction.stageIndex,
    flags: instruction.flags.map((flag) => ({ name: flag.name, value: flag.value, range: range(flag.range) })),
    form: instruction.form,
    args: instruction.args.map((arg) => ({ value: arg.value, range: range(arg.range) })),
    argsText: instruction.argsText,
    argsRange: instruction.argsRange && range(instruction.argsRange),
    heredocs: instruction.heredocs.map((heredoc) => ({ ...heredoc, contentStart: position(heredoc.contentStart), range: range(heredoc.range) })),
    scripts: instruction.scripts.map((script) => ({ text: script.text, origin: position(script.origin), kind: script.kind })),
  };
  if (instruction.pairs) shifted.pairs = instruction.pairs.map((pair) => ({ ...pair, range: range(pair.range) }));
  if (instruction.shell) shifted.shell = instruction.shell;
  if (instruction.trigger) shifted.trigger = shiftedInstruction(instruction.trigger, lines);
  return shifted;
}
