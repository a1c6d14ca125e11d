import { buildInstruction, shiftedInstruction, type InstructionContext, type InstructionSpan } from './instruction';
import { LineIndex } from './line-index';
import { shiftedLines } from './moved';
import type { Instruction, ParseProblem, ShellInfo } from './types';
import { movedOffsetBy, touchedByEdit, unchangedText, type UnchangedText } from './unchanged-text';

/** Where an instruction stands and what building it read besides its lines' text. */
interface Place {
  /** the line it starts on */
  line: number;
  /** the offsets of the lines it spans: from its line's start to the next line's after it (the text's end for the last) */
  from: number;
  to: number;
  keywordStart: number;
  keywordEnd: number;
  end: number;
  isLast: boolean;
  stageIndex: number;
  escapeChar: string;
  shell: ShellInfo;
}

/** An instruction a parse built, with the problems building it reported, and where it stood. */
interface Built extends Place {
  instruction: Instruction;
  problems: ParseProblem[];
}

/** What one parse built, by where its keyword starts, and the text it parsed, for the next parse to reuse. */
export interface BuiltInstructions {
  text: string;
  /** the text's line index, which the next parse's is made from */
  lines: LineIndex;
  byKeywordStart: ReadonlyMap<number, Built>;
}

/** An instruction that is a kept one moved to other lines: the one it was moved from, and by how many lines. */
export interface MovedInstruction {
  from: Instruction;
  lines: number;
}

/**
 * Builds instructions, reusing what a previous parse of an earlier version of the text built when
 * everything it is built from is unchanged: its lines' text, the span dockerfile-ast found, the
 * stage index, the shell in force and the escape char (buildInstruction reads only the lines the
 * instruction spans, and, for a heredoc left open at the end, where the text ends). At the same
 * line, the object itself is kept (rules and caches key on Instruction objects, so it keeps what
 * hangs off it); on lines moved by an edit above, a copy with every position moved by as many
 * lines, as building it again would give, cheaper.
 *
 * Outside the stretch the edit changed, the text is the same by where it stands: an instruction is
 * looked for at its offset (moved by the chars the edit added, after it). Within the stretch (one
 * line for a keystroke; more for edits at two places at once), by its text (keyOf), slower.
 */
export class InstructionReuse {
  private readonly builtNow = new Map<number, Built>();
  /** each instruction (or ONBUILD trigger) of this parse moved from one of the previous, and where from */
  readonly moved = new Map<Instruction, MovedInstruction>();
  /** what the edit from the previous parse's text left as it was (undefined for a first parse) */
  readonly unchanged: UnchangedText | undefined;
  /** the previous parse's instructions in the stretch the edit changed, by keyOf; made on first need */
  private changedStretch: Map<string, Built[]> | undefined;
  private readonly taken = new Set<Built>();
  private lines: LineIndex | undefined;

  constructor(
    private readonly previous: BuiltInstructions | undefined,
    private readonly text: string,
  ) {
    this.unchanged = previous && unchangedText(previous.text, text);
  }

  /** what this parse built, for the next */
  get built(): BuiltInstructions {
    return { text: this.text, lines: this.lineIndex(), byKeywordStart: this.builtNow };
  }

  /** The text's line index: the previous parse's moved by the edit where there is one (LineIndex.afterEdit), rather than every char read again. */
  lineIndex(): LineIndex {
    this.lines ??= this.previous && this.unchanged ? LineIndex.afterEdit(this.previous.lines, this.text, this.unchanged) : new LineIndex(this.text);
    return this.lines;
  }

  build(context: InstructionContext, span: InstructionSpan, stageIndex: number, shell: ShellInfo): Instruction {
    const { index, escapeChar } = context;
    const line = index.lineAt(span.keywordStart);
    const lastLine = index.lineAt(span.end);
    const isLast = lastLine >= index.lineCount - 1;
    const place: Place = {
      line,
      from: index.lineStart(line),
      to: isLast ? index.text.length : index.lineStart(lastLine + 1),
      keywordStart: span.keywordStart,
      keywordEnd: span.keywordEnd,
      end: span.end,
      isLast,
      stageIndex,
      escapeChar,
      shell,
    };
    const kept = this.keptFor(span.keyword, place);
    let built: Built;
    if (kept) {
      if (kept.line !== line) built = this.movedBy(kept, place);
      // on the same line after chars added or removed above on it: the same instruction, its offsets moved
      else built = kept.keywordStart === place.keywordStart ? kept : builtAt(place, kept.instruction, kept.problems);
      context.problems.push(...built.problems);
    } else {
      const before = context.problems.length;
      const instruction = buildInstruction(context, span, stageIndex, shell);
      built = builtAt(place, instruction, context.problems.slice(before));
    }
    this.builtNow.set(span.keywordStart, built);
    return built.instruction;
  }

  private movedBy(kept: Built, place: Place): Built {
    const lines = place.line - kept.line;
    const instruction = shiftedInstruction(kept.instruction, lines);
    this.noteMoved(instruction, kept.instruction, lines);
    return builtAt(place, instruction, shiftedLines(kept.problems, lines));
  }

  private noteMoved(instruction: Instruction, from: Instruction, lines: number): void {
    this.moved.set(instruction, { from, lines });
    if (instruction.trigger && from.trigger) this.noteMoved(instruction.trigger, from.trigger, lines);
  }

  /** the previous parse's instruction built from the same text and place but its line, not reused yet */
  private keptFor(keyword: string, place: Place): Built | undefined {
    if (!this.previous || !this.unchanged) return undefined;
    const moveBy = movedOffsetBy(this.unchanged, place.from, place.to);
    if (moveBy === undefined) return this.keptInChangedStretch(keyword, place);
    const kept = this.previous.byKeywordStart.get(place.keywordStart - moveBy);
    return kept && kept.instruction.keyword === keyword && samePlace(kept, place, moveBy) ? kept : undefined;
  }

  /** with the same key: the one at this line if there is one, else the first */
  private keptInChangedStretch(keyword: string, place: Place): Built | undefined {
    this.changedStretch ??= this.keyedChangedStretch();
    const kept = this.changedStretch.get(keyOf(this.text, keyword, place));
    let found: Built | undefined;
    for (const built of kept ?? []) {
      if (this.taken.has(built)) continue;
      found ??= built;
      if (built.line === place.line) {
        found = built;
        break;
      }
    }
    if (found) this.taken.add(found);
    return found;
  }

  private keyedChangedStretch(): Map<string, Built[]> {
    const keyed = new Map<string, Built[]>();
    const { text, byKeywordStart } = this.previous!;
    for (const built of byKeywordStart.values()) {
      if (!touchedByEdit(this.unchanged!, built.from, built.to)) continue;
      const key = keyOf(text, built.instruction.keyword, built);
      const same = keyed.get(key);
      if (same) same.push(built);
      else keyed.set(key, [built]);
    }
    return keyed;
  }
}

/** Written out, not spread from `place`: every Built has one shape, so reading them stays fast. */
function builtAt(place: Place, instruction: Instruction, problems: ParseProblem[]): Built {
  const { line, from, to, keywordStart, keywordEnd, end, isLast, stageIndex, escapeChar, shell } = place;
  return { line, from, to, keywordStart, keywordEnd, end, isLast, stageIndex, escapeChar, shell, instruction, problems };
}

/** The same place but its offsets, moved by `moveBy` chars: the same span of the same lines, in the same stage under the same shell. */
function samePlace(kept: Place, place: Place, moveBy: number): boolean {
  return (
    kept.from === place.from - moveBy &&
    kept.to === place.to - moveBy &&
    kept.keywordEnd === place.keywordEnd - moveBy &&
    kept.end === place.end - moveBy &&
    kept.isLast === place.isLast &&
    kept.stageIndex === place.stageIndex &&
    kept.escapeChar === place.escapeChar &&
    sameShell(kept.shell, place.shell)
  );
}

function sameShell(a: ShellInfo, b: ShellInfo): boolean {
  return a === b || (a.kind === b.kind && a.argv.length === b.argv.length && a.argv.every((word, at) => word === b.argv[at]));
}

/** Everything building an instruction at `place` of `text` reads but its line numbers. */
function keyOf(text: string, keyword: string, place: Place): string {
  const { from } = place;
  const where = [place.keywordStart - from, place.keywordEnd - from, place.end - from, place.isLast ? 1 : 0];
  const how = [keyword, place.stageIndex, place.escapeChar, place.shell.kind, ...place.shell.argv];
  return `${where.join(',')}\u0000${JSON.stringify(how)}\u0000${text.slice(from, place.to)}`;
}
