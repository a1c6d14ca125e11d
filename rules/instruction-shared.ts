import { expandVariables, fixRemovals, globalArgValues, stageNamed, type FixRemovals, type Instruction, type ParsedDocument, type Range, type Stage, type TextEdit } from '@dflint/core/rule-kit';

// What the instruction rules (relative-workdir, root-user, invalid-expose, repeated-instruction,
// shell-form-cmd, add-instead-of-copy, copy-*, missing-healthcheck, non-numeric-user) share.

/** A Windows drive path (`C:\`, `c:/x`): absolute for Docker on Windows, as hadolint reads it. */
export function isWindowsAbsolute(path: string): boolean {
  return /^[A-Za-z]:/.test(path);
}

/**
 * A path that does not depend on the working directory, as hadolint reads one: `/…`, a Windows
 * drive, or a variable (`$DIR`, `${DIR}`), whose value dflint does not judge.
 */
export function isAbsoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || isWindowsAbsolute(path);
}

/**
 * The earlier stage a stage is built on: its `FROM <stage>`, also when the name is made of global
 * ARGs with known defaults (`ARG VARIANT=alpine` … `FROM build-${VARIANT}`), as BuildKit expands it.
 */
export function stageBase(document: ParsedDocument, stage: Stage): number | undefined {
  if (stage.baseStage !== undefined || !stage.base.includes('$')) return stage.baseStage;
  const expanded = expandVariables(stage.base, globalArgValues(document), { escapeChar: document.escapeChar });
  return expanded.unknown.length > 0 ? undefined : stageNamed(document, expanded.value, stage.index);
}

/** A stage's chain of `FROM <stage>` ancestors (see stageBase), root first, then the stage itself. */
export function stageChain(document: ParsedDocument, index: number): number[] {
  const chain = [index];
  for (let base = stageBase(document, document.stages[index]); base !== undefined && !chain.includes(base); base = stageBase(document, document.stages[base])) {
    chain.unshift(base);
  }
  return chain;
}

/** The instructions of a stage and of the stages it is built on (FROM <stage>), root first; FROM lines included. */
export function chainInstructions(document: ParsedDocument, stageIndex: number): Instruction[] {
  return stageChain(document, stageIndex).flatMap((index) => document.stages[index].instructions);
}

/** The stage the build ships by default (the last), and the stages it is built on: their instructions, root first. */
export function shippedInstructions(document: ParsedDocument): Instruction[] {
  return document.stages.length === 0 ? [] : chainInstructions(document, document.stages.length - 1);
}

/** `word` in the case the user wrote `written` in (`add` → `copy`). */
export function inCaseOf(written: string, word: string): string {
  return written === written.toLowerCase() ? word.toLowerCase() : word.toUpperCase();
}

/** A range from the start of `first` to the end of `last`. */
export function spanning(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

/** An edit inserting `text` at the end of `range` (before a closing quote when the word is quoted). */
export function appendToWord(document: ParsedDocument, range: Range, text: string): TextEdit {
  const written = document.lines.textIn(range);
  const quoted = written.length >= 2 && (written.endsWith('"') || written.endsWith("'")) && written[0] === written[written.length - 1];
  const end = document.lines.positionAt(document.lines.offsetAt(range.end) - (quoted ? 1 : 0));
  return { range: { start: end, end }, newText: text };
}

/**
 * What a fix that rewrites an instruction's words in place removes, for the fix guard: its words
 * as they were (its keyword and flags may change too); its heredoc bodies stay as they are.
 */
export function rewrittenWords(document: ParsedDocument, instruction: Instruction): FixRemovals {
  const removals = fixRemovals(document, { deleted: [instruction] });
  return { ...removals, content: removals.content?.filter((piece) => !piece.startsWith('heredoc ')) };
}
