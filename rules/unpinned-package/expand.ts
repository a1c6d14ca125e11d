import { oncePerDocument, stageEnvironments, type Instruction, type ParsedDocument, type ShellWord } from '@dflint/core/rule-kit';

/** What the shell makes of the words a command installs, as far as the Dockerfile tells. */
export interface Expansion {
  /** the package words the text stands for (an unquoted `$PACKAGES` may stand for several) */
  texts: string[];
}

const REFERENCE = /\$\{([A-Za-z_]\w*)(?:(:?[-=+?])([^}]*))?\}|\$([A-Za-z_]\w*)/g;

/**
 * Expands the ARG and ENV references of a word. Undefined when the Dockerfile cannot tell what a
 * reference holds: command substitution, an ARG without a default, a variable only the base image
 * may set. A variable declared in the Dockerfile but not visible where the RUN is (an ARG or ENV
 * of another stage) expands to nothing, as Docker does.
 */
export function expandWord(word: ShellWord, scope: VariableScope): Expansion | undefined {
  if (!word.dynamic) return { texts: [word.value] };
  const raw = word.raw;
  // `pkg{,-dev,-doc}`: brace expansion, one package per alternative
  const brace = /^([^{}]*)\{([^{}]*,[^{}]*)\}(.*)$/.exec(raw);
  if (brace) {
    const parts = brace[2].split(',').map((part) => expandWord({ ...word, raw: `${brace[1]}${part}${brace[3]}` }, scope));
    return parts.every((part) => part !== undefined) ? { texts: parts.flatMap((part) => part!.texts) } : undefined;
  }
  if (/\$\(|`|[*?[]/.test(raw)) return undefined;
  let unknown = false;
  const expanded = raw.replace(/["']/g, '').replace(REFERENCE, (_match, braced: string | undefined, operator: string | undefined, operand: string | undefined, bare: string | undefined) => {
    const name = (braced ?? bare)!;
    const value = scope.value(name);
    if (value === undefined) {
      unknown = true;
      return '';
    }
    if (operator === ':-' || operator === '-') return value === '' ? operand ?? '' : value;
    if (operator === ':+' || operator === '+') return value === '' ? '' : operand ?? '';
    if (operator !== undefined) unknown = true;
    return value;
  });
  if (unknown || expanded.includes('$')) return undefined;
  // an unquoted expansion is split into words
  const quoted = raw.includes('"') || raw.includes("'");
  return { texts: quoted ? [expanded] : expanded.split(/\s+/).filter((text) => text !== '') };
}

export interface VariableScope {
  /** the variable's value where the RUN is; '' for one not visible there; undefined when unknown */
  value(name: string): string | undefined;
}

/** The variables a RUN (or an ONBUILD holding it) sees; worked out on the first question, since most words have no variable. */
export function scopeAt(document: ParsedDocument, instruction: Instruction): VariableScope {
  let known: { env: ReadonlyMap<string, string>; visible: Set<string> } | undefined;
  return {
    value(name) {
      known ??= { env: stageEnvironments(document).get(instruction)?.env ?? new Map<string, string>(), visible: visibleNames(document, instruction) };
      return known.env.get(name) ?? (declaredNames(document).has(name) && !known.visible.has(name) ? '' : undefined);
    },
  };
}

function keysOf(instruction: Instruction): string[] {
  return instruction.keyword === 'ARG' || instruction.keyword === 'ENV' ? (instruction.pairs ?? []).map((pair) => pair.key) : [];
}

/** Every ARG and ENV name the Dockerfile declares anywhere, worked out once per document. */
export const declaredNames: (document: ParsedDocument) => ReadonlySet<string> = oncePerDocument(
  (document: ParsedDocument) => new Set([...document.globalArgs, ...document.instructions].flatMap(keysOf)),
);

/** ARGs of the instruction's stage before it, and ENVs of it and the stages it builds on. */
function visibleNames(document: ParsedDocument, instruction: Instruction): Set<string> {
  const names = new Set<string>();
  const stage = document.stages[instruction.stageIndex];
  if (!stage) return names;
  for (let base = stage.baseStage; base !== undefined; base = document.stages[base].baseStage) {
    for (const each of document.stages[base].instructions) if (each.keyword === 'ENV') keysOf(each).forEach((key) => names.add(key));
  }
  for (const each of stage.instructions) {
    if (each === instruction) break;
    keysOf(each).forEach((key) => names.add(key));
  }
  return names;
}
