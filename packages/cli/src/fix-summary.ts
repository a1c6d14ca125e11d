import { describeBytes, sumBytes, type AppliedFix, type Bytes, type Finding } from '@dflint/core';

export interface FixSummaryInput {
  file: string;
  applied: readonly AppliedFix[];
  rejected: readonly AppliedFix[];
  /** findings left in the fixed text */
  remaining: readonly Finding[];
  /** whether unsafe fixes were applied */
  unsafe: boolean;
  /** dry run: nothing was written, so say what would happen */
  dryRun: boolean;
}

/**
 * One line on what fixing did to a file, e.g.
 * `fixed 3 problems in Dockerfile (consecutive-run ×2, maintainer-deprecated), saves 4.0 MiB`,
 * or undefined when there is nothing to say.
 */
export function fixSummary(input: FixSummaryInput): string | undefined {
  const parts: string[] = [];
  if (input.applied.length > 0) {
    const verb = input.dryRun ? 'would fix' : 'fixed';
    const saved = bytesSaved(input.applied);
    parts.push(
      `${verb} ${problems(input.applied.length)} in ${input.file} (${countByRule(input.applied)})` +
        (saved ? `, ${input.dryRun ? 'would save' : 'saves'} ${describeBytes(saved)}` : ''),
    );
  }
  if (input.rejected.length > 0) {
    parts.push(`${fixes(input.rejected.length)} left out: the fixed text did not parse as cleanly or lost content (${countByRule(input.rejected)})`);
  }
  const unsafeLeft = input.unsafe ? 0 : input.remaining.filter((finding) => finding.fix?.safety === 'unsafe').length;
  if (unsafeLeft > 0) parts.push(`${unsafeLeft} more fixable with --unsafe-fixes`);
  if (parts.length === 0) return undefined;
  return input.applied.length > 0 ? parts.join('; ') : `${input.file}: ${parts.join('; ')}`;
}

/**
 * One stderr note per finding a fixable rule reported but could not fix, with its reason:
 * `dflint: note: Dockerfile:3:1: consecutive-run not fixed: line 3 is a lint directive comment`.
 * Positions are in the text the fixes reached (the original, when nothing was fixed).
 */
export function unfixedNotes(file: string, remaining: readonly Finding[]): string[] {
  return remaining.flatMap((finding) =>
    finding.noFixReason
      ? [`dflint: note: ${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}: ${finding.rule} not fixed: ${finding.noFixReason}\n`]
      : [],
  );
}

/**
 * The bytes the fixed findings waste, summed honestly; undefined when none of them names a figure,
 * the figure is unknown, or it is nothing.
 */
export function bytesSaved(applied: readonly AppliedFix[]): Bytes | undefined {
  const figures = applied.flatMap(({ finding }) => (finding.wastedBytes ? [finding.wastedBytes] : []));
  if (figures.length === 0) return undefined;
  const total = sumBytes(figures);
  return total.estimate === 'unknown' || total.value === 0 ? undefined : total;
}

/** `consecutive-run ×2, maintainer-deprecated`, in order of first appearance. */
function countByRule(fixed: readonly AppliedFix[]): string {
  const counts = new Map<string, number>();
  for (const { finding } of fixed) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => (count > 1 ? `${rule} ×${count}` : rule)).join(', ');
}

function problems(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'}`;
}

function fixes(count: number): string {
  return `${count} ${count === 1 ? 'fix' : 'fixes'}`;
}
