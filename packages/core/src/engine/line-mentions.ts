import type { Range } from '../parse/types';
import type { RelatedLocation, Report } from './rule';

// A stage rule names a line in a message through its context's mentionLine. On an editor's stage
// by stage checks the mention is marked in the text the rule reports (a control char each side of
// the 0-based line), and the engine reports the text without the marks. The marked text is kept:
// when an edit above a stage moves its lines, its reports are replayed with every position and
// marked line moved too (moved-reports.ts), instead of checking the stage again. The marks are
// Latin-1 chars: a text with a char beyond it is stored at two bytes a char, and so would every
// message made from it be (posted to the editor's main thread, written as JSON). A document that
// holds the opening mark itself is not marked (marksLines).

const OPEN = '\x01';
const CLOSE = '\x02';
const MARKED = /\x01(\d+)\x02/g;

/** Whether a document's line mentions can be marked: its text holds no mark that a rule could quote into a message. */
export function marksLines(text: string): boolean {
  return !text.includes(OPEN);
}

/** The 1-based line of the range's start, as a message names it. */
export function lineMention(range: Range): string {
  return String(range.start.line + 1);
}

/** lineMention, marked (see the file's comment). */
export function markedLineMention(range: Range): string {
  return `${OPEN}${range.start.line}${CLOSE}`;
}

/** A 0-based line → the line it is now, or undefined when an edit touched it. */
export type LineMove = (line: number) => number | undefined;

/** The text with each marked line as its 1-based number. */
export function unmarkedText(text: string): string {
  return text.includes(OPEN) ? text.replace(MARKED, (_all, line: string) => String(Number(line) + 1)) : text;
}

/** The text with each marked line moved as `move` says, still marked; undefined when one cannot be. */
export function movedMarks(text: string, move: LineMove): string | undefined {
  if (!text.includes(OPEN)) return text;
  let lost = false;
  const moved = text.replace(MARKED, (_all, line: string) => {
    const now = move(Number(line));
    if (now === undefined) lost = true;
    return `${OPEN}${now}${CLOSE}`;
  });
  return lost ? undefined : moved;
}

/** Whether a report's texts (message, related messages) hold a marked line. */
export function hasMarks(report: Report): boolean {
  return report.message.includes(OPEN) || (report.related?.some((each) => each.message.includes(OPEN)) ?? false);
}

/** The report as the engine reports it: its marked lines as numbers (the same object when it has none). */
export function unmarkedReport(report: Report): Report {
  if (!hasMarks(report)) return report;
  return { ...report, message: unmarkedText(report.message), ...(report.related && { related: unmarkedRelated(report.related) }) };
}

function unmarkedRelated(locations: readonly RelatedLocation[]): RelatedLocation[] {
  // pushed, not mapped: a mapped array may be holey, which a worker posts as a sparse one, slower both ends
  const unmarked: RelatedLocation[] = [];
  for (const each of locations) unmarked.push({ ...each, message: unmarkedText(each.message) });
  return unmarked;
}

// A line named in text other than through mentionLine (`line 12`, `lines 3 and 4`): a report that
// holds one cannot be moved (its text would name the old line), so its stage is checked again.
const UNMARKED_LINE = /\blines? \d/;

/** Whether moving the report's lines moves all it says: it names lines only through mentionLine. */
export function movableReport(report: Report): boolean {
  if (UNMARKED_LINE.test(report.message)) return false;
  if (report.related?.some((each) => UNMARKED_LINE.test(each.message))) return false;
  return report.wastedBytes === undefined || !UNMARKED_LINE.test(JSON.stringify(report.wastedBytes));
}
