// What lane C3's variable rules (env-self-reference, undefined-var) share: where a word written in
// an ENV, ARG, LABEL, COPY, … refers to a variable, read as BuildKit's shell lexer (shell/lex.go)
// reads it, and where such a word sits in the document.
import type { Pair, Range } from '@dflint/core/rule-kit';

export interface VariableReference {
  name: string;
  /** offsets into the text scanned, `end` exclusive: the whole `$name` / `${name…}` */
  start: number;
  end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * The variables a word refers to, in order, nested ones (`${A:-$B}`) included. `quotes`: the
 * word is raw (single quotes make their text literal); an escaped `$` is never a reference.
 */
export function variableReferences(text: string, escapeChar: string, quotes = true): VariableReference[] {
  const found: VariableReference[] = [];
  if (!text.includes('$')) return found;
  let inDouble = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === escapeChar) {
      i++;
    } else if (quotes && ch === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      if (close === -1) break;
      i = close;
    } else if (quotes && ch === '"') {
      inDouble = !inDouble;
    } else if (ch === '$') {
      const reference = referenceAt(text, i);
      if (!reference) continue;
      found.push(reference);
      // a braced reference's word is scanned on: `${A:-$B}` refers to B too
      if (text[i + 1] !== '{') i = reference.end - 1;
      else i += 1 + reference.name.length;
    }
  }
  return found;
}

function referenceAt(text: string, at: number): VariableReference | undefined {
  const braced = text[at + 1] === '{';
  const nameStart = at + (braced ? 2 : 1);
  if (!NAME_START.test(text[nameStart] ?? '')) return undefined;
  let end = nameStart + 1;
  while (end < text.length && NAME_CHAR.test(text[end])) end++;
  const name = text.slice(nameStart, end);
  if (!braced) return { name, start: at, end };
  return { name, start: at, end: closingBrace(text, end) };
}

/** Just past the `}` that closes a `${` (nested `${…}` skipped), or the end of the text. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * The document range of `[start, end)` of a pair's raw word (`raw` offsets): exact when the pair
 * sits on one line, else the whole pair (a continuation breaks the word across lines).
 */
export function rangeInPair(pair: Pair, start: number, end: number): Range {
  const { range } = pair;
  if (range.start.line !== range.end.line || range.end.character - range.start.character !== pair.raw.length) return range;
  return { start: { line: range.start.line, character: range.start.character + start }, end: { line: range.start.line, character: range.start.character + end } };
}

/** Where a pair's value starts in its raw word (after `key=`, or after the key and blanks of the legacy form). */
export function valueOffset(pair: Pair): number {
  if (pair.rawValue === undefined) return pair.raw.length;
  return pair.raw.length - pair.rawValue.length;
}
