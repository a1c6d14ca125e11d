// the package's entry first: its modules require each other in a cycle that only resolves from there
import 'dockerfile-ast';
import type { Dockerfile, Instruction as AstInstruction } from 'dockerfile-ast';
import type { Position } from './range';
import { Instruction as PlainInstruction } from 'dockerfile-ast/lib/instruction';
import { Parser } from 'dockerfile-ast/lib/parser';

/** The parts of dockerfile-ast's Parser (private in its types) that finding instructions goes through. */
interface ParserInternals {
  document: { positionAt(offset: number): Position; offsetAt(position: Position): number };
  buffer: string;
  escapeChar: string;
  parse(text: string): Dockerfile;
  createInstruction(dockerfile: Dockerfile, keyword: string, start: number, keywordEnd: number, end: number): AstInstruction;
  processHeredocs(instruction: HeredocSubject, offset: number): number;
}

/** What Parser.processHeredocs asks of an instruction to find the heredocs it opens. */
interface HeredocSubject {
  getKeyword(): string;
  getArguments(): Array<{ getValue(): string }>;
  getTriggerInstruction(): HeredocSubject | null;
}

const processHeredocs = (Parser.prototype as unknown as ParserInternals).processHeredocs;

/**
 * dockerfile-ast's parse, for what dockerfile.ts takes from it: where each instruction starts and
 * ends (heredoc bodies included), the comments, the directives and the escape char. Its own
 * instruction classes read their arguments on construction, char by char, growing a string per
 * char: a 5 MB RUN line took 6 s and 1 GB. Here every instruction is the plain base class, and the
 * heredoc search reads only the words that can open one. The scanning itself is dockerfile-ast's.
 * `getComments()` of the result is the document's comments; the per-stage lists are left empty.
 */
export function findInstructions(text: string): Dockerfile {
  const parser = new Parser() as unknown as ParserInternals;
  parser.createInstruction = (dockerfile, keyword, start, keywordEnd, end) => {
    // parse ends by sorting every comment into its stage, in comments × stages steps (50 s on a
    // 9 MB file of 6,000 stages); dflint reads only the document's own comment list
    (dockerfile as unknown as { organizeComments(): void }).organizeComments = () => undefined;
    const document = parser.document;
    const startPosition = document.positionAt(start);
    const keywordRange = { start: startPosition, end: document.positionAt(keywordEnd) };
    const range = { start: startPosition, end: document.positionAt(end) };
    return new PlainInstruction(document as never, range, dockerfile as never, parser.escapeChar, keyword, keywordRange);
  };
  parser.processHeredocs = (instruction, offset) => {
    const plain = instruction as unknown as PlainInstruction;
    const document = parser.document;
    const argumentsText = parser.buffer.slice(document.offsetAt(plain.getInstructionRange().end), document.offsetAt(plain.getRange().end));
    return processHeredocs.call(parser, heredocSubject(plain.getKeyword(), argumentsText, parser.escapeChar), offset);
  };
  return parser.parse(text);
}

function heredocSubject(keyword: string, argumentsText: string, escapeChar: string): HeredocSubject {
  // only a word starting with << can open a heredoc; most instructions have none
  const words = argumentsText.includes('<<') || keyword === 'ONBUILD' ? argumentWords(argumentsText, escapeChar) : [];
  const subject = (name: string, values: string[]): HeredocSubject => ({
    getKeyword: () => name,
    getArguments: () => values.map((value) => ({ getValue: () => value })),
    getTriggerInstruction: () => (values.length === 0 ? null : subject(values[0].toUpperCase(), values.slice(1))),
  });
  return subject(keyword, words);
}

/**
 * The words of an instruction's arguments as dockerfile-ast splits them for its heredoc search:
 * line continuations joined, comment lines inside them dropped, split on blanks, escapes removed.
 */
function argumentWords(text: string, escapeChar: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  const kept = lines.filter((line, index) => index === 0 || !line.trimStart().startsWith('#'));
  const joined = kept.map((line) => stripContinuation(line, escapeChar)).join('');
  const escaped = new RegExp(`${escapeChar === '\\' ? '\\\\' : escapeChar}(.)`, 'g');
  return joined
    .split(/[ \t]+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(escaped, '$1'));
}

function stripContinuation(line: string, escapeChar: string): string {
  const trimmed = line.replace(/[ \t]+$/, '');
  return trimmed.endsWith(escapeChar) ? trimmed.slice(0, -1) : line;
}
