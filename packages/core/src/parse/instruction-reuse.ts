import { buildInstruction, type InstructionContext, type InstructionSpan } from './instruction';
import type { Instruction, ParseProblem, ShellInfo } from './types';

/** An instruction a parse built, with the problems building it reported. */
interface Built {
  instruction: Instruction;
  problems: ParseProblem[];
}

/** What one parse built, by everything building an instruction reads (see keyOf), for the next parse to reuse. */
export type BuiltInstructions = ReadonlyMap<string, Built>;

/**
 * Builds instructions, reusing the objects a previous parse of an earlier version of the text
 * built when everything they are built from is unchanged: their lines' text and line numbers,
 * the span dockerfile-ast found, the stage index, the shell in force and the escape char. Rules
 * and caches key on Instruction objects, so a kept object keeps what hangs off it.
 */
export class InstructionReuse {
  private readonly builtNow = new Map<string, Built>();

  constructor(private readonly previous: BuiltInstructions | undefined) {}

  /** what this parse built, for the next */
  get built(): BuiltInstructions {
    return this.builtNow;
  }

  build(context: InstructionContext, span: InstructionSpan, stageIndex: number, shell: ShellInfo): Instruction {
    const key = keyOf(context, span, stageIndex, shell);
    // two instructions with one key would share an object: build the second afresh and keep neither twice
    const taken = this.builtNow.has(key);
    const kept = taken ? undefined : this.previous?.get(key);
    if (kept) {
      context.problems.push(...kept.problems);
      this.builtNow.set(key, kept);
      return kept.instruction;
    }
    const before = context.problems.length;
    const instruction = buildInstruction(context, span, stageIndex, shell);
    if (!taken) this.builtNow.set(key, { instruction, problems: context.problems.slice(before) });
    return instruction;
  }
}

/**
 * buildInstruction reads only the lines the instruction spans (through `span.end`'s line), their
 * numbers, and, for a heredoc left open at the end, where the text ends: the key holds all of it.
 */
function keyOf(context: InstructionContext, span: InstructionSpan, stageIndex: number, shell: ShellInfo): string {
  const { index, escapeChar } = context;
  const firstLine = index.lineAt(span.keywordStart);
  const lastLine = index.lineAt(span.end);
  const from = index.lineStart(firstLine);
  const isLast = lastLine >= index.lineCount - 1;
  const to = isLast ? index.text.length : index.lineStart(lastLine + 1);
  const where = [firstLine, span.keywordStart - from, span.keywordEnd - from, span.end - from, isLast ? 1 : 0];
  const how = [span.keyword, stageIndex, escapeChar, shell.kind, ...shell.argv];
  return `${where.join(',')}\u0000${JSON.stringify(how)}\u0000${index.text.slice(from, to)}`;
}
