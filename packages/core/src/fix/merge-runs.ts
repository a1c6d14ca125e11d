import type { TextEdit } from '../engine/rule';
import type { ParsedDocument } from '../parse/document';
import { firstStartingAfter } from '../parse/instruction-lines';
import type { Instruction } from '../parse/types';
import { isLintDirectiveLine } from '../engine/lint-directive';
import { continuationIndent, runPart, spliceable, type RunPart } from './run-text';
import { ok, refusedAt, refuse, type FixOutcome } from './outcome';

/**
 * Instructions a RUN can be moved across without changing what it sees or does: they only
 * record metadata. ENV, ARG, WORKDIR, USER, SHELL, VOLUME, COPY and ADD change a RUN's context.
 */
export const METADATA_ONLY: ReadonlySet<string> = new Set([
  'LABEL', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER', 'ONBUILD',
]);


/**
 * One edit that turns `runs` (RUNs of one stage with only metadata instructions between them)
 * into one RUN joined by `&& \` continuations: the first RUN's flags, every comment line (between
 * the RUNs or inside them) kept as a comment line inside the continuation, which Docker drops,
 * the metadata instructions moved after the merged RUN.
 * A script that changes shell state (cd, export, set -e, …) runs in a subshell so the commands
 * after it see what they saw in their own RUN; a script that is more than an `&&` chain is
 * grouped in braces so that `&&` guards all of it. Refused, with the reason, when the merge is not safe.
 */
export function mergeRunsEdit(document: ParsedDocument, runs: readonly Instruction[]): FixOutcome<TextEdit> {
  if (runs.length < 2) return refuse('nothing to merge');
  const parts: RunPart[] = [];
  for (const run of runs) {
    const part = refusedAt(`line ${run.range.start.line + 1}`, runPart(document, run));
    if (!part.ok) return part;
    parts.push(part.value);
    // inside a merged RUN a lint directive would stop meaning anything
    if (part.value.leadingComments.some(isLintDirectiveLine)) return refuse(`line ${run.range.start.line + 1}: the RUN holds a lint directive comment`);
  }
  const flags = new Set(runs.map(runFlagsKey));
  if (flags.size > 1) return refuse('the RUNs have different flags (--mount, --network, --security)');
  // inside an `&&` chain errexit is off: a failure in a RUN before the last would no longer stop the build
  const errexit = parts.slice(0, -1).find((part) => part.errexit);
  if (errexit) return refuse(`line ${errexit.instruction.range.start.line + 1}: set -e (errexit) would be ignored in the merged RUN`);
  const first = runs[0];
  const last = runs[runs.length - 1];
  const outcome = betweenLines(document, runs);
  if (!outcome.ok) return outcome;
  const between = outcome.value;

  const escape = document.escapeChar;
  const indent = continuationIndent(document);
  const prefix = document.lines.textIn({ start: first.range.start, end: first.argsRange!.start });
  const pieces = parts.map((part, i) => spliceable(part, { first: i === 0, last: i === parts.length - 1 }));
  let merged = prefix + pieces[0];
  for (let i = 1; i < pieces.length; i++) {
    merged += ` && ${escape}\n`;
    for (const comment of [...(between.commentsBefore.get(runs[i]) ?? []), ...parts[i].leadingComments]) merged += `${indent}${comment}\n`;
    merged += indent + pieces[i];
  }
  const moved = between.moved.map((block) => `\n${block}`).join('');
  return ok({ range: { start: first.range.start, end: last.range.end }, newText: merged + moved });
}

interface Between {
  /** comment lines (as written, trimmed) that stood before each RUN after the first */
  commentsBefore: Map<Instruction, string[]>;
  /** the metadata instructions between the RUNs, each with the comments above it */
  moved: string[];
}

function betweenLines(document: ParsedDocument, runs: readonly Instruction[]): FixOutcome<Between> {
  const first = runs[0];
  const last = runs[runs.length - 1];
  const { instructions } = document;
  const inside = instructions.slice(firstStartingAfter(instructions, first.range.start.line), firstStartingAfter(instructions, last.range.start.line));
  const members = new Set(runs);
  const commentsBefore = new Map<Instruction, string[]>();
  const moved: string[] = [];
  let line = first.range.end.line + 1;
  for (const instruction of inside) {
    const comments: string[] = [];
    for (; line < instruction.range.start.line; line++) {
      const text = document.lines.lineText(line).trim();
      if (text === '') continue;
      if (!text.startsWith('#')) return refuse(`line ${line + 1} is neither a comment nor an instruction`);
      // inside a merged RUN a lint directive would stop meaning anything
      if (isLintDirectiveLine(text)) return refuse(`line ${line + 1} is a lint directive comment`);
      comments.push(text);
    }
    if (members.has(instruction)) commentsBefore.set(instruction, comments);
    else if (!METADATA_ONLY.has(instruction.keyword)) return refuse(`line ${instruction.range.start.line + 1}: ${instruction.keyword} changes what the RUNs after it see`);
    else moved.push([...comments, document.lines.textIn(instruction.range)].join('\n'));
    line = instruction.range.end.line + 1;
  }
  return ok({ commentsBefore, moved });
}

/** A RUN's flags in a canonical order: RUNs merge only when these are equal. */
export function runFlagsKey(run: Instruction): string {
  return run.flags
    .map((flag) => `${flag.name}=${flag.value ?? ''}`)
    .sort()
    .join(' ');
}
