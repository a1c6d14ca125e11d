import type { Instruction, Range } from '../parse/types';
import type { Bytes, StageLayers, StoredEntry } from '../layers/types';

/** What `dflint layers` reports for one Dockerfile; both layer formatters take it. */
export interface LayersReport {
  /** the Dockerfile as the user named it (`-` for stdin) */
  file: string;
  /** the stages to show, in order; the last one is the built target */
  stages: readonly StageLayers[];
  /** notes about the build context as a whole (ignore file problems, limits hit, …) */
  contextNotes?: readonly string[];
}

/** A stored entry a later step hides, with the 1-based lines people look for. */
export interface WastedPath {
  path: string;
  tree: boolean;
  bytes: Bytes;
  /** the step (index into StageLayers.steps) whose layer stores it */
  step: number;
  addedAtLine: number;
  hiddenBy: { line: number; command: string; how: NonNullable<StoredEntry['shadowedBy']>['how'] };
}

export const SUMMARY_MAX_LENGTH = 120;

/** 1-based first line of a range, as people count. */
export function lineOf(range: Range): number {
  return range.start.line + 1;
}

export function endLineOf(range: Range): number {
  return range.end.line + 1;
}

/**
 * The instruction on one line, as `docker history` would show it: keyword, flags, arguments
 * (and heredoc bodies), whitespace and continuations collapsed, cut to `max` characters.
 */
export function instructionSummary(instruction: Instruction, max = SUMMARY_MAX_LENGTH): string {
  const flags = instruction.flags.map((flag) => (flag.value === null ? `--${flag.name}` : `--${flag.name}=${flag.value}`));
  const bodies = instruction.heredocs.map((heredoc) => heredoc.content);
  const text = [instruction.keyword, ...flags, instruction.argsText, ...bodies].join(' ').replace(/\s+/g, ' ').trim();
  return truncate(text, max);
}

/** Cuts text to at most `max` characters, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** The wasted entries a step's layer stores, in the order the model lists them. */
export function stepWastedPaths(stage: StageLayers, stepIndex: number): WastedPath[] {
  return stage.steps[stepIndex].stored.flatMap((entry) => {
    const hidden = entry.shadowedBy;
    if (!hidden) return [];
    return [
      {
        path: entry.path,
        tree: entry.tree,
        bytes: entry.bytes,
        step: stepIndex,
        addedAtLine: lineOf(entry.effect.range),
        hiddenBy: { line: lineOf(hidden.effect.range), command: hidden.effect.command, how: hidden.how },
      },
    ];
  });
}

/** Every wasted entry of the stage's own layers, largest first (unknown sizes last). */
export function largestWastedPaths(stage: StageLayers): WastedPath[] {
  return stage.steps.flatMap((_, index) => stepWastedPaths(stage, index)).sort(byBytesDescending);
}

function byBytesDescending(a: WastedPath, b: WastedPath): number {
  const unknownA = a.bytes.estimate === 'unknown' ? 1 : 0;
  const unknownB = b.bytes.estimate === 'unknown' ? 1 : 0;
  return unknownA - unknownB || b.bytes.value - a.bytes.value || a.addedAtLine - b.addedAtLine;
}
