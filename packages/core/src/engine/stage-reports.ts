import type { StageLayers } from '../layers/types';
import { editSince, type ParsedDocument } from '../parse/document';
import type { Stage } from '../parse/types';
import { unchangedText, type UnchangedText } from '../parse/unchanged-text';
import type { LineMove } from './line-mentions';
import type { Report } from './rule';
import type { LAYERS_UNREAD } from './stage-rule';

// An editor's analysis checks with a stage rule (StageRule) only the sections (stages, and what
// stands before the first FROM) an edit may have changed, and replays the reports of the others from
// the analysis of the version before. A stage is kept when the edit left, at the same lines, all a
// stage rule may read of it: the text from the line after the previous stage's last instruction to
// the next stage's FROM (its instructions, the comments among and above them), what stands before
// the first FROM, and the stages of its FROM chain and those it copies from (kept too). Its layers,
// when the rule read them, must be the very ones the layer model reused for it, and the rule's
// documentFacts the same. A stage all of that holds for but at other lines (an edit above it added
// or removed lines) is moved: its reports are replayed with their lines moved (moved-reports.ts), when
// the layers the rule read are those the layer model moved with it and the reports name lines only
// through mentionLine.

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
    /**
     * `reports` with the lines their texts name marked (line-mentions.ts), for moving them with
     * their section; undefined when one names a line otherwise (then a moved section is checked again)
     */
    readonly marked: readonly Report[] | undefined,
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

/** What an edit did to a section, for its reports: left it at the same lines, or moved it (lines added or removed above it); undefined when it may have changed it. */
export type SectionEdit = 'kept' | 'moved' | undefined;

/** What keptSections found: each section's SectionEdit, and where the previous version's lines are now. */
export interface EditedSections {
  /** by section of `document` (sectionsOf: before the first FROM, then each stage) */
  sections: readonly SectionEdit[];
  /** a 0-based line of the previous version → its line now; undefined when the edit touched it */
  lineNow: LineMove;
}

/**
 * For each section of `document` (sectionsOf: before the first FROM, then each stage): whether the
 * edit from `previous` kept it (see the file's comment), so its reports still hold, or moved it whole,
 * so they hold with their lines moved.
 */
export function keptSections(previous: ParsedDocument, document: ParsedDocument): EditedSections {
  // the parse of `document` compared the two texts already, when it was made from `previous`
  const unchanged = editSince(document, previous) ?? unchangedText(previous.text, document.text);
  const addedLines = document.lines.lineCount - previous.lines.lineCount;
  const preambleKept = spanEdit(preambleOf(previous), preambleOf(document), unchanged, addedLines) === 'kept';
  const sections: SectionEdit[] = [preambleKept ? 'kept' : undefined];
  for (const stage of document.stages) {
    const before = previous.stages[stage.index];
    const edit =
      preambleKept && before !== undefined && sameStage(before, stage) && stage.dependsOn.every((other) => other < stage.index && sections[other + 1] !== undefined)
        ? spanEdit(spanOf(previous, before.index), spanOf(document, stage.index), unchanged, addedLines)
        : undefined;
    sections.push(edit);
  }
  return { sections, lineNow: lineMove(previous, unchanged, addedLines) };
}

/** Where the previous version's lines are now: the same before the edit, `addedLines` further from after it on; undefined for a line it touched. */
function lineMove(previous: ParsedDocument, unchanged: UnchangedText, addedLines: number): LineMove {
  const afterFrom = unchanged.afterFrom - unchanged.added;
  const { lines } = previous;
  return (line) => {
    if (line < 0 || line >= lines.lineCount) return undefined;
    if (lines.lineStart(line) >= afterFrom) return line + addedLines;
    const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : previous.text.length;
    return end <= unchanged.before ? line : undefined;
  };
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

/** The span is the same text: at the same lines (before the edit, or after it with as many lines as before), or moved by lines added or removed above it. */
function spanEdit(before: Span, now: Span, unchanged: UnchangedText, addedLines: number): SectionEdit {
  if (now.to <= unchanged.before) return before.from === now.from && before.to === now.to ? 'kept' : undefined;
  if (now.from < unchanged.afterFrom || before.from !== now.from - unchanged.added || before.to !== now.to - unchanged.added) return undefined;
  return addedLines === 0 ? 'kept' : 'moved';
}
