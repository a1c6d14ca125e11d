/**
 * Text that, inside a Dockerfile double-quoted word, reads back as `literal`: BuildKit's shell
 * lexer treats the escape char before `"`, `$` or itself as an escape there, and keeps it
 * before anything else.
 */
export function quotedLiteral(literal: string, escapeChar: string): string {
  let out = '';
  for (const ch of literal) out += ch === '"' || ch === '$' || ch === escapeChar ? escapeChar + ch : ch;
  return out;
}

/** `"…"`: a double-quoted Dockerfile word whose value is exactly `literal`, with no expansion. */
export function doubleQuoted(literal: string, escapeChar: string): string {
  return `"${quotedLiteral(literal, escapeChar)}"`;
}

/**
 * The value of a legacy `ENV key value` (everything after the key, which BuildKit's lexer reads
 * as one word: quotes removed, escapes resolved, `$` expanded) rewritten as one double-quoted
 * word that reads back the same. Undefined when the value holds anything this cannot carry over
 * with certainty (an unclosed quote, a trailing escape, a `$` form other than `$name` or a
 * `${name…}` without quotes or escapes inside).
 */
export function requoteLegacyValue(value: string, escapeChar: string): string | undefined {
  let out = '';
  let inDouble = false;
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (ch === "'" && !inDouble) {
      const close = value.indexOf("'", i + 1);
      if (close < 0) return undefined;
      out += quotedLiteral(value.slice(i + 1, close), escapeChar);
      i = close + 1;
    } else if (ch === '"') {
      inDouble = !inDouble;
      i++;
    } else if (ch === '$') {
      const expansion = expansionAt(value, i, escapeChar);
      if (!expansion) return undefined;
      out += expansion.text;
      i = expansion.end;
    } else if (ch === escapeChar) {
      const next = value[i + 1];
      if (next === undefined) return undefined;
      // unquoted, the escape makes any char literal; inside "…" only ", $ and itself
      const escapes = !inDouble || next === '"' || next === '$' || next === escapeChar;
      out += quotedLiteral(escapes ? next : ch, escapeChar);
      i += escapes ? 2 : 1;
    } else {
      out += quotedLiteral(ch, escapeChar);
      i++;
    }
  }
  return inDouble ? undefined : `"${out}"`;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** what BuildKit's processName reads after a `$`: digits, one special parameter, or a name */
const PARAMETER = /^(?:\p{Nd}+|[@*#?\-$!]|[\p{L}\p{Nd}_]*)/u;

/**
 * `$name` as `${name}` (so no char after it can join the name), or a `${…}` as written:
 * BuildKit reads `${…}` the same inside and outside double quotes.
 */
function expansionAt(value: string, at: number, escapeChar: string): { text: string; end: number } | undefined {
  if (value[at + 1] === '{') {
    const end = braceEnd(value, at, escapeChar);
    return end === undefined ? undefined : { text: value.slice(at, end), end };
  }
  const name = NAME.exec(value.slice(at + 1))?.[0];
  if (!name) return undefined;
  const end = at + 1 + name.length;
  // BuildKit reads any Unicode letter or digit as part of a name
  if (end < value.length && value.charCodeAt(end) > 0x7f) return undefined;
  return { text: `\${${name}}`, end };
}

/**
 * Where the `${…}` at `at` ends, found as BuildKit's lexer finds it: the first `}` that is not
 * part of a nested `$…`. Undefined when it holds quotes or escapes (not worth the risk).
 */
function braceEnd(value: string, at: number, escapeChar: string): number | undefined {
  if (!NAME.test(value.slice(at + 2))) return undefined;
  let i = at + 2;
  while (i < value.length) {
    const ch = value[i];
    if (ch === '}') return i + 1;
    if (ch === '"' || ch === "'" || ch === '{' || ch === escapeChar) return undefined;
    if (ch === '$' && value[i + 1] === '{') {
      const end = braceEnd(value, i, escapeChar);
      if (end === undefined) return undefined;
      i = end;
    } else if (ch === '$') {
      i += 1 + PARAMETER.exec(value.slice(i + 1))![0].length;
    } else {
      i++;
    }
  }
  return undefined;
}
