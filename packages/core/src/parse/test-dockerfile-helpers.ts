// Helpers shared by the dockerfile*.test.ts files: build texts and read ranges back independently of the parser.
import { DockerfileParser } from 'dockerfile-ast';
import type { DockerfileModel, Instruction, Position, Range } from './types';

export const doc = (...lines: string[]) => lines.join('\n') + '\n';

/** The original text a range covers, computed independently of the parser. */
export function textAt(text: string, range: Range): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const lineBreak = /\r\n|\n|\r/g;
    lineBreak.lastIndex = offset;
    const match = lineBreak.exec(text);
    if (!match) return text.length;
    offset = match.index + match[0].length;
  }
  return offset + position.character;
}

export const rangeText = (range: Range | null) =>
  range && `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
export const values = (instruction: Instruction) => instruction.args.map((arg) => arg.value);
export const only = (model: DockerfileModel, keyword: string) => model.instructions.filter((i) => i.keyword === keyword);
export const rawInstructions = (text: string) => DockerfileParser.parse(text).getInstructions();
