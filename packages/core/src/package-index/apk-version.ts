// apk's version order and dependency syntax, after apk-tools 2.14 (src/version.c, src/package.c):
// Gentoo-style versions `{digits}{.digits}…{letter}{_suffix{digits}}…{-r{digits}}`.
import { ApkIndexError, type ApkDependency, type ApkOperator } from './apk-types';

// token kinds, in the order apk ranks a version that goes on against one that ends
const DIGIT_OR_ZERO = 0;
const DIGIT = 1;
const LETTER = 2;
const SUFFIX = 3;
const SUFFIX_NO = 4;
const REVISION_NO = 5;
const END = 6;
const INVALID = -1;
const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];

/** Reads versions token by token: `value()` reads one of kind `kind` and sets `kind` to the next one's. */
class Tokens {
  kind = DIGIT;
  private at = 0;
  constructor(private readonly text: string) {}

  value(): number {
    const text = this.text;
    if (this.at >= text.length) return ((this.kind = END), 0);
    let length = 0;
    let value = 0;
    let next = INVALID;
    const code = (i: number) => text.charCodeAt(this.at + i);
    const isDigit = (i: number) => code(i) >= 48 && code(i) <= 57;
    if (this.kind === DIGIT_OR_ZERO && text[this.at] === '0') {
      // leading zeros: `1.05` < `1.5`, `1.005` < `1.05`
      while (this.at + length + 1 < text.length && text[this.at + length + 1] === '0') length++;
      value = -length;
      next = DIGIT;
    } else {
      switch (this.kind) {
        case DIGIT_OR_ZERO:
        case DIGIT:
        case SUFFIX_NO:
        case REVISION_NO:
          while (this.at + length < text.length && isDigit(length)) value = value * 10 + code(length++) - 48;
          if (length >= 18) return this.invalid();
          break;
        case LETTER:
          value = code(0);
          length = 1;
          break;
        case SUFFIX: {
          const rest = text.slice(this.at);
          const pre = PRE_SUFFIXES.findIndex((suffix) => rest.startsWith(suffix));
          const post = pre < 0 ? POST_SUFFIXES.findIndex((suffix) => rest.startsWith(suffix)) : -1;
          if (pre < 0 && post < 0) return this.invalid();
          value = pre >= 0 ? pre - PRE_SUFFIXES.length : post;
          length = (pre >= 0 ? PRE_SUFFIXES[pre] : POST_SUFFIXES[post]).length;
          break;
        }
        default:
          return this.invalid();
      }
    }
    this.at += length;
    if (this.at >= text.length) this.kind = END;
    else if (next !== INVALID) this.kind = next;
    else this.advance();
    return value;
  }

  private invalid(): number {
    this.kind = INVALID;
    return -1;
  }

  /** the kind of the token at `at`, stepping over its separator */
  private advance(): void {
    const text = this.text;
    const char = text[this.at];
    const previous = this.kind;
    let next = INVALID;
    if ((previous === DIGIT || previous === DIGIT_OR_ZERO) && char >= 'a' && char <= 'z') next = LETTER;
    else if (previous === LETTER && char >= '0' && char <= '9') next = DIGIT;
    else if (previous === SUFFIX && char >= '0' && char <= '9') next = SUFFIX_NO;
    else {
      if (char === '.') next = DIGIT_OR_ZERO;
      else if (char === '_') next = SUFFIX;
      else if (char === '-' && text[this.at + 1] === 'r') ((next = REVISION_NO), this.at++);
      this.at++;
    }
    const allowedBack = (next === DIGIT_OR_ZERO && previous === DIGIT) || (next === SUFFIX && previous === SUFFIX_NO) || (next === DIGIT && previous === LETTER);
    this.kind = next < previous && !allowedBack ? INVALID : next;
  }
}

/** Whether apk accepts the text as a version. */
export function isApkVersion(version: string): boolean {
  const tokens = new Tokens(version);
  while (tokens.kind !== END && tokens.kind !== INVALID) tokens.value();
  return tokens.kind === END;
}

/**
 * apk's order: negative when a < b, 0 when equal, positive when a > b. `fuzzy` (the `~` operator)
 * counts a version equal to every longer one it is a prefix of (`3.12` ~ `3.12.5-r0`).
 */
export function compareApkVersions(a: string, b: string, fuzzy = false): number {
  const ta = new Tokens(a);
  const tb = new Tokens(b);
  let va = 0;
  let vb = 0;
  while (ta.kind === tb.kind && ta.kind !== END && ta.kind !== INVALID && va === vb) {
    va = ta.value();
    vb = tb.value();
  }
  if (va !== vb) return va < vb ? -1 : 1;
  if (ta.kind === tb.kind || fuzzy) return 0;
  // equal so far: the longer one is greater unless what follows is a pre-release suffix (`1.0_rc1` < `1.0`)
  if (ta.kind === SUFFIX && ta.value() < 0) return -1;
  if (tb.kind === SUFFIX && tb.value() < 0) return 1;
  return ta.kind > tb.kind ? -1 : tb.kind > ta.kind ? 1 : 0;
}

/** Whether a version meets `operator version` (a checksum `><` is taken as met: dflint does not keep checksums). */
export function apkVersionSatisfies(version: string, operator: ApkOperator | undefined, wanted: string | undefined): boolean {
  if (!operator || wanted === undefined || operator === '><') return true;
  const order = compareApkVersions(version, wanted, operator.includes('~'));
  return operator.includes('<') ? order < 0 || (order === 0 && operator !== '<') : operator.includes('>') ? order > 0 || (order === 0 && operator !== '>') : order === 0;
}

/** `!name@tag>=1.0`: a dependency as `D:`, `i:`, the world and `apk add` write it; a malformed one throws ApkIndexError. */
export function parseApkDependency(text: string): ApkDependency {
  // most are plain names (`so:libc.musl-x86_64.so.1`): no need for the whole syntax
  if (PLAIN.test(text)) return { name: text };
  const match = /^(!)?([^<>=~!@\s]+)(?:@([^<>=~\s]+))?(?:([<>=~]+)(\S+))?$/.exec(text);
  const operator = match?.[4] ? operatorOf(match[4]) : undefined;
  if (!match || (match[4] && operator !== '><' && !isApkVersion(match[5]))) throw new ApkIndexError(`"${text}" is not an apk dependency`);
  const [, conflict, name, tag, , version] = match;
  return { name, ...(operator ? { operator, version } : {}), ...(conflict ? { conflict: true } : {}), ...(tag ? { tag } : {}) };
}

const PLAIN = /^[^<>=~!@\s]+$/;

/** apk reads the comparison characters as a set: `=<` is `<=`, `<>` and `><` a checksum */
function operatorOf(characters: string): ApkOperator {
  const less = characters.includes('<');
  const greater = characters.includes('>');
  if (less && greater) return '><';
  return `${less ? '<' : greater ? '>' : ''}${characters.includes('~') ? '~' : characters.includes('=') ? '=' : ''}` as ApkOperator;
}

/** A `D:`/`i:` field: dependencies separated by spaces. */
export function parseApkDependencies(field: string | undefined): ApkDependency[] {
  return field ? field.split(/\s+/).filter(Boolean).map(parseApkDependency) : [];
}

/** Written back for messages: `!name@tag>=1.0`. */
export function formatApkDependency(dependency: ApkDependency): string {
  return `${dependency.conflict ? '!' : ''}${dependency.name}${dependency.tag ? `@${dependency.tag}` : ''}${dependency.operator ? `${dependency.operator}${dependency.version}` : ''}`;
}
