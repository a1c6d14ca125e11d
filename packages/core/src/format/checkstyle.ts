import type { Severity } from '../engine/rule';
import type { FileResult } from './types';
import { oneBased } from './report-paths';
import { XML_DECLARATION, xmlAttributes } from './xml';

/** Checkstyle knows error, warning, info (and ignore). */
const CHECKSTYLE_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

/** Checkstyle XML: a `<file>` per linted file (clean ones too), an `<error>` per finding. */
export function formatCheckstyle(results: readonly FileResult[]): string {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const result of results) {
    const file = `  <file${xmlAttributes({ name: result.file })}`;
    if (result.findings.length === 0) {
      out.push(`${file}/>`);
      continue;
    }
    out.push(`${file}>`);
    for (const finding of result.findings) {
      const at = oneBased(finding.range);
      const attributes = {
        line: at.line,
        column: at.column,
        severity: CHECKSTYLE_SEVERITY[finding.severity],
        message: finding.message,
        source: `dflint.${finding.rule}`,
      };
      out.push(`    <error${xmlAttributes(attributes)}/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}
