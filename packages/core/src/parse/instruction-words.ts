/** A whitespace-separated word of an instruction's logical text. */
export interface Word {
  /** as Docker reads it: quotes removed, escapes resolved (an escaped `$` keeps its escape) */
  value: string;
  /** exactly as written */
  raw: string;
  /** offsets into the logical text, `end` exclusive */
  start: number;
  end: number;
}

/**
 * Splits on blanks outside quotes, as BuildKit splits ENV, LABEL and ARG (it splits COPY, ADD
 * and FROM on blanks alone, but a quoted blank there is rare and reads better as one word).
 * Inside single quotes everything is literal; the escape char escapes the next char outside
 * quotes, and `"`, itself or `$` inside double quotes. A quote never closed is a plain char.
 */
export function splitWords(text: string, escapeChar: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (isBlank(text[i])) {
      i++;
      continue;
    }
    const word = readWord(text, i, escapeChar);
    words.push(word);
    i = word.end;
  }
  return words;
}

function readWord(text: string, start: number, escapeChar: string): Word {
  let value = '';
  let quote: string | null = null;
  // where the open quote started, to read it as a plain char if it is never closed
  let quoteStart = { at: -1, value: '' };
  let i = start;
  while (i < text.length || quote !== null) {
    if (i >= text.length) {
      value = quoteStart.value + text[quoteStart.at];
      i = quoteStart.at + 1;
      quote = null;
      continue;
    }
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else value += ch;
      i++;
    } else if (ch === escapeChar && i + 1 < text.length) {
      value += escapedValue(ch, text[i + 1], quote !== null);
      i += 2;
    } else if (ch === '"' || ch === "'") {
      if (quote === null) {
        quote = ch;
        quoteStart = { at: i, value };
      } else if (quote === ch) quote = null;
      else value += ch;
      i++;
    } else if (quote === null && isBlank(ch)) {
      break;
    } else {
      value += ch;
      i++;
    }
  }
  return { value, raw: text.slice(start, i), start, end: i };
}

function escapedValue(escapeChar: string, next: string, inDoubleQuotes: boolean): string {
  if (next === '$') return escapeChar + next;
  if (!inDoubleQuotes || next === '"' || next === escapeChar) return next;
  return escapeChar + next;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
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
  return { flags: words.slice(0, count), rest: words.slice(count) };
}

export function flagNameAndValue(word: Word): { name: string; value: string | null } {
  const text = word.value.slice(2);
  const equals = text.indexOf('=');
  return equals === -1 ? { name: text, value: null } : { name: text.slice(0, equals), value: text.slice(equals + 1) };
}
