import type { Arg, Flag, Instruction, ParsedDocument, Range } from '@dflint/core/rule-kit';

// What the FROM and stage rules share: the parts of a FROM, BuildKit's word expansion for FROM
// (global ARG defaults and its automatic platform ARGs), and where a stage is named in the text.

export interface FromParts {
  /** the image or stage the FROM builds on */
  image?: Arg;
  /** the `AS` keyword, and the stage name after it */
  as?: Arg;
  name?: Arg;
  platform?: Flag;
}

export function fromParts(from: Instruction): FromParts {
  const [image, as, name] = from.args;
  const named = as && name && as.value.toLowerCase() === 'as';
  const platform = from.flags.find((flag) => flag.name === 'platform' && flag.value !== null);
  return { image, ...(named ? { as, name } : {}), ...(platform ? { platform } : {}) };
}

/** BuildKit's automatic platform ARGs (dockerfile2llb defaultArgs), with the values of a linux/amd64 build. */
export const AUTOMATIC_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDOSVERSION', ''],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETOSVERSION', ''],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
  ['TARGETSTAGE', 'default'],
]);

/** The ARGs before the first FROM, in order: name → default (undefined: declared without one). */
export function globalArgs(document: ParsedDocument): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>();
  for (const arg of document.globalArgs) {
    for (const pair of arg.pairs ?? []) if (pair.key !== '') args.set(pair.key, pair.value);
  }
  return args;
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** The variables a FROM word refers to (`$A`, `${B}`, `${C:-$D}`), in order, each once. */
export function variableNames(word: string, escapeChar: string): string[] {
  const names: string[] = [];
  for (let at = 0; at < word.length; at++) {
    if (word[at] === escapeChar) {
      at++;
      continue;
    }
    if (word[at] !== '$') continue;
    NAME.lastIndex = word[at + 1] === '{' ? at + 2 : at + 1;
    const match = NAME.exec(word);
    if (match && !names.includes(match[0])) names.push(match[0]);
  }
  return names;
}

/**
 * A FROM word as BuildKit expands it (shell/lex.go): `$A`, `${A}`, `${A:-w}`, `${A-w}`, `${A:+w}`,
 * `${A+w}`; a variable not in `env` is unset. Undefined for what this does not evaluate
 * (`${A%…}`, `${A/…}`, `${A?…}`, an unclosed brace).
 */
export function expandFromWord(word: string, env: ReadonlyMap<string, string>, escapeChar: string): string | undefined {
  // most FROM words hold neither: nothing to expand, and no string built a character at a time
  if (!word.includes('$') && !word.includes(escapeChar)) return word;
  let at = 0;
  const read = (stop: string | undefined): string | undefined => {
    let out = '';
    while (at < word.length && word[at] !== stop) {
      const ch = word[at];
      if (ch === escapeChar && at + 1 < word.length) {
        out += word[at + 1];
        at += 2;
      } else if (ch === '$') {
        const value = dollar();
        if (value === undefined) return undefined;
        out += value;
      } else {
        out += ch;
        at++;
      }
    }
    return out;
  };
  const dollar = (): string | undefined => {
    at++;
    const braced = word[at] === '{';
    NAME.lastIndex = braced ? at + 1 : at;
    const name = NAME.exec(word)?.[0];
    if (!name) return braced ? undefined : '$';
    at = NAME.lastIndex;
    const value = env.get(name);
    if (!braced) return value ?? '';
    if (word[at] === '}') {
      at++;
      return value ?? '';
    }
    const colon = word[at] === ':';
    const operator = word[colon ? at + 1 : at];
    if (operator !== '-' && operator !== '+') return undefined;
    at += colon ? 2 : 1;
    const alternative = read('}');
    if (alternative === undefined || word[at] !== '}') return undefined;
    at++;
    const set = value !== undefined && (!colon || value !== '');
    if (operator === '-') return set ? value : alternative;
    return set ? alternative : '';
  };
  return read(undefined);
}

/**
 * The values FROM sees when no --build-arg is given (BuildKit's buildMetaArgs): the automatic ARGs,
 * then each global ARG's default, expanded with the values before it. `unsetBehind` names, for each
 * ARG, the unset ARGs its value was made from (itself when it has no default). Undefined when a
 * default uses what this does not evaluate, where BuildKit skips the check.
 */
export function fromEnvironment(document: ParsedDocument): { env: Map<string, string>; unsetBehind: Map<string, string[]> } | undefined {
  const env = new Map(AUTOMATIC_ARGS);
  const unsetBehind = new Map<string, string[]>();
  for (const arg of document.globalArgs) {
    for (const { key, value } of arg.pairs ?? []) {
      if (key === '') continue;
      const expanded = value === undefined ? undefined : expandFromWord(value, env, document.escapeChar);
      // BuildKit gives up on the check when a default does not expand (`${x:y}`)
      if (value !== undefined && expanded === undefined) return undefined;
      if (expanded === undefined) env.delete(key);
      else env.set(key, expanded);
      unsetBehind.set(key, value === undefined ? [key] : unsetIn(value, env, unsetBehind, document.escapeChar));
    }
  }
  return { env, unsetBehind };
}

/** The unset ARGs a word's value is made from, through the ARGs it names. */
export function unsetIn(word: string, env: ReadonlyMap<string, string>, unsetBehind: ReadonlyMap<string, string[]>, escapeChar: string): string[] {
  const names = variableNames(word, escapeChar).flatMap((name) => unsetBehind.get(name) ?? (env.has(name) ? [] : [name]));
  return [...new Set(names)];
}

/**
 * Where a flag names a stage or image (`--from=<ref>`, `--mount=…,from=<ref>`) in the text: the
 * range of the reference, quotes left out. Undefined when the flag spans lines.
 */
export function referenceRange(document: ParsedDocument, flag: Flag): Range | undefined {
  const { start, end } = flag.range;
  if (start.line !== end.line) return undefined;
  const raw = document.text.slice(document.lines.offsetAt(start), document.lines.offsetAt(end));
  const match = flag.name === 'mount' ? /(?:=|,)\s*from=("?)([^,"]*)\1/i.exec(raw) : /^--from=("?)([^"]*)\1$/.exec(raw);
  if (!match) return undefined;
  const character = start.character + match.index + match[0].length - match[2].length - match[1].length;
  return { start: { line: start.line, character }, end: { line: start.line, character: character + match[2].length } };
}

/** Levenshtein distance, for BuildKit's did-you-mean suggestions (util/suggest: distance below 3). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** BuildKit's suggestion: the closest option at a distance below 3, none when one matches exactly. */
export function suggestion(name: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    if (option === name) return undefined;
    const distance = editDistance(name, option);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether a stage builds on another stage or on nothing (`FROM <stage>`, `FROM scratch`): no registry image. */
export function isRegistryImage(document: ParsedDocument, stageIndex: number): boolean {
  const stage = document.stages[stageIndex];
  return stage.baseStage === undefined && stage.base.toLowerCase() !== 'scratch';
}
