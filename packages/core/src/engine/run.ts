import { parseDocument, type ParsedDocument } from '../parse/document';
import { ruleRuns, type Finding, type Report, type ReportedFix, type Rule, type RuleContext, type Severity } from './rule';
import { isStageRule } from './stage-rule';
import { StageChecks } from './stage-checks';
import { Suppressions } from './suppression';
import { CheckSettings } from './check-directive';
import { findingAliases, severityByAliases } from './aliases';
import { resolveOptions } from './options';
import { NOT_ANALYZED, unanalyzedScripts } from './unanalyzed';
import { directiveProblems } from './directive-problems';
import { compareRuleNames } from './rule-name-order';
import { attachFix } from './finding-fix';
import type { StageReports } from './stage-reports';
import { buildLayerModel } from '../layers/model';
import type { BuildContext, LayerModel } from '../layers/types';

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
  let layers: LayerModel | undefined;
  const lint: DocumentLint = {
    document,
    options,
    findings: [],
    suppressions: new Suppressions(document, { hadolintPragmas: options.hadolintPragmas }),
    checks: new CheckSettings(document),
    layersOnce: () => (layers ??= options.layers?.() ?? buildLayerModel(document, { context: options.context })),
  };
  const { findings, suppressions, checks } = lint;
  const byStage = options.stageReports && new StageChecks(document, options.stageReports.previous, lint.layersOnce);
  for (const rule of options.rules) {
    const setting = options.settings?.[rule.meta.name] ?? NO_SETTING;
    if (!ruleRuns(rule.meta, setting) && !(setting.severity !== 'off' && checks.turnsOn(rule.meta))) continue;
    const run = new RuleRun(lint, rule, setting.severity as Severity | undefined /* not off: ruleRuns */, optionsOf(rule, setting.options));
    try {
      if (byStage && isStageRule(rule)) byStage.check(rule, setting.options, run.options, (r, fix) => run.reportWithFix(r, fix));
      else rule.check(run);
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

const NO_SETTING: RuleSetting = Object.freeze({});

/** What every rule's run over one document shares. */
interface DocumentLint {
  readonly document: ParsedDocument;
  readonly options: LintOptions;
  readonly findings: Finding[];
  readonly suppressions: Suppressions;
  readonly checks: CheckSettings;
  readonly layersOnce: () => LayerModel;
}

/**
 * One rule's run over a document: what its check is given, and what makes its reports findings. A
 * class, not an object literal with a `layers` getter: V8 builds such a literal in its runtime, ~20×
 * slower, and one is made per rule per document.
 */
class RuleRun implements RuleContext {
  private reportOnce: ((report: Report) => void) | undefined;

  constructor(
    private readonly lint: DocumentLint,
    private readonly rule: Rule,
    /** the configured severity, else undefined (the report's or the rule's) */
    private readonly configured: Severity | undefined,
    readonly options: RuleContext['options'],
  ) {}

  get document(): ParsedDocument {
    return this.lint.document;
  }

  get layers(): LayerModel {
    return this.lint.layersOnce();
  }

  /** A function, not a method: rules hand it to forEach. Made on first use: most rules report nothing on most files. */
  get report(): (report: Report) => void {
    return (this.reportOnce ??= (r: Report) => this.reportWithFix(r, r.fix));
  }

  /** `fix`: the report's, or a replayed report's lazy fix given beside it rather than in a copy of it (stage-checks.ts) */
  reportWithFix(r: Report, fix: ReportedFix | undefined): void {
    const { rule, lint } = this;
    const { settings } = lint.options;
    const finding: Finding = {
      rule: rule.meta.name,
      severity: this.configured ?? r.severity ?? rule.meta.severity,
      message: r.message,
      range: r.range,
      aliases: findingAliases(rule, r.aliases),
    };
    const severity = severityByAliases(finding, finding.severity, settings);
    if (severity === 'off') return;
    finding.severity = lint.checks.severityOf(finding, severity);
    if (r.wastedBytes) finding.wastedBytes = r.wastedBytes;
    if (lint.suppressions.isSuppressed(finding) || lint.checks.skips(finding)) return;
    // a suppressed finding's lazy fix is never built
    attachFix(finding, fix, lint.options.fixes !== false);
    if (r.related?.length) finding.related = r.related;
    lint.findings.push(finding);
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
