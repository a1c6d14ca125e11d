import type { Instruction } from '@dflint/core';
import { requoteLegacyValue } from '../docker-quote';
import { dockerWords, isDockerSpace } from './docker-words';

/** One `key=value` word of a LABEL or ENV, as it can be written in a merged instruction. */
export interface Pair {
  key: string;
  /** the word as written, or a legacy `ENV key value` rewritten as `key="value"` */
  text: string;
}

/** The legacy form splits off the key at the first run of these (BuildKit's reWhitespace). */
const LEGACY_KEY_END = /[\t\v\f\r ]+/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The pairs of a LABEL or ENV, read the way BuildKit's `parseNameVal` reads them, or why they
 * cannot be carried into a merged instruction unchanged.
 */
export function readPairs(instruction: Instruction, escapeChar: string): Pair[] | string {
  const text = instruction.argsText;
  if (text.length === 0 || isDockerSpace(text[0]) || isDockerSpace(text[text.length - 1])) return 'its arguments cannot be read';
  const { words, openQuote, trailingEscape } = dockerWords(text, escapeChar);
  if (openQuote) return 'a quote is not closed';
  if (trailingEscape || words.length === 0) return 'its arguments cannot be read';
  if (!words[0].includes('=')) return legacyPair(instruction, escapeChar);
  const pairs: Pair[] = [];
  for (const word of words) {
    const equals = word.indexOf('=');
    if (equals <= 0) return `\`${word}\` is not a key=value pair`;
    pairs.push({ key: word.slice(0, equals), text: word });
  }
  return pairs;
}

/** `ENV key value`: one pair whose value is the rest of the line. */
function legacyPair(instruction: Instruction, escapeChar: string): Pair[] | string {
  if (instruction.keyword !== 'ENV') return `the \`${instruction.keyword} key value\` form without = is not rewritten`;
  const split = LEGACY_KEY_END.exec(instruction.argsText);
  if (!split) return 'ENV needs a value';
  const key = instruction.argsText.slice(0, split.index);
  const value = instruction.argsText.slice(split.index + split[0].length);
  if (!ENV_NAME.test(key)) return `\`${key}\` is not a plain variable name`;
  const quoted = requoteLegacyValue(value, escapeChar);
  if (quoted === undefined) return `the value of ${key} cannot be requoted with certainty`;
  return [{ key, text: `${key}=${quoted}` }];
}

/**
 * The keys an ENV sets, best effort and without failing (for spotting references): the first
 * word of the legacy form, else what stands before `=` in each word, quotes dropped.
 */
export function envKeys(instruction: Instruction, escapeChar: string): string[] {
  const { words } = dockerWords(instruction.argsText, escapeChar);
  if (words.length === 0) return [];
  const keys = words[0].includes('=') ? words.filter((word) => word.includes('=')).map((word) => word.slice(0, word.indexOf('='))) : [words[0]];
  return keys.map((key) => key.replace(/["']/g, '')).filter((key) => key !== '');
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
