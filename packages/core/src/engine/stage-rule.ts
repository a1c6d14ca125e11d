import { ruleDocsUrl } from '../docs';
import type { LayerModel, StageLayers } from '../layers/types';
import { oncePerDocument } from '../once-per-document';
import type { ParsedDocument } from '../parse/document';
import { instructionsBeforeFirstFrom } from '../parse/stage-graph';
import type { Instruction, Range, Stage } from '../parse/types';
import { lineMention, markedLineMention } from './line-mentions';
import type { RuleOptions } from './options';
import type { MetaInput, Report, Rule } from './rule';

/** The layers were not read for the section (so they do not decide whether its reports still hold). */
export const LAYERS_UNREAD = Symbol('layers unread');

/**
 * A part of a document a stage rule checks on its own: what stands before the first FROM (global
 * ARGs, and instructions Docker rejects there), or one stage.
 */
export interface Section {
  /** undefined for what stands before the first FROM */
  stage: Stage | undefined;
  /** the stage's instructions (FROM first), or those before the first FROM */
  instructions: readonly Instruction[];
}

/**
 * The document's sections in order: before the first FROM, then each stage. Made once per document
 * (every stage rule asks), so a section's `instructions` is the same array for all of them.
 */
export const sectionsOf: (document: ParsedDocument) => readonly Section[] = oncePerDocument((document: ParsedDocument) => {
  return [{ stage: undefined, instructions: instructionsBeforeFirstFrom(document) }, ...document.stages.map((stage) => ({ stage, instructions: stage.instructions }))];
});

/** What a stage rule's check is given for one section. */
export interface StageRuleContext<Options extends RuleOptions = RuleOptions> extends Section {
  readonly document: ParsedDocument;
  /** the stage's predicted layers (the layer model's), built on first read; undefined before the first FROM */
  readonly stageLayers: StageLayers | undefined;
  readonly options: Options;
  report(report: Report): void;
  /**
   * The 1-based line of the range's start, to name it in a report's message or a related location's
   * message (nowhere else: a fix's description uses the number), and lines in those messages only
   * through it (not `range.start.line + 1`), so an editor can move the reports of a stage an edit
   * moved without checking it again (engine/line-mentions.ts).
   */
  mentionLine(range: Range): string;
}

/**
 * A rule that checks each section (stage) of a document on its own. Its `checkStage` reads only
 * the section (its instructions, their scripts, the text of its lines and the comments among and
 * above them), the stage's layers, the stages of its FROM chain and those it copies from, what
 * stands before the first FROM (directives, global ARGs), and what `documentFacts` gives; it reports
 * only on the section's lines. So an editor's analysis replays a section's reports from the version
 * before when none of that changed (stage-reports.ts), and checks only the sections an edit touched.
 */
export interface StageRule<Options extends RuleOptions = RuleOptions> extends Rule<Options> {
  checkStage(context: StageRuleContext<Options>): void;
  /** what else the rule reads from the whole document, as text: a section's reports are replayed only while it is the same */
  documentFacts?(document: ParsedDocument): string;
}

export function isStageRule(rule: Rule): rule is StageRule {
  return typeof (rule as Partial<StageRule>).checkStage === 'function';
}

/** Builds a stage rule (see StageRule): its whole-document check runs checkStage on every section in order. */
export function defineStageRule<Options extends RuleOptions = Record<never, never>>(rule: {
  meta: MetaInput<Options>;
  checkStage: StageRule<Options>['checkStage'];
  documentFacts?: StageRule<Options>['documentFacts'];
}): StageRule<Options> {
  const { checkStage } = rule;
  return {
    meta: { ...rule.meta, docs: ruleDocsUrl(rule.meta.name) },
    check(context) {
      for (const section of sectionsOf(context.document)) checkStage(new SectionContext(context.document, section, context, context.options));
    },
    checkStage,
    ...(rule.documentFacts && { documentFacts: rule.documentFacts }),
  };
}

/** Where a section's check reads the layers and sends its reports: the rule's context for the whole document, or a SectionSink of an editor's checks. */
export interface SectionSource {
  readonly layers: LayerModel;
  readonly report: (report: Report) => void;
}

/** A SectionSource made of a function that builds the layers once and a report function (stage-checks.ts). */
export class SectionSink implements SectionSource {
  constructor(
    private readonly layersOnce: () => LayerModel,
    readonly report: (report: Report) => void,
  ) {}

  get layers(): LayerModel {
    return this.layersOnce();
  }
}

/**
 * What checkStage is given, for a whole-document check and for an editor's section by section
 * (stage-checks.ts); it notes the layers the rule read. One is made for each rule and section: no
 * field initialisers, and its `report` is its source's.
 */
export class SectionContext<Options extends RuleOptions = RuleOptions> implements StageRuleContext<Options> {
  readonly stage: Stage | undefined;
  readonly instructions: readonly Instruction[];
  layersRead: StageLayers | undefined | typeof LAYERS_UNREAD;
  /** a function, not a method: rules take it out of their context */
  readonly mentionLine: (range: Range) => string;

  constructor(
    readonly document: ParsedDocument,
    section: Section,
    private readonly source: SectionSource,
    readonly options: Options,
    /** mentionLine marks the line (an editor's stage by stage checks, which move reports) */
    markLines = false,
  ) {
    this.mentionLine = markLines ? markedLineMention : lineMention;
    this.stage = section.stage;
    this.instructions = section.instructions;
    this.layersRead = LAYERS_UNREAD;
  }

  /** a function, not a method: rules take `report` out of their context */
  get report(): (report: Report) => void {
    return this.source.report;
  }

  get stageLayers(): StageLayers | undefined {
    return (this.layersRead = this.stage && this.source.layers.stages[this.stage.index]);
  }
}
