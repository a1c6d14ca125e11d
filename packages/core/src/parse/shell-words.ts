import type { PositionMapper } from './shell-positions';
import type { SyntaxNode } from './shell-syntax';
import type { ShellAssignment, ShellWord } from './shell-types';

/** What a word (or part of one) reads as after quote removal. */
interface Reading {
  value: string;
  dynamic: boolean;
  /**
   * The characters the shell sees unquoted, with every quoted or escaped character replaced
   * by QUOTED — what glob, brace and tilde expansion look at.
   */
  bare: string;
}

const QUOTED = '\u0000';

const EXPANSION_TYPES: ReadonlySet<string> = new Set([
  'simple_expansion',
  'expansion',
  'command_substitution',
  'process_substitution',
  'arithmetic_expansion',
  'brace_expression',
]);

/** Reads tree-sitter-bash word nodes into ShellWords with document ranges. */
export class WordReader {
  constructor(
    private readonly source: string,
    private readonly positions: PositionMapper,
  ) {}

  word(node: SyntaxNode): ShellWord {
    return this.joinedWord([node]);
  }

  /** Nodes that touch (no blank between them) are one shell word, e.g. `$"x"` read as `$`, `"x"`. */
  joinedWord(nodes: SyntaxNode[]): ShellWord {
    const start = nodes[0].start;
    const end = nodes[nodes.length - 1].end;
    let value = '';
    let bare = '';
    let dynamic = false;
    for (const node of nodes) {
      const reading = this.read(node);
      value += reading.value;
      bare += reading.bare;
      dynamic ||= reading.dynamic;
    }
    return {
      value,
      raw: this.source.slice(start, end),
      dynamic: dynamic || expandsUnquoted(bare),
      range: this.positions.range(start, end),
    };
  }

  assignment(node: SyntaxNode): ShellAssignment {
    const [nameNode, , valueNode] = node.children;
    return {
      name: nameNode ? this.source.slice(nameNode.start, nameNode.end) : '',
      value: valueNode ? this.word(valueNode) : undefined,
      range: this.positions.range(node.start, node.end),
    };
  }

  private read(node: SyntaxNode): Reading {
    const text = this.source.slice(node.start, node.end);
    switch (node.type) {
      case 'raw_string':
        return { value: text.slice(1, text.endsWith("'") && text.length > 1 ? -1 : undefined), dynamic: false, bare: QUOTED };
      case 'ansi_c_string':
        return { value: decodeAnsiC(text.slice(2, text.endsWith("'") && text.length > 2 ? -1 : undefined)), dynamic: false, bare: QUOTED };
      case 'string':
        return this.readDoubleQuoted(node);
      case 'concatenation':
      case 'variable_assignment':
        return this.readSequence(node.children, node.start, node.end);
      case 'regex':
        return { value: text, dynamic: false, bare: QUOTED };
    }
    if (EXPANSION_TYPES.has(node.type)) return { value: text, dynamic: true, bare: QUOTED };
    if (node.children.length === 0) return readLiteral(text);
    return { value: readLiteral(text).value, dynamic: containsExpansion(node), bare: QUOTED };
  }

  private readSequence(parts: SyntaxNode[], start: number, end: number): Reading {
    let value = '';
    let bare = '';
    let dynamic = false;
    let position = start;
    const append = (reading: Reading): void => {
      value += reading.value;
      bare += reading.bare;
      dynamic ||= reading.dynamic;
    };
    for (const part of parts) {
      if (part.start > position) append(readLiteral(this.source.slice(position, part.start)));
      append(this.read(part));
      position = part.end;
    }
    if (end > position) append(readLiteral(this.source.slice(position, end)));
    return { value, bare, dynamic };
  }

  private readDoubleQuoted(node: SyntaxNode): Reading {
    const parts = node.children;
    const closed = parts.length > 1 && parts[parts.length - 1].type === '"';
    const contentEnd = closed ? node.end - 1 : node.end;
    let value = '';
    let dynamic = false;
    let position = node.start + 1;
    for (const part of parts) {
      if (part.type === '"' || part.end > contentEnd) continue;
      if (part.start > position) value += decodeDoubleQuoted(this.source.slice(position, part.start));
      const text = this.source.slice(part.start, part.end);
      if (EXPANSION_TYPES.has(part.type)) dynamic = true;
      value += part.type === 'string_content' ? decodeDoubleQuoted(text) : text;
      position = part.end;
    }
    if (contentEnd > position) value += decodeDoubleQuoted(this.source.slice(position, contentEnd));
    return { value, dynamic, bare: QUOTED };
  }
}

/** Unquoted globbing (`* ? [..]`), brace expansion (`{a,b}`, `{1..3}`) or a leading `~`. */
function expandsUnquoted(bare: string): boolean {
  if (bare.length === 0) return false;
  return (
    bare[0] === '~' ||
    bare.includes('*') ||
    bare.includes('?') ||
    // the regexes only for a word that may match them: most have no bracket
    (bare.includes('[') && /\[.+\]/.test(bare)) ||
    (bare.includes('{') && /\{[^{}]*(?:,|\.\.)[^{}]*\}/.test(bare))
  );
}

function containsExpansion(node: SyntaxNode): boolean {
  for (const child of node.children) {
    if (EXPANSION_TYPES.has(child.type) || containsExpansion(child)) return true;
  }
  return false;
}

/**
 * Quote removal on literal text: backslash escapes, '…' and "…"; `\`-newline disappears. Returned
 * whole, not spread into a Reading by the caller: V8 copies a spread on a slow path, and most words are this.
 */
function readLiteral(text: string): Reading {
  if (!/[\\'"]/.test(text)) return { value: text, dynamic: false, bare: text };
  let value = '';
  let bare = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i];
      if (next === '\r' && text[i + 1] === '\n') i++;
      else if (next !== '\n') {
        value += next;
        bare += QUOTED;
      }
    } else if (ch === "'" || ch === '"') {
      const close = findClosingQuote(text, i);
      const inner = text.slice(i + 1, close);
      value += ch === "'" ? inner : decodeDoubleQuoted(inner);
      bare += QUOTED;
      i = close;
    } else {
      value += ch;
      bare += ch;
    }
  }
  return { value, dynamic: false, bare };
}

function findClosingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** Inside "…" a backslash escapes only `$`, backtick, `"`, `\` and newline. */
function decodeDoubleQuoted(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(\r?\n|[$`"\\])/g, (_, escaped: string) => (escaped.endsWith('\n') ? '' : escaped));
}

const ANSI_C_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** The body of `$'…'`: C-style escapes, `\xHH`, `\uHHHH`, `\UHHHHHHHH`, octal `\NNN`. */
function decodeAnsiC(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(
    /\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|.)/gs,
    (whole, escape: string) => {
      const kind = escape[0];
      if (kind === 'x' || kind === 'u' || kind === 'U') return codePoint(parseInt(escape.slice(1), 16), whole);
      if (kind >= '0' && kind <= '7') return String.fromCharCode(parseInt(escape, 8) & 0xff);
      if (kind === 'c' && escape.length === 2) return String.fromCharCode(escape.charCodeAt(1) & 0x1f);
      return ANSI_C_ESCAPES[escape] ?? whole;
    },
  );
}

function codePoint(value: number, fallback: string): string {
  return Number.isNaN(value) || value > 0x10ffff ? fallback : String.fromCodePoint(value);
}
