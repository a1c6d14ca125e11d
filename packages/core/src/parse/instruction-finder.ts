// the package's entry first: its modules require each other in a cycle that only resolves from there
import 'dockerfile-ast';
import type { Dockerfile } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser';
import type { InstructionSpan } from './instruction';

/** The parts of dockerfile-ast's Parser (private in its types) that finding instructions goes through. */
interface ParserInternals {
  buffer: string;
  escapeChar: string;
  parse(text: string): Dockerfile;
  createInstruction(dockerfile: Dockerfile, keyword: string, start: number, keywordEnd: number, end: number): FoundInstruction;
  processHeredocs(instruction: HeredocSubject, offset: number): number;
  processComment(dockerfile: Dockerfile, start: number): number;
}

/** What Parser.processHeredocs asks of an instruction to find the heredocs it opens. */
interface HeredocSubject {
  getKeyword(): string;
  getArguments(): Array<{ getValue(): string }>;
  getTriggerInstruction(): HeredocSubject | null;
}

const processHeredocs = (Parser.prototype as unknown as ParserInternals).processHeredocs;

/** Where an instruction is, as document offsets: what Dockerfile.addInstruction is given in place of dockerfile-ast's instruction. */
class FoundInstruction implements InstructionSpan {
  /** upper-cased, as dockerfile-ast's getKeyword() */
  readonly keyword: string;

  constructor(
    written: string,
    readonly keywordStart: number,
    readonly keywordEnd: number,
    /** end of the whole instruction, heredoc bodies included */
    readonly end: number,
  ) {
    this.keyword = written.toUpperCase();
  }

  getKeyword(): string {
    return this.keyword;
  }
}

/** A comment line: its content as dockerfile-ast's Comment.getContent() gives it, and its offsets. */
export interface FoundComment {
  text: string;
  start: number;
  end: number;
}

export interface FoundDockerfile {
  /** dockerfile-ast's result, for its directives and escape char (its instruction and comment lists are not dflint's) */
  ast: Dockerfile;
  instructions: InstructionSpan[];
  /** in document order */
  comments: FoundComment[];
}

/**
 * dockerfile-ast's parse, for what dockerfile.ts takes from it: where each instruction starts and
 * ends (heredoc bodies included), the comments, the directives and the escape char. Its own
 * instruction classes read their arguments on construction, char by char, growing a string per
 * char: a 5 MB RUN line took 6 s and 1 GB. Here every instruction and comment is kept as offsets
 * (dockerfile-ast's are LSP positions, which dflint turned back into offsets), and the heredoc
 * search reads only the words that can open one. The scanning itself is dockerfile-ast's, but for
 * a comment's end (its line's end), found here as Parser.processComment finds it.
 */
export function findInstructions(text: string): FoundDockerfile {
  const parser = new Parser() as unknown as ParserInternals;
  const comments: FoundComment[] = [];
  parser.createInstruction = (dockerfile, keyword, start, keywordEnd, end) => {
    // parse ends by sorting every comment into its stage, in comments × stages steps (50 s on a
    // 9 MB file of 6,000 stages); dflint reads only its own comment list
    (dockerfile as unknown as { organizeComments(): void }).organizeComments = () => undefined;
    return new FoundInstruction(keyword, start, keywordEnd, end);
  };
  parser.processHeredocs = (instruction, offset) => {
    const found = instruction as unknown as FoundInstruction;
    const argumentsText = parser.buffer.slice(found.keywordEnd, found.end);
    // only a word starting with << can open a heredoc: most instructions have none to look for (an
    // ONBUILD's words are read for its trigger's keyword, as they were before this shortcut)
    if (!argumentsText.includes('<<') && found.keyword !== 'ONBUILD') return offset;
    return processHeredocs.call(parser, heredocSubject(found.keyword, argumentsText, parser.escapeChar), offset);
  };
  parser.processComment = (_dockerfile, start) => {
    const end = lineEndFrom(parser.buffer, start);
    comments.push({ text: commentContent(parser.buffer, start, end), start, end });
    return end;
  };
  const ast = parser.parse(text);
  return { ast, instructions: ast.getInstructions() as unknown as FoundInstruction[], comments };
}

function lineEndFrom(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 || ch === 10) return i;
  }
  return text.length;
}

/** The comment's text without its `#` and the blanks around it (dockerfile-ast's Util.isWhitespace: space, tab, CR, LF). */
function commentContent(text: string, start: number, end: number): string {
  let from = start + 1;
  while (from < end && isWhitespace(text.charCodeAt(from))) from++;
  let to = end;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

function isWhitespace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 13 || ch === 10;
}

/** Asked for only when the text holds a << or the keyword is ONBUILD (findInstructions). */
function heredocSubject(keyword: string, argumentsText: string, escapeChar: string): HeredocSubject {
  const words = argumentWords(argumentsText, escapeChar);
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
