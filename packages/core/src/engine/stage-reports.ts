import type { StageLayers } from '../layers/types';
import { editSince, type ParsedDocument } from '../parse/document';
import type { Stage } from '../parse/types';
import { unchangedText, type UnchangedText } from '../parse/unchanged-text';
import type { Report } from './rule';
import type { LAYERS_UNREAD } from './stage-rule';

// An editor's analysis checks with a stage rule (StageRule) only the sections (stages, and what
// stands before the first FROM) an edit may have changed, and replays the reports of the others from
// the analysis of the version before. A stage is kept when the edit left, at the same lines, all a
// stage rule may read of it: the text from the line after the previous stage's last instruction to
// the next stage's FROM (its instructions, the comments among and above them), what stands before
// the first FROM, and the stages of its FROM chain and those it copies from (kept too). Its layers,
// when the rule read them, must be the very ones the layer model reused for it, and the rule's
// documentFacts the same.

/** What a stage rule reported for one section, and what decides whether the reports still hold. */
export class StageResult {
  constructor(
    /** without their lazy fixes (those hold the version they were reported on) */
    readonly reports: readonly Report[],
    /** the places in `reports` of those that had a lazy fix */
    readonly lazyFixes: readonly number[],
    /** the stage's layers as the rule read them */
    readonly layers: StageLayers | undefined | typeof LAYERS_UNREAD,
    /** the rule's configured options, as JSON */
    readonly optionsKey: string | undefined,
    /** what the rule's documentFacts gave */
    readonly documentFacts: string | undefined,
  ) {}
}

/** The stage rules' reports of one analysis, by rule and section (keptSections' index), for the analysis of the next version to replay. */
export class StageReports {
  private readonly byRule = new Map<string, Array<StageResult | undefined>>();

  constructor(readonly document: ParsedDocument) {}

  /** The rule's results by section, as kept; undefined when it has none. */
  resultsOf(rule: string): ReadonlyArray<StageResult | undefined> | undefined {
    return this.byRule.get(rule);
  }

  /** The rule's results by section, to fill in. */
  resultsFor(rule: string): Array<StageResult | undefined> {
    let sections = this.byRule.get(rule);
    if (!sections) this.byRule.set(rule, (sections = []));
    return sections;
  }
}

/**
 * For each section of `document` (sectionsOf: before the first FROM, then each stage): whether the
 * edit from `previous` kept it (see the file's comment), so its reports still hold.
 */
export function keptSections(previous: ParsedDocument, document: ParsedDocument): boolean[] {
  // the parse of `document` compared the two texts already, when it was made from `previous`
  const unchanged = editSince(document, previous) ?? unchangedText(previous.text, document.text);
  const sameLines = previous.lines.lineCount === document.lines.lineCount;
  const preambleKept = spanKept(preambleOf(previous), preambleOf(document), unchanged, sameLines);
  const kept = [preambleKept];
  for (const stage of document.stages) {
    const before = previous.stages[stage.index];
    kept.push(
      preambleKept &&
        before !== undefined &&
        sameStage(before, stage) &&
        spanKept(spanOf(previous, before.index), spanOf(document, stage.index), unchanged, sameLines) &&
        stage.dependsOn.every((other) => other < stage.index && kept[other + 1]),
    );
  }
  return kept;
}

function sameStage(before: Stage, now: Stage): boolean {
  return (
    before.name === now.name &&
    before.baseStage === now.baseStage &&
    before.dependsOn.length === now.dependsOn.length &&
    before.dependsOn.every((other, at) => other === now.dependsOn[at])
  );
}

/** A section's text, as offsets: a stage's from the line after the previous stage's last instruction (0 for the first) to the next stage's FROM line (the end for the last). */
interface Span {
  from: number;
  to: number;
}

/** What stands before the first FROM's line (the whole text without a FROM). */
function preambleOf(document: ParsedDocument): Span {
  const first = document.stages[0];
  return { from: 0, to: first ? document.lines.lineStart(first.from.range.start.line) : document.text.length };
}

function spanOf(document: ParsedDocument, index: number): Span {
  const { stages, lines } = document;
  const previous = stages[index - 1];
  const from = previous ? lines.lineStart(Math.min(lastLineOf(previous) + 1, lines.lineCount - 1)) : 0;
  const next = stages[index + 1];
  return { from, to: next ? lines.lineStart(next.from.range.start.line) : document.text.length };
}

function lastLineOf(stage: Stage): number {
  return stage.instructions[stage.instructions.length - 1].range.end.line;
}

/** The span is the same text at the same lines: before the edit in both versions, or after it with as many lines as before. */
function spanKept(before: Span, now: Span, unchanged: UnchangedText, sameLines: boolean): boolean {
  if (now.to <= unchanged.before) return before.from === now.from && before.to === now.to;
  return sameLines && now.from >= unchanged.afterFrom && before.from === now.from - unchanged.added && before.to === now.to - unchanged.added;
}
