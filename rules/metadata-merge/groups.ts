import type { Instruction } from '@dflint/core/rule-kit';
import { envKeys, mentionsAny } from './pairs';

const MERGEABLE = new Set(['LABEL', 'ENV']);

/**
 * Runs of two or more LABELs, or of two or more ENVs, with nothing but comments and blank lines
 * between them. An ENV that expands a key an earlier ENV of the run sets starts a new run: in
 * one ENV, `$A` is the value A had before that ENV.
 */
export function metadataGroups(instructions: readonly Instruction[]): Instruction[][] {
  const groups: Instruction[][] = [];
  let current: Instruction[] = [];
  let keys = new Set<string>();
  const close = () => {
    if (current.length > 1) groups.push(current);
    current = [];
    keys = new Set();
  };
  for (const instruction of instructions) {
    if (!mergeable(instruction)) {
      close();
      continue;
    }
    const keyword = current[0]?.keyword;
    if (keyword !== instruction.keyword || (keyword === 'ENV' && mentionsAny(instruction, keys))) close();
    current.push(instruction);
    if (instruction.keyword === 'ENV') envKeys(instruction).forEach((key) => keys.add(key));
  }
  close();
  return groups;
}

/** ONBUILD triggers are not merged; flags and missing arguments are Docker errors left alone. */
function mergeable(instruction: Instruction): boolean {
  return MERGEABLE.has(instruction.keyword) && instruction.flags.length === 0 && instruction.argsRange !== null;
}
