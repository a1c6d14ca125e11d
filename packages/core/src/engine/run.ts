import { parseDocument, type ParsedDocument } from '../parse/document';
import { ruleRuns, type Finding, type LazyFix, type Report, type Rule, type RuleContext, type Severity } from './rule';
import { isStageRule, sectionsOf, type Section, type StageRule, type StageRuleContext } from './stage-rule';
import { Suppressions } from './suppression';
import { CheckSettings } from './check-directive';
import { findingAliases, severityByAliases } from './aliases';
import { resolveOptions } from './options';
import { NOT_ANALYZED, unanalyzedScripts } from './unanalyzed';
import { directiveProblems } from './directive-problems';
import { compareRuleNames } from './rule-name-order';
import { attachFix } from './finding-fix';
import { keptSections, LAYERS_UNREAD, StageReports, StageResult } from './stage-reports';
import { buildLayerModel } from '../layers/model';
import type { BuildContext, LayerModel, StageLayers } from '../layers/types';
import type { Instruction, Stage } from '../parse/types';

export const INTERNAL_ERROR = 'internal-error';

export interface RuleSetting {
  severity?: Severity | 'off';
  options?: unknown;
}

export interface LintOptions {
  rules: readonly Rule[];
  /**
   * per rule name; a rule with no setting runs at its default severity. A key can also be a code
   * of a rule with aliasesPerFinding (settingKey): its severity then applies to that code's findings only.
   */
  settings?: Readonly<Record<string, RuleSetting>>;
  /** the build context's COPY/ADD sizes (loadBuildContext); without it they are unknown */
  context?: BuildContext;
  /** the document's layer model, built on first call (analyzeDockerfile shares its own); without it, built here from `context` */
  layers?: () => LayerModel;
  /** false: `# hadolint ignore=` comments switch nothing off (hadolint's --disable-ignore-pragma) */
  hadolintPragmas?: boolean;
  /** false: lazy fixes (`report({ fix: () => … })`) are left unbuilt until buildFix; by default every fix is built */
  fixes?: boolean;
  /**
   * For an editor's analyses of one document's versions: the stage rules' reports of the version
   * before (`previous`, from `keep`) are replayed for the stages the edit kept (stage-reports.ts),
   * and this version's are given to `keep`. The findings are the same.
   */
  stageReports?: { previous?: StageReports; keep(reports: StageReports): void };
}

/** Runs every enabled rule over one parsed document; findings come back sorted by position. */
export function lintDocument(document: ParsedDocument, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const suppressions = new Suppressions(document, { hadolintPragmas: options.hadolintPragmas });
  const checks = new CheckSettings(document);
  let layers: LayerModel | undefined;
  const layersOnce = () => (layers ??= options.layers?.() ?? buildLayerModel(document, { context: options.context }));
  const byStage = options.stageReports && new StageChecks(document, options.stageReports.previous, layersOnce);
  for (const rule of options.rules) {
    const setting = options.settings?.[rule.meta.name] ?? {};
    if (!ruleRuns(rule.meta, setting) && !(setting.severity !== 'off' && checks.turnsOn(rule.meta))) continue;
    const configured = setting.severity as Severity | undefined; // not off: ruleRuns
    const report = (r: Report) => {
      const finding: Finding = {
        rule: rule.meta.name,
        severity: configured ?? r.severity ?? rule.meta.severity,
        message: r.message,
        range: r.range,
        aliases: findingAliases(rule, r.aliases),
      };
      const severity = severityByAliases(finding, finding.severity, options.settings);
      if (severity === 'off') return;
      finding.severity = checks.severityOf(finding, severity);
      if (r.wastedBytes) finding.wastedBytes = r.wastedBytes;
      if (suppressions.isSuppressed(finding) || checks.skips(finding)) return;
      // a suppressed finding's lazy fix is never built
      attachFix(finding, r.fix, options.fixes !== false);
      if (r.related?.length) finding.related = r.related;
      findings.push(finding);
    };
    try {
      if (byStage && isStageRule(rule)) byStage.check(rule, setting.options, optionsOf(rule, setting.options), report);
      else rule.check(new CheckContext(document, layersOnce, optionsOf(rule, setting.options), report));
    } catch (error) {
      findings.push(internalError(rule.meta.name, error));
    }
  }
  if (options.rules.length > 0) {
    const own = [...unanalyzedScripts(document), ...directiveProblems(document, options.rules, [NOT_ANALYZED, INTERNAL_ERROR])];
    findings.push(...own.filter((finding) => !suppressions.isSuppressed(finding)));
  }
  if (byStage) options.stageReports!.keep(byStage.reports);
  return findings.sort(byPosition);
}

/** Stage rules' checks stage by stage, replaying the reports of stages the edit kept (see LintOptions.stageReports). */
class StageChecks {
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
      const context = new StageCheckContext(document, section, layersOnce, options, collect);
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
      rule.checkStage(new StageCheckContext(document, section, layersOnce, options, (each) => reports.push(each)));
    }
    const fix = again[at]?.fix;
    return typeof fix === 'function' ? fix() : fix;
  };
}

/**
 * What a stage rule's checkStage is given by StageChecks; it notes the layers the rule read. One is
 * made for each rule and section an edit checks: no field initialisers, and its `report` is handed in.
 */
class StageCheckContext implements StageRuleContext {
  readonly stage: Stage | undefined;
  readonly instructions: readonly Instruction[];
  layersRead: StageLayers | undefined | typeof LAYERS_UNREAD;

  constructor(
    readonly document: ParsedDocument,
    section: Section,
    private readonly layersOnce: () => LayerModel,
    readonly options: RuleContext['options'],
    /** a function, not a method: rules take `report` out of their context */
    readonly report: (report: Report) => void,
  ) {
    this.stage = section.stage;
    this.instructions = section.instructions;
    this.layersRead = LAYERS_UNREAD;
  }

  get stageLayers(): StageLayers | undefined {
    return (this.layersRead = this.stage && this.layersOnce().stages[this.stage.index]);
  }
}

/**
 * What a rule's check is given. A class, not an object literal with a `layers` getter: V8 builds
 * such a literal in its runtime, ~20× slower, and it is built once per rule per document.
 */
class CheckContext implements RuleContext {
  constructor(
    readonly document: ParsedDocument,
    private readonly layersOnce: () => LayerModel,
    readonly options: RuleContext['options'],
    readonly report: (report: Report) => void,
  ) {}

  get layers(): LayerModel {
    return this.layersOnce();
  }
}

// the same rules and settings serve every file of a run: each rule's options are resolved once per
// configured value (rules treat their options as read-only)
const RESOLVED_OPTIONS = new WeakMap<Rule, Map<unknown, unknown>>();

function optionsOf(rule: Rule, configured: unknown): ReturnType<typeof resolveOptions> {
  let byValue = RESOLVED_OPTIONS.get(rule);
  if (!byValue) RESOLVED_OPTIONS.set(rule, (byValue = new Map()));
  let resolved = byValue.get(configured) as ReturnType<typeof resolveOptions> | undefined;
  if (!resolved) {
    resolved = resolveOptions(rule.meta.options, configured);
    if (byValue.size >= 64) byValue.clear(); // an editor's settings change: old values are not kept forever
    byValue.set(configured, resolved);
  }
  return resolved;
}

export async function lintText(text: string, options: LintOptions): Promise<Finding[]> {
  return lintDocument(await parseDocument(text), options);
}

function internalError(ruleName: string, error: unknown): Finding {
  return internalErrorFinding(`rule ${ruleName} failed on this file (a dflint bug; please report it): ${reasonOf(error)}`);
}

/**
 * What is left of a file whose analysis threw outside any rule (parse, layer model, fixes):
 * one internal-error finding, so the other files of the run keep their results.
 */
export function fileInternalError(error: unknown): Finding {
  return internalErrorFinding(`dflint failed on this file (a dflint bug; please report it): ${reasonOf(error)}`);
}

function internalErrorFinding(message: string): Finding {
  return { rule: INTERNAL_ERROR, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** `dflint: <file>: internal error …: <reason>`, for a file with no report to put a finding in. */
export function internalErrorLine(file: string, error: unknown): string {
  return `dflint: ${file}: internal error (a dflint bug; please report it): ${reasonOf(error)}`;
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareRuleNames(a.rule, b.rule)
  );
}
