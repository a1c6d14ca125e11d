/** Go's unicode.IsSpace, which BuildKit uses to split ENV and LABEL arguments into words. */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export function isDockerSpace(ch: string): boolean {
  return SPACE.test(ch);
}

export interface DockerWords {
  /** each word exactly as written (quotes and escapes kept) */
  words: string[];
  /** the text ended inside a quote: BuildKit keeps the open quote in the last word */
  openQuote: boolean;
  /** the text ended with the escape char, which BuildKit drops */
  trailingEscape: boolean;
}

/**
 * BuildKit's `parseWords` (frontend/dockerfile/parser/line_parsers.go): splits on blanks
 * outside quotes; the escape char keeps the next char in the word, except inside single quotes.
 */
export function dockerWords(text: string, escapeChar: string): DockerWords {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | null = null;
  let trailingEscape = false;
  // a quoted empty string ("") is still a word
  let blankOK = false;
  const end = () => {
    if (blankOK || word.length > 0) words.push(word);
    word = '';
    blankOK = false;
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!inWord && quote === null) {
      if (isDockerSpace(ch)) continue;
      inWord = true;
    }
    if (quote === null) {
      if (isDockerSpace(ch)) {
        end();
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
      } else if (ch === escapeChar) {
        if (i + 1 === text.length) {
          trailingEscape = true;
          continue;
        }
        word += ch;
        i++;
      }
      word += text[i];
      continue;
    }
    if (ch === quote) quote = null;
    else if (ch === escapeChar && quote !== "'") {
      if (i + 1 === text.length) {
        trailingEscape = true;
        quote = null;
        continue;
      }
      word += ch;
      i++;
    }
    word += text[i];
  }
  const openQuote = quote !== null;
  if (inWord || openQuote) end();
  return { words, openQuote, trailingEscape };
}
