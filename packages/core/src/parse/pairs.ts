// ENV, LABEL and ARG read the way BuildKit reads them (frontend/dockerfile/parser/line_parsers.go
// parseWords + parseNameVal / parseNameOrNameVal, then the shell lexer's quote removal). The only
// place that splits these instructions into keys and values.

/** Go's unicode.IsSpace, which BuildKit's parseWords splits on. */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** the legacy `ENV key value` splits off the key at the first run of these (BuildKit's reWhitespace) */
const LEGACY_KEY_END = /[\t\v\f\r ]+/;

export function isDockerSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // printable ASCII, the common case, without a regex
  if (code > 32 && code < 127) return false;
  return SPACE.test(ch);
}

/** A word as BuildKit's parseWords cuts it: quotes and escapes kept. */
export interface RawWord {
  raw: string;
  /** offsets into the text split, `end` exclusive */
  start: number;
  end: number;
  /** the text ended inside this word's quote (BuildKit keeps the open quote in the word) */
  openQuote?: true;
}

export interface RawWords {
  words: RawWord[];
  /** the text ended with the escape char, which BuildKit drops */
  trailingEscape: boolean;
}

/**
 * BuildKit's parseWords: splits on blanks outside quotes; the escape char keeps the next char in
 * the word, except inside single quotes; a quoted empty string is still a word.
 */
export function splitRawWords(text: string, escapeChar: string): RawWords {
  const words: RawWord[] = [];
  let trailingEscape = false;
  let i = 0;
  while (i < text.length) {
    if (isDockerSpace(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let quote: string | null = null;
    let quoted = false;
    let droppedEscape = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quote === null && isDockerSpace(ch)) break;
      if (ch === escapeChar && quote !== "'") {
        if (i + 1 === text.length) {
          trailingEscape = droppedEscape = true;
          quote = null;
          continue;
        }
        i++;
        continue;
      }
      if (quote === null && (ch === '"' || ch === "'")) [quote, quoted] = [ch, true];
      else if (ch === quote) quote = null;
    }
    // sliced, not built char by char: a 5 MB word must not make millions of strings
    const raw = text.slice(start, droppedEscape ? i - 1 : i);
    // two literals, not a spread of `{ openQuote }`: V8 copies a spread on a slow path, for every word
    if (raw.length > 0 || quoted) words.push(quote !== null ? { raw, start, end: i, openQuote: true } : { raw, start, end: i });
  }
  return { words, trailingEscape };
}

/**
 * What the shell lexer makes of a word before expanding variables: quotes removed, escapes
 * resolved. An escaped `$` keeps its escape, so an expansion still knows it is literal; a quote
 * never closed stays a plain char.
 */
export function unquote(raw: string, escapeChar: string): string {
  // most words have nothing to remove: no copy
  if (!hasQuoteOrEscape(raw, escapeChar)) return raw;
  // the value so far, built by concatenation (no parts array, no closure per word); raw[runStart, i) is still to be copied as it is
  let value = '';
  let runStart = 0;
  let quote: string | null = null;
  let quoteAt = -1;
  let valueAtQuote = 0;
  for (let i = 0; i < raw.length || quote !== null; i++) {
    if (i >= raw.length) {
      // never closed: read it again as a plain char
      value = value.slice(0, valueAtQuote);
      runStart = quoteAt;
      i = quoteAt;
      quote = null;
      continue;
    }
    const ch = raw[i];
    if (quote === "'") {
      if (ch === "'") {
        value += raw.slice(runStart, i);
        runStart = i + 1;
        quote = null;
      }
    } else if (ch === escapeChar && i + 1 < raw.length) {
      const next = raw[++i];
      const keepsEscape = next === '$' || (quote === '"' && next !== '"' && next !== escapeChar);
      if (!keepsEscape) {
        // the escape char goes, the char it escapes starts the next run
        value += raw.slice(runStart, i - 1);
        runStart = i;
      }
    } else if (ch === '"' || ch === "'") {
      if (quote === null) {
        value += raw.slice(runStart, i);
        runStart = i + 1;
        quote = ch;
        quoteAt = i;
        valueAtQuote = value.length;
      } else if (quote === ch) {
        value += raw.slice(runStart, i);
        runStart = i + 1;
        quote = null;
      }
    }
  }
  return value + raw.slice(runStart);
}

function hasQuoteOrEscape(raw: string, escapeChar: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"' || ch === "'" || ch === escapeChar) return true;
  }
  return false;
}

/** One key (and value) of an ENV, LABEL or ARG, with offsets into the text read. */
export interface RawPair {
  /** as BuildKit stores it before expanding variables (see `unquote`) */
  key: string;
  /** as BuildKit stores it before expanding variables; undefined for an ARG without a default */
  value?: string;
  /** the word as written (`key=value`), or the whole text for the legacy `ENV key value` form */
  raw: string;
  /** the value as written, quotes and escapes kept: what variable expansion reads */
  rawValue?: string;
  start: number;
  end: number;
  /** `ENV key value` / `LABEL key value`: one pair, the value the rest of the text */
  legacy?: true;
  /** the text ended inside a quote, or with an escape char BuildKit drops: read, but oddly */
  unterminated?: 'quote' | 'escape';
  /** ENV/LABEL `word` with no `=` after the first pair: BuildKit rejects it */
  missingEquals?: true;
}

/** `text` is the instruction's argument text (after any flags); `keyword` ENV, LABEL or ARG. */
export function readRawPairs(keyword: string, text: string, escapeChar: string): RawPair[] {
  const { words, trailingEscape } = splitRawWords(text, escapeChar);
  if (words.length === 0) return [];
  const pairs =
    keyword !== 'ARG' && !words[0].raw.includes('=') ? legacyPair(text, escapeChar) : words.map((word) => wordPair(keyword, word, escapeChar));
  const last = pairs[pairs.length - 1];
  if (words[words.length - 1].openQuote) last.unterminated = 'quote';
  else if (trailingEscape) last.unterminated = 'escape';
  return pairs;
}

function wordPair(keyword: string, word: RawWord, escapeChar: string): RawPair {
  const equals = word.raw.indexOf('=');
  const place = { raw: word.raw, start: word.start, end: word.end };
  if (equals === -1) return { key: unquote(word.raw, escapeChar), ...place, ...(keyword === 'ARG' ? {} : { missingEquals: true as const }) };
  const rawValue = word.raw.slice(equals + 1);
  return { key: unquote(word.raw.slice(0, equals), escapeChar), value: unquote(rawValue, escapeChar), rawValue, ...place };
}

function legacyPair(text: string, escapeChar: string): RawPair[] {
  const split = LEGACY_KEY_END.exec(text);
  const keyRaw = split ? text.slice(0, split.index) : text;
  const rawValue = split ? text.slice(split.index + split[0].length) : undefined;
  const pair: RawPair = { key: unquote(keyRaw, escapeChar), raw: text, start: 0, end: text.length, legacy: true };
  if (rawValue !== undefined) Object.assign(pair, { value: unquote(rawValue, escapeChar), rawValue });
  return [pair];
}
