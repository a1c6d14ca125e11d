import type { ParsedDocument } from './document';
import type { ShellCommand } from './shell-types';
import type { Instruction } from './types';

/** An instruction to check, with the ONBUILD that holds it when it is a trigger. */
export interface CheckedInstruction {
  instruction: Instruction;
  /** the `ONBUILD` instruction whose trigger this is; undefined for an instruction of its own */
  onbuild?: Instruction;
}

/**
 * The document's instructions with the given keywords, in order, each ONBUILD trigger of such a
 * keyword included right after its ONBUILD (hadolint applies its RUN rules inside ONBUILD too).
 * No keywords: every instruction and every trigger.
 */
export function instructionsWithTriggers(document: { readonly instructions: readonly Instruction[] }, ...keywords: string[]): CheckedInstruction[] {
  const wanted = (instruction: Instruction) => keywords.length === 0 || keywords.includes(instruction.keyword);
  const found: CheckedInstruction[] = [];
  for (const instruction of document.instructions) {
    if (instruction.keyword !== 'ONBUILD' && wanted(instruction)) found.push({ instruction });
    if (instruction.trigger && wanted(instruction.trigger)) found.push({ instruction: instruction.trigger, onbuild: instruction });
  }
  return found;
}

/** Every simple command of a RUN (or RUN trigger), across its shell-form text and heredoc bodies, in order. */
export function runCommands(document: Pick<ParsedDocument, 'shellScripts'>, run: Instruction): ShellCommand[] {
  return document.shellScripts(run).flatMap((script) => script.commands);
}
