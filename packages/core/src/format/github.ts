import type { Severity } from '../engine/rule';
import type { RunReport } from './report';
import { oneBased, repoRelativePath } from './report-paths';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

/** Workflow-command data: `%`, CR and LF are percent-encoded (as @actions/core does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command properties: also `:` and `,`, which separate them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`.
 * Columns only on one-line findings: GitHub ignores them when line and endLine differ.
 */
export function formatGithub(report: RunReport): string {
  const lines = report.results.flatMap((result) => {
    const file = repoRelativePath(result.file, report.cwd);
    return result.findings.map((finding) => {
      const at = oneBased(finding.range);
      const oneLine = at.line === at.endLine;
      const properties: Array<[string, string | number]> = [
        ['file', file],
        ['line', at.line],
        ...(oneLine ? [['col', at.column] as [string, number]] : []),
        ['endLine', at.endLine],
        ...(oneLine ? [['endColumn', at.endColumn] as [string, number]] : []),
        ['title', finding.rule],
      ];
      const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
      return `::${COMMAND[finding.severity]} ${props}::${escapeData(finding.message)}\n`;
    });
  });
  return lines.join('');
}
