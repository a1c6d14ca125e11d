import { parseDockerfile } from './dockerfile';
import { initShellParser, parseShell } from './shell';
import type { ShellScript } from './shell-types';
import type { DockerfileModel, Instruction } from './types';

/** One parse of a Dockerfile, shared by every rule: the instruction model plus RUN shell scripts. */
export interface ParsedDocument extends DockerfileModel {
  /** the parsed shell scripts of a RUN (its heredoc bodies or shell form); [] for exec form */
  shellScripts(instruction: Instruction): ShellScript[];
}

/** Parses the text; the shell parser is loaded on first use and kept for the process. */
export async function parseDocument(text: string): Promise<ParsedDocument> {
  await initShellParser();
  return parseDocumentSync(text);
}

/** As parseDocument, for callers that already awaited initShellParser(). */
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
