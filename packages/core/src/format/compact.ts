import type { FileResult } from './types';
import { oneBased, oneLine } from './report-paths';

/** One line per finding, for editors and grep: `file:line:col: severity: message [rule]`. */
export function formatCompact(results: readonly FileResult[]): string {
  return results
    .flatMap((result) =>
      result.findings.map((finding) => {
        const at = oneBased(finding.range);
        return `${result.file}:${at.line}:${at.column}: ${finding.severity}: ${oneLine(finding.message)} [${finding.rule}]\n`;
      }),
    )
    .join('');
}
