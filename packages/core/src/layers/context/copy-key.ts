import type { Instruction } from '../../parse/types';

/** How BuildContext.copies knows a COPY/ADD: by the line it starts on in its document, not by object identity. */
export function contextCopyKey(instruction: Instruction): number {
  return instruction.range.start.line;
}
