import { fileInternalError, formatReport, type FileResult, type FormatOptions, type OutputFormat, type RunReport, type SourcedResult } from '@dflint/core';
import { rules } from '@dflint/rules';
import { VERSION } from './version';

/** What every report of a run says besides its results: the rules, the folder, the tool's version and the exit code. */
export function runReportOf(results: readonly SourcedResult[], cwd: string, exitCode: number): RunReport {
  return { results, rules: rules.map((rule) => rule.meta), cwd, toolVersion: VERSION, exitCode };
}

/**
 * formatReport, but a file whose results cannot be formatted (a dflint bug) is reported as that
 * file's internal error instead of costing every file of the run its report. Each file is tried
 * alone only once the whole report failed, so a normal run formats once.
 */
export function formatIsolated(format: OutputFormat, report: RunReport, options: FormatOptions): string {
  try {
    return formatReport(format, report, options);
  } catch {
    const results = report.results.map((result) =>
      formatFileIsolated(result, (one) => {
        formatReport(format, { ...report, results: [one] }, options);
        return one;
      }),
    );
    return formatReport(format, { ...report, results }, options);
  }
}

/** What `format` makes of one file's result, or (a dflint bug) of that file's internal error instead. */
export function formatFileIsolated<T>(result: FileResult, format: (result: FileResult) => T): T {
  try {
    return format(result);
  } catch (error) {
    return format({ file: result.file, findings: [fileInternalError(error)] });
  }
}
