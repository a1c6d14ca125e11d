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
 * A file at a time, keeping counts only, so the results can be let go as they are reported.
 */
export class VerdictTally {
  private overThreshold = false;
  private warnings = 0;
  /** files counted, and whether any of them has a finding left (after --quiet) */
  files = 0;
  anyFindings = false;

  constructor(private readonly rules: VerdictRules) {}

  /** Applies --quiet to the result's findings (in place) and counts them. */
  add(result: FileResult): void {
    if (this.rules.quiet) result.findings = result.findings.filter((finding) => finding.severity === 'error');
    const threshold = this.rules.thresholds.get(result.file) ?? 'info';
    if (threshold !== 'none' && result.findings.some((finding) => atLeast(finding.severity, threshold))) this.overThreshold = true;
    for (const finding of result.findings) if (finding.severity === 'warning') this.warnings++;
    this.files++;
    if (result.findings.length > 0) this.anyFindings = true;
  }

  verdict(): Verdict {
    const tooMany = this.rules.maxWarnings !== undefined && this.warnings > this.rules.maxWarnings;
    return {
      failing: this.overThreshold || tooMany,
      ...(tooMany ? { tooManyWarnings: `${this.warnings} warnings, more than --max-warnings ${this.rules.maxWarnings} allows` } : {}),
    };
  }
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
