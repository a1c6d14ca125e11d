/** A string of an exec-form JSON array; offsets into the logical text, quotes included. */
export interface JsonString {
  value: string;
  start: number;
  end: number;
}

export interface JsonArray {
  strings: JsonString[];
  /** offsets of the opening and (one past) the closing bracket */
  start: number;
  end: number;
}

/**
 * Reads `text` from `from` to its end as BuildKit does: exec form only when the whole rest is
 * a JSON array of strings; anything else (`['a']`, an unterminated array) is shell form.
 * The text is sliced and `JSON.parse`d because dockerfile-ast's `getJSONValue()` drops
 * spaces inside the strings.
 */
export function parseJsonArray(text: string, from: number): JsonArray | null {
  const start = skipBlanksForward(text, from);
  const end = skipBlanksBackward(text, text.length);
  if (text[start] !== '[' || text[end - 1] !== ']') return null;
  if (!isArrayOfStrings(text.slice(start, end))) return null;
  return { strings: stringTokens(text, start + 1, end - 1), start, end };
}

/**
 * A well-formed JSON array holding something other than strings (`CMD ["a", 1]`): BuildKit
 * rejects it ("arrays must be comprised of strings only") instead of reading shell form.
 */
export function isJsonArrayOfNonStrings(text: string, from: number): boolean {
  const start = skipBlanksForward(text, from);
  if (text[start] !== '[') return false;
  try {
    const parsed: unknown = JSON.parse(text.slice(start));
    return Array.isArray(parsed) && parsed.some((item) => typeof item !== 'string');
  } catch {
    return false;
  }
}

function isArrayOfStrings(json: string): boolean {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

/** The string tokens between the brackets of an array already known to hold only strings. */
function stringTokens(text: string, from: number, to: number): JsonString[] {
  const strings: JsonString[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '"') continue;
    const close = closingQuote(text, i);
    const token = text.slice(i, close + 1);
    strings.push({ value: JSON.parse(token) as string, start: i, end: close + 1 });
    i = close;
  }
  return strings;
}

function closingQuote(text: string, open: number): number {
  let i = open + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

function skipBlanksForward(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function skipBlanksBackward(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}
