import { defineRule, joinWords, linesPhrase, refuse, type Fix, type Instruction, type LineIndex, type Range, type Stage, type TextEdit } from '@dflint/core/rule-kit';
import { isPinnedValue, isVolatileName } from './volatile-names';

/** Instructions that make a layer: once a RUN misses the cache, each of these after it is rebuilt too. */
const LAYER_STEPS = new Set(['RUN', 'COPY', 'ADD']);

export default defineRule<{ names: readonly string[] }>({
  meta: {
    name: 'volatile-arg-early',
    description: 'an ARG that changes every build (BUILD_DATE, VCS_REF, *_SHA, …) declared before RUNs that do not use it',
    category: 'build-cache',
    severity: 'warning',
    fixable: 'unsafe',
    aliases: [],
    options: {
      names: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          'More build-argument names whose value changes every build, matched case-insensitively; `*` matches any text (`["CI_PIPELINE_*", "BUILD_NUMBER"]`).',
      },
    },
  },
  check({ document, options, report }) {
    const extraNames = options.names;
    for (const stage of document.stages) {
      stage.instructions.forEach((arg, index) => {
        if (arg.keyword !== 'ARG') return;
        const names = declaredNames(arg);
        const volatile = names.filter((n) => isVolatileName(n, extraNames) && !isPinnedValue(defaultOf(document.globalArgs, arg, n)));
        for (const name of volatile) {
          const later = stage.instructions.slice(index + 1);
          const useAt = later.findIndex((instruction) => usesVariable(document.lines, instruction, name));
          const before = useAt < 0 ? later : later.slice(0, useAt);
          const firstRun = before.findIndex((instruction) => instruction.keyword === 'RUN');
          if (firstRun < 0) continue;
          const rebuilt = before.slice(firstRun).filter((instruction) => LAYER_STEPS.has(instruction.keyword));
          const firstUse = useAt < 0 ? undefined : later[useAt];
          report({
            range: arg.range,
            message: message(name, arg, rebuilt, firstUse),
            related: rebuilt.map((step) => ({ range: step.keywordRange, message: `rebuilt on every build because of ARG ${name}` })),
            // moving a line that declares other names too would move them as well
            fix: () => names.length === 1 ? moveFix(document.lines, stage, arg, name, firstUse) : refuse(`the ARG also declares ${joinWords(names.filter((other) => other !== name))}, which would move with it`),
          });
        }
      });
    }
  },
});

function message(name: string, arg: Instruction, rebuilt: Instruction[], firstUse: Instruction | undefined): string {
  const lines = rebuilt.map((step) => step.range.start.line + 1);
  const steps =
    rebuilt.length === 1
      ? `the step at ${linesPhrase(lines)} loses its build cache`
      : `${rebuilt.length} steps (${linesPhrase(lines)}) lose their build cache`;
  const where = firstUse ? `is first used at line ${firstUse.range.start.line + 1}` : 'is never used in its stage';
  const advice = firstUse ? 'declare it just before its first use' : 'declare it at the end of the stage, or drop it';
  return (
    `ARG ${name} at line ${arg.range.start.line + 1} changes every build but ${where}: ` +
    `every RUN after it has it in its environment, so ${steps} every time; ${advice}`
  );
}

/** The ARG's default for `name`, or the global ARG's (before the first FROM) when it declares none. */
function defaultOf(globalArgs: readonly Instruction[], arg: Instruction, name: string): string | undefined {
  const own = arg.pairs?.find((pair) => pair.key === name);
  if (own?.value !== undefined) return own.value;
  const global = globalArgs.flatMap((each) => each.pairs ?? []).filter((pair) => pair.key === name);
  return global[global.length - 1]?.value;
}

/** `ARG A=1 B` → A, B */
function declaredNames(arg: Instruction): string[] {
  return (arg.pairs ?? []).map((pair) => pair.key).filter((name) => name !== '');
}

/** `$NAME` or `${NAME…}` anywhere in the instruction as written (flags and heredoc bodies too). */
function usesVariable(lines: LineIndex, instruction: Instruction, name: string): boolean {
  const source = lines.textIn(instruction.range);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\$(?:${escaped}(?![A-Za-z0-9_])|\\{${escaped}(?![A-Za-z0-9_]))`).test(source);
}

/** Moves the ARG line to just before its first use, or to the end of the stage when unused. */
function moveFix(lines: LineIndex, stage: Stage, arg: Instruction, name: string, firstUse: Instruction | undefined): Fix {
  const argText = lines.textIn(arg.range);
  const last = stage.instructions[stage.instructions.length - 1];
  const insert: TextEdit = firstUse
    ? { range: pointAt(firstUse.range.start.line), newText: `${argText}\n` }
    : insertAfter(lines, last, argText);
  const remove: TextEdit = { range: { start: { line: arg.range.start.line, character: 0 }, end: { line: arg.range.end.line + 1, character: 0 } }, newText: '' };
  return {
    safety: 'unsafe',
    description: firstUse ? `move ARG ${name} down to line ${firstUse.range.start.line + 1}, its first use` : `move ARG ${name} to the end of its stage`,
    edits: [remove, insert],
  };
}

function insertAfter(lines: LineIndex, last: Instruction, line: string): TextEdit {
  const next = last.range.end.line + 1;
  // a file that does not end in a newline: start a new line after the stage's last instruction
  if (next >= lines.lineCount) {
    return { range: { start: last.range.end, end: last.range.end }, newText: `\n${line}` };
  }
  return { range: pointAt(next), newText: `${line}\n` };
}

function pointAt(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}
