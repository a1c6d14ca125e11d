import { atLeast, type FileResult } from '@dflint/core';
import type { FailureThreshold } from '@dflint/config';
import { UsageError } from './io';

export interface VerdictRules {
  /** each file's failure threshold, by the name it is reported under */
  thresholds: ReadonlyMap<string, FailureThreshold>;
  /** --quiet: only errors are reported, and only they count */
  quiet?: boolean;
  /** --max-warnings N: more than N warnings fail the run */
  maxWarnings?: number;
}

export interface Verdict {
  failing: boolean;
  /** why the run fails on warnings alone, for stderr */
  tooManyWarnings?: string;
}

/**
 * Applies --quiet to the results (dropping what is not an error, so nothing hidden can fail the
 * run) and says whether the run fails: a finding at or above its file's threshold, or more
 * `warning` findings than --max-warnings allows (as ESLint's flag does, even with no errors).
 */
export function judgeResults(results: FileResult[], rules: VerdictRules): Verdict {
  if (rules.quiet) {
    for (const result of results) result.findings = result.findings.filter((finding) => finding.severity === 'error');
  }
  const overThreshold = results.some((result) => {
    const threshold = rules.thresholds.get(result.file) ?? 'info';
    return threshold !== 'none' && result.findings.some((finding) => atLeast(finding.severity, threshold));
  });
  const warnings = results.reduce((count, result) => count + result.findings.filter((finding) => finding.severity === 'warning').length, 0);
  const tooMany = rules.maxWarnings !== undefined && warnings > rules.maxWarnings;
  return {
    failing: overThreshold || tooMany,
    ...(tooMany ? { tooManyWarnings: `${warnings} warnings, more than --max-warnings ${rules.maxWarnings} allows` } : {}),
  };
}

/** --max-warnings takes a whole number, 0 or more. */
export function readMaxWarnings(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--max-warnings takes a whole number, 0 or more (got ${String(value)})`);
  return value;
}

/** --jobs takes a whole number, 1 or more. */
export function readJobs(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--jobs takes a whole number, 1 or more (got ${String(value)})`);
  return value;
}
