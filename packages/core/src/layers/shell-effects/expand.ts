import type { ShellWord } from '../../parse/shell-types';

/** What a shell word expands to, as far as dflint can tell without running anything. */
export type Expansion =
  | { known: true; value: string; glob: boolean }
  | {
      known: false;
      reason: string;
      /** the static text before the first part that could not be expanded */
      prefix: string;
    };

/** Variable values known at this command; undefined: not known statically. */
export type VarLookup = (name: string) => string | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPLIT_CHARS = /[ \t\n]/;
const GLOB_CHARS = /[*?[]/;

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `~` and quotes the way sh would, when every
 * variable is known. Unquoted `*`, `?`, `[…]` make the result a glob pattern.
 */
export function expandWord(word: ShellWord, vars: VarLookup, home: string): Expansion {
  if (!word.dynamic) return { known: true, value: word.value, glob: false };
  return new Expander(word.raw, vars, home).run();
}

class Expander {
  private out = '';
  private glob = false;
  private i = 0;
  private quoted = false;

  constructor(
    private readonly raw: string,
    private readonly vars: VarLookup,
    private readonly home: string,
  ) {}

  run(): Expansion {
    const tilde = this.tilde();
    if (tilde) return tilde;
    const raw = this.raw;
    while (this.i < raw.length) {
      const failure = this.quoted ? this.stepQuoted() : this.stepUnquoted();
      if (failure) return { known: false, reason: failure, prefix: this.out };
    }
    return { known: true, value: this.out, glob: this.glob };
  }

  private tilde(): Expansion | undefined {
    if (this.raw[0] !== '~') return undefined;
    const slash = this.raw.indexOf('/');
    const user = this.raw.slice(1, slash < 0 ? this.raw.length : slash);
    if (user !== '') return { known: false, reason: `\`~${user}\` is another user's home`, prefix: '' };
    this.out = this.home;
    this.i = 1;
    return undefined;
  }

  /** One step inside "…"; returns why expansion failed, if it did. */
  private stepQuoted(): string | undefined {
    const c = this.raw[this.i];
    if (c === '"') {
      this.quoted = false;
      this.i++;
    } else if (c === '\\') {
      const next = this.raw[this.i + 1] ?? '';
      if (next === '\n') this.i += 2;
      else if (next === '\r' && this.raw[this.i + 2] === '\n') this.i += 3;
      else if ('$`"\\'.includes(next) && next !== '') {
        this.out += next;
        this.i += 2;
      } else {
        this.out += c;
        this.i++;
      }
    } else if (c === '$') {
      return this.dollar(true);
    } else if (c === '`') {
      return 'command substitution `…`';
    } else {
      this.out += c;
      this.i++;
    }
    return undefined;
  }

  private stepUnquoted(): string | undefined {
    const raw = this.raw;
    const c = raw[this.i];
    switch (c) {
      case "'": {
        const close = raw.indexOf("'", this.i + 1);
        const end = close < 0 ? raw.length : close;
        this.out += raw.slice(this.i + 1, end);
        this.i = end + 1;
        return undefined;
      }
      case '"':
        this.quoted = true;
        this.i++;
        return undefined;
      case '\\': {
        const next = raw[this.i + 1];
        if (next === undefined) this.out += c;
        else if (next === '\r' && raw[this.i + 2] === '\n') this.i++;
        else if (next !== '\n') this.out += next;
        this.i += 2;
        return undefined;
      }
      case '$':
        if (raw[this.i + 1] === "'") return "an ANSI-C quoted string $'…'";
        return this.dollar(false);
      case '`':
        return 'command substitution `…`';
      case '{':
        if (/^\{[^{}]*(,|\.\.)[^{}]*\}/.test(raw.slice(this.i))) return 'brace expansion (it depends on the shell)';
        break;
      case '*':
      case '?':
        this.glob = true;
        break;
      case '[':
        if (raw.indexOf(']', this.i + 2) > 0) this.glob = true;
        break;
    }
    this.out += c;
    this.i++;
    return undefined;
  }

  /** `$…` at this.i: appends the value or returns why it is not known. */
  private dollar(quoted: boolean): string | undefined {
    const rest = this.raw.slice(this.i + 1);
    if (rest.startsWith('(')) return 'command substitution $(…)';
    let value: string | undefined;
    let length: number;
    if (rest.startsWith('{')) {
      const close = rest.indexOf('}');
      if (close < 0) return 'an unterminated ${…}';
      const body = rest.slice(1, close);
      const parameter = this.parameter(body);
      if (typeof parameter !== 'string') return parameter.reason;
      value = parameter;
      length = close + 1;
    } else {
      const name = NAME.exec(rest)?.[0];
      if (!name) {
        if (rest !== '' && /^[0-9@*#?$!-]/.test(rest)) return `the special parameter $${rest[0]}`;
        this.out += '$';
        this.i++;
        return undefined;
      }
      value = this.vars(name);
      if (value === undefined) return `$${name} has no value known to dflint`;
      length = name.length;
    }
    if (!quoted) {
      if (SPLIT_CHARS.test(value)) return 'an unquoted expansion with blanks is split into several words';
      if (GLOB_CHARS.test(value)) this.glob = true;
    }
    this.out += value;
    this.i += 1 + length;
    return undefined;
  }

  /** The inside of `${…}`: NAME, #NAME, NAME:-word, NAME-word, NAME:+word, NAME+word, NAME:=word. */
  private parameter(body: string): string | { reason: string } {
    const match = /^(#?)([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-=+?])(.*))?$/s.exec(body);
    if (!match) return { reason: `the expansion \${${body}}` };
    const [, hash, name, colon, operator, word] = match;
    const value = this.vars(name);
    if (value === undefined) return { reason: `$${name} has no value known to dflint` };
    if (hash) return operator ? { reason: `the expansion \${${body}}` } : String(value.length);
    if (!operator) return value;
    if (word !== undefined && /[$`\\'"]/.test(word)) return { reason: `the expansion \${${body}}` };
    const isSet = colon ? value !== '' : true;
    if (operator === '+') return isSet ? (word ?? '') : '';
    return isSet ? value : (word ?? '');
  }
}
