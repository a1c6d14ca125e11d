import { lineOf } from '../parse/range';
import type { Instruction } from '../parse/types';
import { sumBytes } from '../layers/bytes';
import type { Bytes, ShadowingKind, StageLayers } from '../layers/types';
import { truncate } from './words';


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
  hiddenBy: { line: number; command: string; how: ShadowingKind };
  /** a package's files (a tree at `/`): the package, as its manager names it */
  package?: { manager: string; name: string };
}

export const SUMMARY_MAX_LENGTH = 120;


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
        ...(entry.reason === 'package' && entry.effect.kind === 'package' && { package: { manager: entry.effect.manager, name: entry.effect.name } }),
      },
    ];
  });
}

/** Every wasted entry of the stage's own layers, largest first (unknown sizes last). */
export function largestWastedPaths(stage: StageLayers): WastedPath[] {
  return stage.steps.flatMap((_, index) => stepWastedPaths(stage, index)).sort(byBytesDescending);
}

/** One path's waste across the stage: every stored copy a later step hides, summed. */
export interface WastedPathTotal {
  path: string;
  tree: boolean;
  bytes: Bytes;
  /** lines whose layer first stores it (not the copy-ups that store it again) */
  addedAtLines: number[];
  /** the steps that hide a stored copy, in line order */
  hiddenBy: Array<WastedPath['hiddenBy']>;
  package?: WastedPath['package'];
}

/** largestWastedPaths grouped by path, largest total first. */
export function wastedPathTotals(stage: StageLayers): WastedPathTotal[] {
  const byPath = new Map<string, WastedPath[]>();
  for (const wasted of largestWastedPaths(stage)) {
    const key = wasted.package ? `package:${wasted.package.manager}:${wasted.package.name}` : `${wasted.tree ? 'tree' : 'file'}:${wasted.path}`;
    const copies = byPath.get(key);
    if (copies) copies.push(wasted);
    else byPath.set(key, [wasted]);
  }
  const totals = [...byPath.values()].map((copies): WastedPathTotal => {
    const hiddenBy = copies.map((copy) => copy.hiddenBy).sort((a, b) => a.line - b.line);
    const storedAgainAt = new Set(hiddenBy.filter((hider) => hider.how === 'copy-up').map((hider) => hider.line));
    const added = copies.map((copy) => copy.addedAtLine).filter((line) => !storedAgainAt.has(line));
    return {
      path: copies[0].path,
      tree: copies[0].tree,
      bytes: sumBytes(copies.map((copy) => copy.bytes)),
      addedAtLines: [...new Set(added)].sort((a, b) => a - b),
      hiddenBy,
      ...(copies[0].package && { package: copies[0].package }),
    };
  });
  return totals.sort((a, b) => byBytesDescending({ bytes: a.bytes, addedAtLine: a.addedAtLines[0] ?? 0 }, { bytes: b.bytes, addedAtLine: b.addedAtLines[0] ?? 0 }));
}

function byBytesDescending(a: Pick<WastedPath, 'bytes' | 'addedAtLine'>, b: Pick<WastedPath, 'bytes' | 'addedAtLine'>): number {
  const unknownA = a.bytes.estimate === 'unknown' ? 1 : 0;
  const unknownB = b.bytes.estimate === 'unknown' ? 1 : 0;
  return unknownA - unknownB || b.bytes.value - a.bytes.value || a.addedAtLine - b.addedAtLine;
}
