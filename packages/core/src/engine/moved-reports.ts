import { movedMarks, unmarkedReport, type LineMove } from './line-mentions';
import type { Position, Range } from '../parse/types';
import type { RelatedLocation, Report } from './rule';
import { StageResult } from './stage-reports';
import type { StageLayers } from '../layers/types';
import type { LAYERS_UNREAD } from './stage-rule';

/**
 * A moved section's result (see stage-reports.ts) with every position and marked line of its
 * reports where it is now; undefined when one cannot be moved (a report names a line otherwise, or
 * one the edit touched: a report on another section's line). A fix built at once holds the old
 * positions: the moved report's fix is built, when wanted, as a lazy one is (by checking again).
 */
export function movedResult(result: StageResult, lineNow: LineMove, layers: StageLayers | undefined | typeof LAYERS_UNREAD): StageResult | undefined {
  if (!result.marked) return undefined;
  const marked: Report[] = [];
  let lazyFixes = result.lazyFixes;
  for (let place = 0; place < result.marked.length; place++) {
    const report = result.marked[place];
    const moved = movedReport(report, lineNow);
    if (!moved) return undefined;
    if (moved.fix === undefined) marked.push(moved);
    else {
      marked.push(withoutFix(moved));
      lazyFixes = [...lazyFixes, place].sort((a, b) => a - b);
    }
  }
  return new StageResult(marked.map(unmarkedReport), lazyFixes, layers, result.optionsKey, result.documentFacts, marked);
}

function movedReport(report: Report, lineNow: LineMove): Report | undefined {
  const range = movedRange(report.range, lineNow);
  const message = range && movedMarks(report.message, lineNow);
  if (message === undefined) return undefined;
  let related: RelatedLocation[] | undefined;
  for (const each of report.related ?? []) {
    const relatedRange = movedRange(each.range, lineNow);
    const relatedMessage = relatedRange && movedMarks(each.message, lineNow);
    if (relatedMessage === undefined) return undefined;
    (related ??= []).push({ range: relatedRange!, message: relatedMessage });
  }
  return { ...report, range: range!, message, ...(related && { related }) };
}

function movedRange(range: Range, move: LineMove): Range | undefined {
  const start = movedPosition(range.start, move);
  const end = start && movedPosition(range.end, move);
  return end && (start === range.start && end === range.end ? range : { start: start!, end });
}

function movedPosition(position: Position, move: LineMove): Position | undefined {
  const line = move(position.line);
  return line === undefined ? undefined : line === position.line ? position : { line, character: position.character };
}

/** The report without its fix; every other field is named, so a field added to Report must be added here. */
export function withoutFix({ range, message, severity, wastedBytes, related, aliases }: Report): { [Field in keyof Required<Omit<Report, 'fix'>>]: Report[Field] } {
  return { range, message, severity, wastedBytes, related, aliases };
}
