import { describeBytes, ruleDocsUrl, sameRange, type Severity } from '@dflint/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { AnalyzedFinding } from './analysis-types';

export const SOURCE = 'dflint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  style: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: AnalyzedFinding, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    message: messageWithBytes(finding),
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({ location: { uri, range: related.range }, message: related.message }));
  }
  return diagnostic;
}

/** The finding's message; the wasted bytes are added when the rule's message does not say them. */
export function messageWithBytes(finding: AnalyzedFinding): string {
  const bytes = finding.wastedBytes;
  if (!bytes || bytes.estimate === 'unknown') return finding.message;
  const text = describeBytes(bytes);
  return finding.message.includes(text.replace(/^at least /, '')) ? finding.message : `${finding.message} (${text} wasted)`;
}

/** A diagnostic sent by the client matches a finding when rule and range agree. */
export function sameFinding(diagnostic: Diagnostic, finding: AnalyzedFinding): boolean {
  return diagnostic.code === finding.rule && sameRange(diagnostic.range, finding.range);
}
