import { instructionsWithTriggers, type Instruction, type Pair, type ParsedDocument, type Range } from '@dflint/core/rule-kit';

// The LABEL pairs the label rules (invalid-label-key, label-schema) check, with where each key is written.

export interface LabelPair {
  /** the LABEL (or ONBUILD LABEL trigger) that sets it */
  instruction: Instruction;
  pair: Pair;
  key: string;
  /** undefined for `LABEL key` without a value (BuildKit rejects it) */
  value?: string;
  /** the key as written (quotes included), for ranges */
  keyRange: Range;
}

/** Every label a LABEL sets, in order; ONBUILD LABEL triggers too when `triggers`. */
export function labelPairs(document: ParsedDocument, triggers: boolean): LabelPair[] {
  const labels = triggers ? instructionsWithTriggers(document, 'LABEL').map((checked) => checked.instruction) : document.instructions.filter((i) => i.keyword === 'LABEL');
  return labels.flatMap((instruction) => (instruction.pairs ?? []).map((pair) => ({ instruction, pair, key: pair.key, value: pair.value, keyRange: keyRange(document, pair) })));
}

/** The LABEL pairs grouped by the instruction that sets them, in document order. */
export function byInstruction(labels: readonly LabelPair[]): LabelPair[][] {
  const groups = new Map<Instruction, LabelPair[]>();
  for (const label of labels) groups.set(label.instruction, [...(groups.get(label.instruction) ?? []), label]);
  return [...groups.values()];
}

/** From the first pair's key to the last's: where one finding about several labels of a LABEL points. */
export function spanOf(labels: readonly LabelPair[], whole = false): Range {
  const first = labels[0];
  const last = labels[labels.length - 1];
  return { start: first.keyRange.start, end: whole ? last.pair.range.end : last.keyRange.end };
}

/** `'a'`, `'a', 'b'`: the keys, quoted for a message. */
export function quotedKeys(labels: readonly { key: string }[]): string {
  return [...new Set(labels.map((label) => `'${label.key}'`))].join(', ');
}

function keyRange(document: ParsedDocument, pair: Pair): Range {
  // `key=value` (the first unquoted = ends the key; keys rarely quote one) or legacy `key value`
  const length = pair.legacy ? /^\S*/.exec(pair.raw)![0].length : Math.max(pair.raw.indexOf('='), 0) || pair.raw.length;
  const start = document.lines.offsetAt(pair.range.start);
  return document.lines.rangeOf(start, start + length);
}
