import type { LayerModel } from '../layers/types';
import type { ParsedDocument } from '../parse/document';
import type { LazyFix, Report, ReportedFix, RuleContext } from './rule';
import { hasMarks, marksLines, movableReport, unmarkedReport } from './line-mentions';
import { movedResult, withoutFix } from './moved-reports';
import { keptSections, StageReports, StageResult, type EditedSections } from './stage-reports';
import { layersMovedTo } from '../layers/stage-shift';
import { LAYERS_UNREAD, SectionContext, SectionSink, sectionsOf, type Section, type StageRule } from './stage-rule';

// How lintDocument runs the stage rules in an editor's analysis (LintOptions.stageReports): section
// by section, replaying the reports of the sections the edit kept, or moved with their lines moved.

/** Stage rules' checks stage by stage, replaying the reports of stages the edit kept (see LintOptions.stageReports). */
export class StageChecks {
  readonly reports: StageReports;
  private readonly sections: readonly Section[];
  private readonly edited: EditedSections | undefined;
  private readonly marksLines: boolean;

  constructor(
    private readonly document: ParsedDocument,
    private readonly previous: StageReports | undefined,
    private readonly layersOnce: () => LayerModel,
  ) {
    this.reports = new StageReports(document);
    this.sections = sectionsOf(document);
    this.edited = previous && keptSections(previous.document, document);
    this.marksLines = marksLines(document.text);
  }

  check(rule: StageRule, configured: unknown, options: RuleContext['options'], report: ReportWithFix): void {
    const name = rule.meta.name;
    const optionsKey = configured === undefined ? undefined : JSON.stringify(configured);
    const documentFacts = rule.documentFacts?.(this.document);
    const { document, layersOnce, sections, edited } = this;
    // the rule's results of the version before, by section, and those of this version
    const before = edited && this.previous?.resultsOf(name);
    const results = this.reports.resultsFor(name);
    // what the section being checked reported (most report nothing: no array for them), with their line mentions marked
    let reported: Report[] | undefined;
    const collect = (each: Report) => {
      (reported ??= []).push(each);
      const shown = unmarkedReport(each);
      report(shown, shown.fix);
    };
    const checking = (): [ParsedDocument, () => LayerModel, RuleContext['options']] => [document, layersOnce, options];
    let nothingUnread: StageResult | undefined;
    let sink: SectionSink | undefined;
    for (let at = 0; at < sections.length; at++) {
      const section = sections[at];
      const previous = before?.[at];
      const still = previous !== undefined && previous.optionsKey === optionsKey && previous.documentFacts === documentFacts ? this.stillHolds(previous, at) : undefined;
      if (still !== undefined) {
        replay(rule, still, section, checking, report);
        results[at] = still;
        continue;
      }
      reported = undefined;
      const context = new SectionContext(document, section, (sink ??= new SectionSink(layersOnce, collect)), options, this.marksLines);
      rule.checkStage(context);
      if (reported === undefined && context.layersRead === LAYERS_UNREAD) {
        results[at] = nothingUnread ??= new StageResult(NO_REPORTS, NO_PLACES, LAYERS_UNREAD, optionsKey, documentFacts, NO_REPORTS);
        continue;
      }
      const { reports: marked, lazyFixes } = withoutLazyFixes(reported ?? NO_REPORTS);
      const shown = marked.some(hasMarks) ? marked.map(unmarkedReport) : marked;
      results[at] = new StageResult(shown, lazyFixes, context.layersRead, optionsKey, documentFacts, marked.every(movableReport) ? marked : undefined);
    }
  }

  /**
   * The section's result of the version before, as it holds for this one: as it was when the edit
   * kept the section, moved when it moved it; undefined when the section must be checked again.
   */
  private stillHolds(previous: StageResult, at: number): StageResult | undefined {
    const { sections, lineNow } = this.edited!;
    const edit = sections[at];
    if (edit === undefined) return undefined;
    const stage = this.sections[at].stage;
    const layers = previous.layers === LAYERS_UNREAD ? LAYERS_UNREAD : stage && this.layersOnce().stages[stage.index];
    if (edit === 'kept') return previous.layers === layers ? previous : undefined;
    const movedLayers = previous.layers !== LAYERS_UNREAD && previous.layers !== undefined && layers !== LAYERS_UNREAD && layers !== undefined && layersMovedTo(previous.layers, layers);
    if (previous.layers !== layers && !movedLayers) return undefined;
    // most sections report nothing and read no layers: such a result holds as it is
    return previous.reports.length === 0 && previous.layers === LAYERS_UNREAD ? previous : movedResult(previous, lineNow, layers);
  }
}

/** lintDocument's report, with the fix given beside the report: a replayed report's lazy fix (kept reports hold none). */
type ReportWithFix = (report: Report, fix: ReportedFix | undefined) => void;

/** Reports a kept section's reports again; a lazy fix is built, when wanted, by checking the section again (with what `checking` gives). */
function replay(
  rule: StageRule,
  result: StageResult,
  section: Section,
  checking: () => [ParsedDocument, () => LayerModel, RuleContext['options']],
  report: ReportWithFix,
): void {
  const { reports, lazyFixes } = result;
  const fixAt = lazyFixes.length === 0 ? undefined : fixesByCheckingAgain(rule, section, checking);
  for (let place = 0; place < reports.length; place++) {
    const each = reports[place];
    report(each, fixAt && lazyFixes.includes(place) ? () => fixAt(place) : each.fix);
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
      rule.checkStage(new SectionContext(document, section, new SectionSink(layersOnce, (each) => reports.push(each)), options));
    }
    const fix = again[at]?.fix;
    return typeof fix === 'function' ? fix() : fix;
  };
}
