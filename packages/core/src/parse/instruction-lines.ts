import type { Instruction } from './types';

/**
 * Index of the first instruction (of `instructions`, in document order) that starts after `line`;
 * `instructions.length` when none does. Binary search: long files have many instructions.
 */
export function firstStartingAfter(instructions: readonly Instruction[], line: number): number {
  let low = 0;
  let high = instructions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (instructions[mid].range.start.line > line) high = mid;
    else low = mid + 1;
  }
  return low;
}
