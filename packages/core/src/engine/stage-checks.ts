import type { LayerModel } from '../layers/types';
import type { ParsedDocument } from '../parse/document';
import type { LazyFix, Report, RuleContext } from './rule';
import { keptSections, StageReports, StageResult } from './stage-reports';
import { LAYERS_UNREAD, SectionContext, sectionsOf, type Section, type StageRule } from './stage-rule';

// How lintDocument runs the stage rules in an editor's analysis (LintOptions.stageReports): section
// by section, replaying the reports of the sections the edit kept.

/** Stage rules' checks stage by stage, replaying the reports of stages the edit kept (see LintOptions.stageReports). */
export class StageChecks {
  readonly reports: StageReports;
  private readonly sections: readonly Section[];
  private readonly kept: readonly boolean[] | undefined;

  constructor(
    private readonly document: ParsedDocument,
    private readonly previous: StageReports | undefined,
    private readonly layersOnce: () => LayerModel,
  ) {
    this.reports = new StageReports(document);
    this.sections = sectionsOf(document);
    this.kept = previous && keptSections(previous.document, document);
  }

  check(rule: StageRule, configured: unknown, options: RuleContext['options'], report: (report: Report) => void): void {
    const name = rule.meta.name;
    const optionsKey = configured === undefined ? undefined : JSON.stringify(configured);
    const documentFacts = rule.documentFacts?.(this.document);
    const { document, layersOnce, sections, kept } = this;
    // the rule's results of the version before, by section, and those of this version
    const before = this.previous?.resultsOf(name);
    const results = this.reports.resultsFor(name);
    // what the section being checked reported (most report nothing: no array for them)
    let reported: Report[] | undefined;
    const collect = (each: Report) => {
      (reported ??= []).push(each);
      report(each);
    };
    let nothingUnread: StageResult | undefined;
    for (let at = 0; at < sections.length; at++) {
      const section = sections[at];
      const previous = kept !== undefined && kept[at] && before !== undefined ? before[at] : undefined;
      if (previous !== undefined && previous.optionsKey === optionsKey && previous.documentFacts === documentFacts && this.sameLayers(previous, section)) {
        replay(rule, previous, section, () => [document, layersOnce, options], report);
        results[at] = previous;
        continue;
      }
      reported = undefined;
      const context = new SectionContext(document, section, layersOnce, options, collect);
      rule.checkStage(context);
      if (reported === undefined && context.layersRead === LAYERS_UNREAD) {
        results[at] = nothingUnread ??= new StageResult(NO_REPORTS, NO_PLACES, LAYERS_UNREAD, optionsKey, documentFacts);
        continue;
      }
      const { reports, lazyFixes } = withoutLazyFixes(reported ?? NO_REPORTS);
      results[at] = new StageResult(reports, lazyFixes, context.layersRead, optionsKey, documentFacts);
    }
  }

  /** The section's layers are those the replayed reports were made from, or they did not read them. */
  private sameLayers(before: StageResult, section: Section): boolean {
    return before.layers === LAYERS_UNREAD || before.layers === (section.stage && this.layersOnce().stages[section.stage.index]);
  }
}

/** Reports a kept section's reports again; a lazy fix is built, when wanted, by checking the section again (with what `checking` gives). */
function replay(
  rule: StageRule,
  result: StageResult,
  section: Section,
  checking: () => [ParsedDocument, () => LayerModel, RuleContext['options']],
  report: (report: Report) => void,
): void {
  const { reports, lazyFixes } = result;
  if (lazyFixes.length === 0) {
    for (const each of reports) report(each);
    return;
  }
  const fixAt = fixesByCheckingAgain(rule, section, checking);
  for (let place = 0; place < reports.length; place++) {
    const each = reports[place];
    report(lazyFixes.includes(place) ? { ...each, fix: () => fixAt(place) } : each);
  }
}

/**
 * The reports kept for the next version, without the lazy fixes: those hold what the check read
 * (this version's document, layers and findings), which the next versions would keep alive.
 */
function withoutLazyFixes(reports: readonly Report[]): { reports: readonly Report[]; lazyFixes: readonly number[] } {
  let lazyFixes: number[] | undefined;
  let kept: Report[] | undefined;
  reports.forEach((report, at) => {
    if (typeof report.fix !== 'function') return;
    (lazyFixes ??= []).push(at);
    (kept ??= reports.slice())[at] = withoutFix(report);
  });
  return { reports: kept ?? reports, lazyFixes: lazyFixes ?? NO_PLACES };
}

const NO_PLACES: readonly number[] = [];
const NO_REPORTS: readonly Report[] = [];

/** The report without its fix; every other field is named, so a field added to Report must be added here. */
function withoutFix({ range, message, severity, wastedBytes, related, aliases }: Report): { [Field in keyof Required<Omit<Report, 'fix'>>]: Report[Field] } {
  return { range, message, severity, wastedBytes, related, aliases };
}

/**
 * The fix of a replayed report, by its place among the stage's reports: built, when wanted, from
 * checking the stage again on this version (the same reports in the same order: the stage is kept).
 */
function fixesByCheckingAgain(rule: StageRule, section: Section, checking: () => [ParsedDocument, () => LayerModel, RuleContext['options']]): (at: number) => ReturnType<LazyFix> {
  let again: Report[] | undefined;
  return (at) => {
    if (!again) {
      const reports: Report[] = (again = []);
      const [document, layersOnce, options] = checking();
      rule.checkStage(new SectionContext(document, section, layersOnce, options, (each) => reports.push(each)));
    }
    const fix = again[at]?.fix;
    return typeof fix === 'function' ? fix() : fix;
  };
}
