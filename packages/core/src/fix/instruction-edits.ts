import type { TextEdit } from '../engine/rule';
import type { Instruction } from '../parse/types';

/** Removes an instruction with its line(s) and line break, leaving no blank line behind. */
export function deleteInstructionEdit(instruction: Instruction): TextEdit {
  return {
    range: { start: { line: instruction.range.start.line, character: 0 }, end: { line: instruction.range.end.line + 1, character: 0 } },
    newText: '',
  };
}

/** Replaces an instruction's whole text (continuation lines included). */
export function replaceInstructionEdit(instruction: Instruction, newText: string): TextEdit {
  return { range: instruction.range, newText };
}
