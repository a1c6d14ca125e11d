import { parseDockerfile } from './dockerfile';
import { initShellParser, parseShell } from './shell';
import type { ShellScript } from './shell-types';
import type { DockerfileModel, Instruction } from './types';

/** One parse of a Dockerfile, shared by every rule: the instruction model plus RUN shell scripts. */
export interface ParsedDocument extends DockerfileModel {
  /** the parsed shell scripts of a RUN (its heredoc bodies or shell form); [] for exec form */
  shellScripts(instruction: Instruction): ShellScript[];
}

/** Parses the text; the shell parser is loaded on first use (a document with a RUN to parse) and kept for the process. */
export async function parseDocument(text: string): Promise<ParsedDocument> {
  const document = parseDocumentSync(text);
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
export function parseDocumentSync(text: string): ParsedDocument {
  const model = parseDockerfile(text);
  const scripts = new Map<Instruction, ShellScript[]>();
  return {
    ...model,
    shellScripts(instruction) {
      let parsed = scripts.get(instruction);
      if (!parsed) {
        parsed = instruction.scripts.map(parseShell);
        scripts.set(instruction, parsed);
      }
      return parsed;
    },
  };
}
