// The output formats hadolint pipelines ask for by name (`-f gnu|codacy|sonarqube`), in their
// shapes (../shared/anchors/hadolint-features.md, "Output formats"), naming dflint and its rules.
import type { Severity } from '../engine/rule';
import type { RunReport } from './report';
import { oneBased, oneLine, repoRelativePath } from './report-paths';
import type { FileResult } from './types';

/** GNU's `program:file:line:column: message` form, with the rule and severity first as hadolint writes them. */
export function formatGnu(results: readonly FileResult[]): string {
  return results
    .flatMap((result) =>
      result.findings.map((finding) => {
        const at = oneBased(finding.range);
        return `dflint:${result.file}:${at.line}:${at.column}: ${finding.rule} ${finding.severity}: ${oneLine(finding.message)}\n`;
      }),
    )
    .join('');
}

/** Codacy's tool output: one JSON object per line, `{filename, patternId, message, line}`. */
export function formatCodacy(results: readonly FileResult[]): string {
  return results
    .flatMap((result) =>
      result.findings.map((finding) => `${JSON.stringify({ filename: result.file, patternId: finding.rule, message: finding.message, line: oneBased(finding.range).line })}\n`),
    )
    .join('');
}

const SONAR_SEVERITY: Record<Severity, string> = { error: 'CRITICAL', warning: 'MAJOR', info: 'MINOR', style: 'INFO' };

/**
 * SonarQube's generic issue import format: `{"issues": [...]}`, an error a BUG and the rest code
 * smells; text ranges with 1-based lines and 0-based columns, as SonarQube counts them.
 */
export function formatSonarqube(report: RunReport): string {
  const issues = report.results.flatMap((result) => {
    const filePath = repoRelativePath(result.file, report.cwd);
    return result.findings.map((finding) => {
      const at = oneBased(finding.range);
      return {
        engineId: 'dflint',
        ruleId: finding.rule,
        severity: SONAR_SEVERITY[finding.severity],
        type: finding.severity === 'error' ? 'BUG' : 'CODE_SMELL',
        primaryLocation: {
          message: finding.message,
          filePath,
          textRange: { startLine: at.line, endLine: at.endLine, startColumn: at.column - 1, endColumn: at.endColumn - 1 },
        },
      };
    });
  });
  return `${JSON.stringify({ issues }, null, 2)}\n`;
}
