import { isDockerSpace, ok, refuse, type FixOutcome, type Instruction } from '@dflint/core/rule-kit';
import { requoteLegacyValue } from '../docker-quote';

/** One `key=value` of a LABEL or ENV as it can be written in a merged instruction. */
export interface WrittenPair {
  /** the word as written, or a legacy `ENV key value` rewritten as `key="value"` */
  text: string;
  /** the document line it starts on */
  line: number;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The instruction's pairs (as core read them, the way BuildKit does), or why they cannot be carried into a merged instruction unchanged. */
export function writtenPairs(instruction: Instruction, escapeChar: string): FixOutcome<WrittenPair[]> {
  const text = instruction.argsText;
  const pairs = instruction.pairs ?? [];
  if (text.length === 0 || isDockerSpace(text[0]) || isDockerSpace(text[text.length - 1]) || pairs.length === 0) return refuse('its arguments cannot be read');
  const unterminated = pairs[pairs.length - 1].unterminated;
  if (unterminated === 'quote') return refuse('a quote is not closed');
  if (unterminated === 'escape') return refuse('its arguments cannot be read');
  const [first] = pairs;
  if (first.legacy) {
    if (instruction.keyword !== 'ENV') return refuse(`the \`${instruction.keyword} key value\` form without = is not rewritten`);
    if (first.rawValue === undefined) return refuse('ENV needs a value');
    if (!ENV_NAME.test(first.key)) return refuse(`\`${first.key}\` is not a plain variable name`);
    const quoted = requoteLegacyValue(first.rawValue, escapeChar);
    if (quoted === undefined) return refuse(`the value of ${first.key} cannot be requoted with certainty`);
    return ok([{ text: `${first.key}=${quoted}`, line: first.range.start.line }]);
  }
  const malformed = pairs.find((pair) => pair.raw.indexOf('=') <= 0);
  if (malformed) return refuse(`\`${malformed.raw}\` is not a key=value pair`);
  return ok(pairs.map((pair) => ({ text: pair.raw, line: pair.range.start.line })));
}

/** The keys an ENV sets (for spotting references), quotes removed. */
export function envKeys(instruction: Instruction): string[] {
  return (instruction.pairs ?? []).map((pair) => pair.key).filter((key) => key !== '');
}

/**
 * Whether the instruction mentions `$key` or `${key…}` for one of the keys. Escaped or
 * single-quoted mentions count too, and names compare without case (as on Windows): a false
 * positive only keeps two ENVs apart.
 */
export function mentionsAny(instruction: Instruction, keys: Iterable<string>): boolean {
  for (const key of keys) {
    const pattern = new RegExp(`\\$\\{?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`, 'i');
    if (pattern.test(instruction.argsText)) return true;
  }
  return false;
}
