import { ruleDocsUrl } from '../docs';
import type { StageLayers } from '../layers/types';
import type { ParsedDocument } from '../parse/document';
import type { Instruction, Stage } from '../parse/types';
import type { RuleOptions } from './options';
import type { MetaInput, Report, Rule, RuleContext } from './rule';

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

/** The document's sections in order: before the first FROM, then each stage. */
export function sectionsOf(document: ParsedDocument): Section[] {
  const firstFrom = document.stages.length > 0 ? document.instructions.indexOf(document.stages[0].from) : document.instructions.length;
  return [{ stage: undefined, instructions: document.instructions.slice(0, firstFrom) }, ...document.stages.map((stage) => ({ stage, instructions: stage.instructions }))];
}

/** What a stage rule's check is given for one section. */
export interface StageRuleContext<Options extends RuleOptions = RuleOptions> extends Section {
  readonly document: ParsedDocument;
  /** the stage's predicted layers (the layer model's), built on first read; undefined before the first FROM */
  readonly stageLayers: StageLayers | undefined;
  readonly options: Options;
  report(report: Report): void;
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
      for (const section of sectionsOf(context.document)) checkStage(new WholeDocumentSection(context, section));
    },
    checkStage,
    ...(rule.documentFacts && { documentFacts: rule.documentFacts }),
  };
}

/** One section of a whole-document check (a class: see CheckContext in run.ts for why not a literal with a getter). */
class WholeDocumentSection<Options extends RuleOptions> implements StageRuleContext<Options> {
  readonly stage: Stage | undefined;
  readonly instructions: readonly Instruction[];

  constructor(
    private readonly context: RuleContext<Options>,
    section: Section,
  ) {
    this.stage = section.stage;
    this.instructions = section.instructions;
  }

  get document(): ParsedDocument {
    return this.context.document;
  }

  get options(): Options {
    return this.context.options;
  }

  get stageLayers(): StageLayers | undefined {
    return this.stage && this.context.layers.stages[this.stage.index];
  }

  get report(): (report: Report) => void {
    return this.context.report;
  }
}
