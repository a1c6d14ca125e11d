import { unquote } from './pairs';

/** A whitespace-separated word of an instruction's logical text. */
export interface Word {
  /** as Docker reads it: quotes removed, escapes resolved (see ./pairs unquote) */
  value: string;
  /** exactly as written */
  raw: string;
  /** offsets into the logical text, `end` exclusive */
  start: number;
  end: number;
}

/**
 * Splits on blanks (space, tab) outside quotes, the instruction's `args`. ENV, LABEL and ARG are
 * read again by ./pairs as BuildKit's parseWords reads them (any Unicode blank, an unclosed quote
 * running to the end); COPY, ADD and FROM BuildKit splits on blanks alone, but a quoted blank
 * there is rare and reads better as one word. A quote never closed is a plain char.
 */
export function splitWords(text: string, escapeChar: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (isBlank(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, escapeChar);
    const raw = text.slice(i, end);
    words.push({ value: unquote(raw, escapeChar), raw, start: i, end });
    i = end;
  }
  return words;
}

const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const NO_QUOTE = 0;

/**
 * Where the word starting at `start` ends: at a blank outside quotes, escaped blanks kept.
 * Char codes and no destructuring: this reads every char of every instruction, mostly before
 * V8 has optimised it, when a one-char string or a swap array is an allocation.
 */
function wordEnd(text: string, start: number, escapeChar: string): number {
  const escape = escapeChar.charCodeAt(0);
  let quote = NO_QUOTE;
  let quoteAt = -1;
  let i = start;
  while (i < text.length || quote !== NO_QUOTE) {
    if (i >= text.length) {
      // never closed: the quote was a plain char
      i = quoteAt + 1;
      quote = NO_QUOTE;
      continue;
    }
    const ch = text.charCodeAt(i);
    if (quote === SINGLE_QUOTE) {
      if (ch === SINGLE_QUOTE) quote = NO_QUOTE;
      i++;
    } else if (ch === escape && i + 1 < text.length) {
      i += 2;
    } else if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) {
      if (quote === NO_QUOTE) {
        quote = ch;
        quoteAt = i;
      } else if (quote === ch) {
        quote = NO_QUOTE;
      }
      i++;
    } else if (quote === NO_QUOTE && isBlank(ch)) {
      break;
    } else {
      i++;
    }
  }
  return i;
}

/** space or tab */
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * BuildKit reads leading `--name[=value]` words as flags on every instruction; a bare `--`
 * ends them and is dropped.
 */
export function splitFlags(words: Word[]): { flags: Word[]; rest: Word[] } {
  let count = 0;
  while (count < words.length && words[count].raw.startsWith('--')) {
    if (words[count].raw === '--') return { flags: words.slice(0, count), rest: words.slice(count + 1) };
    count++;
  }
  // no flags (most instructions): the words themselves, not a copy
  return count === 0 ? { flags: [], rest: words } : { flags: words.slice(0, count), rest: words.slice(count) };
}

export function flagNameAndValue(word: Word): { name: string; value: string | null } {
  const text = word.value.slice(2);
  const equals = text.indexOf('=');
  return equals === -1 ? { name: text, value: null } : { name: text.slice(0, equals), value: text.slice(equals + 1) };
}
