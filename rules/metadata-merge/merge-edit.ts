import { continuationIndent, isLintDirectiveLine, ok, refuse, refusedAt, type FixOutcome, type Instruction, type LineIndex, type ParsedDocument, type TextEdit } from '@dflint/core/rule-kit';
import { writtenPairs } from './pairs';

interface Item {
  /** the document line it comes from, for ordering */
  line: number;
  text: string;
  isPair: boolean;
}

/**
 * One edit that turns a group of consecutive LABELs (or ENVs) into one instruction, one pair
 * per continuation line, in order, each word as written. Comment lines between and inside the
 * instructions stay, as comment lines inside the continuation (Docker skips them there); blank
 * lines go. Refused, with the reason, when the group cannot be merged with certainty.
 */
export function mergeMetadataEdit(document: ParsedDocument, group: readonly Instruction[]): FixOutcome<TextEdit> {
  const { lines } = document;
  const escape = document.escapeChar;
  const items: Item[] = [];
  let previousEnd = group[0].range.start.line - 1;
  for (const instruction of group) {
    const at = `line ${instruction.range.start.line + 1}`;
    if (lines.lineText(instruction.range.end.line).trimEnd().endsWith(escape)) return refuse(`${at}: a continuation runs past the end of the instruction`);
    const pairs = refusedAt(at, writtenPairs(instruction, escape));
    if (!pairs.ok) return pairs;
    const placed = pairs.value.map((pair): Item => ({ ...pair, isPair: true }));
    const comments = commentLines(lines, previousEnd + 1, instruction.range.end.line);
    // moved into one instruction, a directive would point somewhere else
    const directive = comments.find((comment) => isLintDirectiveLine(comment.text));
    if (directive) return refuse(`line ${directive.line + 1} is a lint directive comment`);
    items.push(...sortedByLine(placed, comments));
    previousEnd = instruction.range.end.line;
  }
  // a comment cannot stand on the keyword's line, nor end the instruction
  const first = items.findIndex((item) => item.isPair);
  if (first > 0) items.unshift(...items.splice(first, 1));
  if (!items[items.length - 1].isPair) return refuse('a comment ends the group');

  const indent = continuationIndent(document);
  const keyword = lines.textIn(group[0].keywordRange);
  let merged = `${keyword} ${items[0].text}`;
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1].isPair) merged += ` ${escape}`;
    merged += `\n${indent}${items[i].text}`;
  }
  return ok({ range: { start: group[0].range.start, end: group[group.length - 1].range.end }, newText: merged });
}

/** Comment lines from `from` to `to` (inclusive), trimmed. */
function commentLines(lines: LineIndex, from: number, to: number): Item[] {
  const comments: Item[] = [];
  for (let line = from; line <= to; line++) {
    const trimmed = lines.lineText(line).trim();
    if (trimmed.startsWith('#')) comments.push({ line, text: trimmed, isPair: false });
  }
  return comments;
}

/** Pairs and comments in document order; a comment on a pair's line precedes it (it cannot share it). */
function sortedByLine(pairs: Item[], comments: Item[]): Item[] {
  return [...pairs, ...comments].sort((a, b) => a.line - b.line || Number(a.isPair) - Number(b.isPair));
}
