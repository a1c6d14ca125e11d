import { buildInstruction, shiftedInstruction, type InstructionContext, type InstructionSpan } from './instruction';
import { shiftedLines } from './moved';
import type { Instruction, ParseProblem, ShellInfo } from './types';

/** An instruction a parse built, with the problems building it reported, and the line it starts on. */
interface Built {
  instruction: Instruction;
  problems: ParseProblem[];
  line: number;
  /** the generation of the parse that reused it, so that one parse reuses it once */
  takenIn?: number;
}

/**
 * What one parse built, by everything building an instruction reads but its line (see keyOf), for
 * the next parse to reuse; the few instructions that share a key (the same line in two places of
 * a stage) in a list.
 */
export type BuiltInstructions = ReadonlyMap<string, Built | readonly Built[]>;

let generations = 0;

/** An instruction that is a kept one moved to other lines: the one it was moved from, and by how many lines. */
export interface MovedInstruction {
  from: Instruction;
  lines: number;
}

/**
 * Builds instructions, reusing what a previous parse of an earlier version of the text built when
 * everything it is built from is unchanged: its lines' text, the span dockerfile-ast found, the
 * stage index, the shell in force and the escape char. At the same line, the object itself is
 * kept (rules and caches key on Instruction objects, so it keeps what hangs off it); on lines
 * moved by an edit above, a copy with every position moved by as many lines, as building it again
 * would give, cheaper.
 */
export class InstructionReuse {
  private readonly builtNow = new Map<string, Built | Built[]>();
  private readonly generation = ++generations;
  /** each instruction (or ONBUILD trigger) of this parse moved from one of the previous, and where from */
  readonly moved = new Map<Instruction, MovedInstruction>();

  constructor(private readonly previous: BuiltInstructions | undefined) {}

  /** what this parse built, for the next */
  get built(): BuiltInstructions {
    return this.builtNow;
  }

  build(context: InstructionContext, span: InstructionSpan, stageIndex: number, shell: ShellInfo): Instruction {
    const line = context.index.lineAt(span.keywordStart);
    const key = keyOf(context, span, line, stageIndex, shell);
    const kept = this.keptFor(key, line);
    let built: Built;
    if (kept) {
      kept.takenIn = this.generation;
      built = kept.line === line ? kept : this.movedBy(kept, line - kept.line);
      context.problems.push(...built.problems);
    } else {
      const before = context.problems.length;
      const instruction = buildInstruction(context, span, stageIndex, shell);
      built = { instruction, problems: context.problems.slice(before), line };
    }
    const sameKey = this.builtNow.get(key);
    if (!sameKey) this.builtNow.set(key, built);
    else if (Array.isArray(sameKey)) sameKey.push(built);
    else this.builtNow.set(key, [sameKey, built]);
    return built.instruction;
  }

  private movedBy(kept: Built, lines: number): Built {
    const instruction = shiftedInstruction(kept.instruction, lines);
    this.noteMoved(instruction, kept.instruction, lines);
    return { instruction, problems: shiftedLines(kept.problems, lines), line: kept.line + lines };
  }

  private noteMoved(instruction: Instruction, from: Instruction, lines: number): void {
    this.moved.set(instruction, { from, lines });
    if (instruction.trigger && from.trigger) this.noteMoved(instruction.trigger, from.trigger, lines);
  }

  /** the previous parse's instruction with this key, not reused yet: at this line if there is one */
  private keptFor(key: string, line: number): Built | undefined {
    const kept = this.previous?.get(key);
    if (!kept || !Array.isArray(kept)) return kept && (kept as Built).takenIn !== this.generation ? (kept as Built) : undefined;
    let first: Built | undefined;
    for (const built of kept as readonly Built[]) {
      if (built.takenIn === this.generation) continue;
      if (built.line === line) return built;
      first ??= built;
    }
    return first;
  }
}

/**
 * buildInstruction reads only the lines the instruction spans (through `span.end`'s line), and, for
 * a heredoc left open at the end, where the text ends: the key holds all of it. Its line numbers
 * only move every position by as many lines, so they are not in it.
 */
function keyOf(context: InstructionContext, span: InstructionSpan, firstLine: number, stageIndex: number, shell: ShellInfo): string {
  const { index, escapeChar } = context;
  const lastLine = index.lineAt(span.end);
  const from = index.lineStart(firstLine);
  const isLast = lastLine >= index.lineCount - 1;
  const to = isLast ? index.text.length : index.lineStart(lastLine + 1);
  const where = [span.keywordStart - from, span.keywordEnd - from, span.end - from, isLast ? 1 : 0];
  const how = [span.keyword, stageIndex, escapeChar, shell.kind, ...shell.argv];
  return `${where.join(',')}\u0000${JSON.stringify(how)}\u0000${index.text.slice(from, to)}`;
}
