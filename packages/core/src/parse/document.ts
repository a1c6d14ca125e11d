import { parseDockerfile } from './dockerfile';
import { InstructionReuse, type BuiltInstructions, type MovedInstruction } from './instruction-reuse';
import { initShellParser, parseShell, shellUnanalyzed } from './shell';
import type { ShellScript } from './shell-types';
import type { DockerfileModel, Instruction } from './types';
import type { UnchangedText } from './unchanged-text';

/** One parse of a Dockerfile, shared by every rule: the instruction model plus RUN shell scripts. */
export interface ParsedDocument extends DockerfileModel {
  /** the parsed shell scripts of a RUN (its heredoc bodies or shell form); [] for exec form */
  shellScripts(instruction: Instruction): ShellScript[];
  /** why the parser declined each of those scripts (their `unanalyzed`), without placing their parses at the RUN's lines when that is not done yet */
  scriptsUnanalyzed(instruction: Instruction): Array<string | undefined>;
}

/**
 * A parse of one version of a document that is edited (the editor's): it keeps what the next
 * version's parse may reuse, and reuses what the previous version's kept.
 */
export interface Reparse {
  /** the parse of the version before, made with a Reparse; none for the first version */
  previous?: ParsedDocument;
}

/**
 * What a parse made with a Reparse built: its instructions, the scripts parsed from them so far,
 * and which of its instructions are the previous parse's moved (only the one before: a chain
 * back through every version would keep them all).
 */
const reusable = new WeakMap<
  ParsedDocument,
  {
    instructions: BuiltInstructions;
    scripts: ReadonlyMap<Instruction, ShellScript[]>;
    moved: ReadonlyMap<Instruction, MovedInstruction>;
    /** what the edit from the text before (`since`) left as it was: the parse compared them once */
    edit?: { since: string; unchanged: UnchangedText };
  }
>();

/** What the edit from `previous` to `document` left as it was, when `document` was parsed with a Reparse of `previous`; else undefined. */
export function editSince(document: ParsedDocument, previous: ParsedDocument): UnchangedText | undefined {
  const edit = reusable.get(document)?.edit;
  return edit !== undefined && edit.since === previous.text ? edit.unchanged : undefined;
}

/**
 * Where an instruction (or ONBUILD trigger) of `document`, made with a Reparse, was moved from in the
 * parse before; undefined for one built afresh or kept in place, or in a model not parsed with a Reparse.
 */
export function movedFrom(document: DockerfileModel, instruction: Instruction): MovedInstruction | undefined {
  // only a ParsedDocument is a key: any other model finds nothing
  return reusable.get(document as ParsedDocument)?.moved.get(instruction);
}

/** Parses the text; the shell parser is loaded on first use (a document with a RUN to parse) and kept for the process. */
export async function parseDocument(text: string, reparse?: Reparse): Promise<ParsedDocument> {
  const document = parseDocumentSync(text, reparse);
  await shellParserFor(document);
  return document;
}

/**
 * Loads the shell parser if the document has a shell script to parse (RUN, heredoc, ONBUILD RUN):
 * compiling tree-sitter's wasm is most of a small file's lint, and a file without RUN never needs it.
 */
export async function shellParserFor(document: DockerfileModel): Promise<void> {
  if (document.instructions.some(hasScripts)) await initShellParser();
}

function hasScripts(instruction: Instruction): boolean {
  return instruction.scripts.length > 0 || (instruction.trigger !== undefined && hasScripts(instruction.trigger));
}

/** As parseDocument, for callers that await shellParserFor(document) (or initShellParser()) before reading its scripts. */
export function parseDocumentSync(text: string, reparse?: Reparse): ParsedDocument {
  const kept = reparse?.previous && reusable.get(reparse.previous);
  const reuse = reparse && new InstructionReuse(kept?.instructions, text);
  const model = parseDockerfile(text, reuse);
  const scripts = new Map<Instruction, ShellScript[]>();
  // a kept instruction's scripts parse as before: its text and position are the same
  if (kept) for (const instruction of withTriggers(model.instructions)) {
    const parsed = kept.scripts.get(instruction);
    if (parsed) scripts.set(instruction, parsed);
  }
  const document: ParsedDocument = {
    ...model,
    shellScripts(instruction) {
      let parsed = scripts.get(instruction);
      if (!parsed) {
        parsed = instruction.scripts.map(parseShell);
        scripts.set(instruction, parsed);
      }
      return parsed;
    },
    scriptsUnanalyzed(instruction) {
      return scripts.get(instruction)?.map((script) => script.unanalyzed) ?? instruction.scripts.map(shellUnanalyzed);
    },
  };
  if (reuse) {
    const edit = kept && reuse.unchanged && { since: kept.instructions.text, unchanged: reuse.unchanged };
    reusable.set(document, { instructions: reuse.built, scripts, moved: reuse.moved, ...(edit && { edit }) });
  }
  return document;
}

function* withTriggers(instructions: readonly Instruction[]): Iterable<Instruction> {
  for (const instruction of instructions) {
    yield instruction;
    if (instruction.trigger) yield* withTriggers([instruction.trigger]);
  }
}
