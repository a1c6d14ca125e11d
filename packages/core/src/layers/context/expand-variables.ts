/**
 * Docker's word processing (BuildKit shell/lex.go) for ENV, ARG, WORKDIR, USER, COPY and ADD:
 * `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, and,
 * with `quotes`, quote removal and escapes. A reference to a variable whose value is not known
 * statically is kept as written and its name reported in `unknown`.
 */
export interface Expansion {
  value: string;
  /** variables the value depends on whose value is not known (empty: the value is exact) */
  unknown: string[];
}

export interface ExpandOptions {
  escapeChar?: string;
  /** process quotes and escapes too (a raw shell-form word); false for already-decoded text */
  quotes?: boolean;
}

export function expandVariables(
  text: string,
  env: ReadonlyMap<string, string>,
  options: ExpandOptions = {},
): Expansion {
  const lexer = new Lexer(text, env, options.escapeChar ?? '\\', options.quotes ?? false);
  try {
    const value = lexer.readUntil(() => false);
    const { unknown } = lexer;
    return { value, unknown: unknown.length > 1 ? [...new Set(unknown)] : unknown };
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return { value: text, unknown: [error.variable] };
  }
}

/** `${A:-${B:-…}}` nests deeper than this: the lexer recurses per level, so the word is left as written. */
export const MAX_EXPANSION_NESTING = 100;

class TooDeep extends Error {
  constructor(readonly variable: string) {
    super(`\${${variable}} nests deeper than ${MAX_EXPANSION_NESTING} levels`);
  }
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

class Lexer {
  private at = 0;
  private depth = 0;
  readonly unknown: string[] = [];

  constructor(
    private readonly text: string,
    private readonly env: ReadonlyMap<string, string>,
    private readonly escapeChar: string,
    private readonly quotes: boolean,
  ) {}

  /** Reads up to the end or to where `stop` says, processing quotes, escapes and `$`. */
  readUntil(stop: (ch: string) => boolean): string {
    let out = '';
    while (this.at < this.text.length) {
      const ch = this.text[this.at];
      if (stop(ch)) break;
      if (ch === this.escapeChar && this.at + 1 < this.text.length) {
        const next = this.text[this.at + 1];
        // without quote processing only an escaped `$` means something (a literal dollar)
        out += this.quotes || next === '$' ? next : ch + next;
        this.at += 2;
      } else if (this.quotes && ch === "'") {
        out += this.readSingleQuoted();
      } else if (this.quotes && ch === '"') {
        out += this.readDoubleQuoted();
      } else if (ch === '$') {
        out += this.readDollar();
      } else {
        // a run of plain chars in one slice: char by char, a 5 MB value made millions of strings
        const start = this.at;
        do this.at++;
        while (this.at < this.text.length && this.isPlain(this.text[this.at]) && !stop(this.text[this.at]));
        out += this.text.slice(start, this.at);
      }
    }
    return out;
  }

  private isPlain(ch: string): boolean {
    return ch !== this.escapeChar && ch !== '$' && !(this.quotes && (ch === "'" || ch === '"'));
  }

  private readSingleQuoted(): string {
    const close = this.text.indexOf("'", this.at + 1);
    if (close === -1) {
      const rest = this.text.slice(this.at + 1);
      this.at = this.text.length;
      return rest;
    }
    const body = this.text.slice(this.at + 1, close);
    this.at = close + 1;
    return body;
  }

  private readDoubleQuoted(): string {
    this.at++;
    let out = '';
    while (this.at < this.text.length && this.text[this.at] !== '"') {
      const ch = this.text[this.at];
      if (ch === this.escapeChar && this.at + 1 < this.text.length) {
        const next = this.text[this.at + 1];
        out += next === '"' || next === '$' || next === this.escapeChar ? next : ch + next;
        this.at += 2;
      } else if (ch === '$') {
        out += this.readDollar();
      } else {
        out += ch;
        this.at++;
      }
    }
    this.at++;
    return out;
  }

  /** At a `$`: the variable's value, or the reference as written when it is not known. */
  private readDollar(): string {
    const start = this.at;
    this.at++;
    const next = this.text[this.at];
    if (next === '{') return this.readBraced(start);
    if (next === undefined || !NAME_START.test(next)) return '$';
    const name = this.readName();
    return this.lookup(name) ?? this.keep(name, start);
  }

  private readBraced(start: number): string {
    this.at++;
    const name = this.readName();
    if (name === '') return this.skipToBrace(start);
    const ch = this.text[this.at];
    if (ch === '}') {
      this.at++;
      return this.lookup(name) ?? this.keep(name, start);
    }
    const colon = ch === ':';
    const operator = colon ? this.text[this.at + 1] : ch;
    if (operator !== '-' && operator !== '+') return this.skipToBrace(start, name);
    this.at += colon ? 2 : 1;
    const unknownBefore = this.unknown.length;
    if (++this.depth > MAX_EXPANSION_NESTING) throw new TooDeep(name);
    const word = this.readUntil((c) => c === '}');
    this.depth--;
    this.at++;
    const value = this.lookup(name);
    if (value === undefined) {
      this.unknown.length = unknownBefore;
      return this.keep(name, start);
    }
    const set = colon ? value !== '' : true;
    if (operator === '-') {
      if (set) this.unknown.length = unknownBefore;
      return set ? value : word;
    }
    if (!set) this.unknown.length = unknownBefore;
    return set ? word : '';
  }

  /** An operator the model does not evaluate (`#`, `%`, `/`, `?`): unknown, kept as written. */
  private skipToBrace(start: number, name = ''): string {
    const close = this.text.indexOf('}', this.at);
    this.at = close === -1 ? this.text.length : close + 1;
    this.unknown.push(name || this.text.slice(start, this.at));
    return this.text.slice(start, this.at);
  }

  private readName(): string {
    const start = this.at;
    while (this.at < this.text.length && NAME_CHAR.test(this.text[this.at])) this.at++;
    return this.text.slice(start, this.at);
  }

  private lookup(name: string): string | undefined {
    return this.env.get(name);
  }

  private keep(name: string, start: number): string {
    this.unknown.push(name);
    return this.text.slice(start, this.at);
  }
}
