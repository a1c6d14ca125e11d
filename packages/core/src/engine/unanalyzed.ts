import type { ParsedDocument } from '../parse/document';
import type { Finding } from './rule';

/** The pseudo-rule of findings about what dflint did not analyze (a script nesting too deep). */
export const NOT_ANALYZED = 'not-analyzed';

/**
 * One finding per POSIX-shell RUN script the parser declined to read, so a file the rules could
 * not look into does not pass as clean.
 */
export function unanalyzedScripts(document: ParsedDocument): Finding[] {
  const findings: Finding[] = [];
  for (const instruction of document.instructions) {
    if (instruction.scripts.length === 0 || (instruction.shell && instruction.shell.kind !== 'posix')) continue;
    for (const unanalyzed of document.scriptsUnanalyzed(instruction)) {
      if (unanalyzed) findings.push({ rule: NOT_ANALYZED, severity: 'warning', message: unanalyzed, range: instruction.range });
    }
  }
  return findings;
}
