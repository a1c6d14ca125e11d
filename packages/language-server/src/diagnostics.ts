import { describeBytes, ruleDocsUrl, sameRange, type Severity } from '@dflint/core';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { postedFindings } from './analysis-delta';
import type { Analysis, AnalyzedFinding } from './analysis-types';
import type { ConfigProblem } from './project-config';

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

const DOCUMENT_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * What the editor is shown for each document, kept from one publish to the next: for a finding the
 * worker posted unchanged since the last analysis, the same diagnostic object as then, which the
 * message writer serialises once (message-writer.ts). A diagnostic is never changed after it is made.
 *
 * Only the last publish's diagnostics are kept, by document, in plain maps dropped at the next
 * publish: not in a WeakMap keyed by the posted findings (see kept-on.ts for why).
 */
export class PublishedDiagnostics {
  /** document → posted finding → its diagnostic, as last published */
  private readonly published = new Map<string, Map<object, Diagnostic>>();

  /** What the editor shows for one analysis: the config problem, why it was skipped, or the findings. */
  of(uri: string, analysis: Analysis): Diagnostic[] {
    const config = analysis.configProblem ? [configDiagnostic(analysis.configProblem)] : [];
    if (analysis.skipped) {
      this.published.delete(uri);
      return [...config, { range: DOCUMENT_START, severity: DiagnosticSeverity.Information, source: SOURCE, message: analysis.skipped }];
    }
    const posted = postedFindings(analysis.findings);
    if (!posted) {
      this.published.delete(uri);
      return [...config, ...analysis.findings.map((finding) => toDiagnostic(finding, uri))];
    }
    const before = this.published.get(uri);
    const now = new Map<object, Diagnostic>();
    const diagnostics = analysis.findings.map((finding, at) => {
      const diagnostic = before?.get(posted[at]) ?? toDiagnostic(finding, uri);
      now.set(posted[at], diagnostic);
      return diagnostic;
    });
    this.published.set(uri, now);
    return [...config, ...diagnostics];
  }

  /** The document closed: its diagnostics are not kept. */
  forget(uri: string): void {
    this.published.delete(uri);
  }
}

/** The CLI exits 2 on such a file; the editor says so at the top and lints with its own settings. */
function configDiagnostic(problem: ConfigProblem): Diagnostic {
  const line = problem.line ?? 0;
  return {
    range: DOCUMENT_START,
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config-error',
    message: `dflint config error, the config file is not applied: ${problem.message}`,
    relatedInformation: [{ location: { uri: pathToFileURL(problem.file).href, range: { start: { line, character: 0 }, end: { line, character: 0 } } }, message: 'the config file' }],
  };
}
