import { sameRange } from '@dflint/core';
import type { Analysis, AnalysisInput, AnalyzedFinding } from './analysis-types';
import type { Analyzer } from './analyzer';

/**
 * The fixes the worker leaves unbuilt at each analysis (an edit's diagnostics never need them),
 * given to an analysis's findings when a code action or hover needs them: built in the worker,
 * once per analysis.
 */
export class UnbuiltFixes {
  private readonly inputs = new WeakMap<readonly AnalyzedFinding[], AnalysisInput>();
  private readonly filled = new WeakMap<readonly AnalyzedFinding[], Promise<void>>();

  constructor(private readonly analyzer: Pick<Analyzer, 'fixes'>) {}

  /** Each finished analysis, with the input it was made from. */
  analysed(input: AnalysisInput, analysis: Analysis): void {
    if (analysis.fixesUnbuilt) this.inputs.set(analysis.findings, input);
  }

  /** Gives the analysis's findings their `fix` and `noFixReason` as an analysis that built every fix would. */
  fill(analysis: Pick<Analysis, 'findings'>): Promise<void> {
    const input = this.inputs.get(analysis.findings);
    if (!input) return Promise.resolve();
    let filled = this.filled.get(analysis.findings);
    if (!filled) this.filled.set(analysis.findings, (filled = this.build(analysis.findings, input)));
    return filled;
  }

  private async build(findings: readonly AnalyzedFinding[], input: AnalysisInput): Promise<void> {
    const built = (await this.analyzer.fixes(input)) ?? [];
    findings.forEach((finding, i) => {
      const fix = built[i];
      // a fresh analysis in the worker may differ (a download landed in between): only the same finding takes it
      if (!fix || fix.rule !== finding.rule || !sameRange(fix.range, finding.range)) return;
      if (fix.fix) finding.fix = fix.fix;
      if (fix.noFixReason) finding.noFixReason = fix.noFixReason;
    });
  }
}
