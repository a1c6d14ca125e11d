import { fileInternalError, formatReport, type FormatOptions, type OutputFormat, type RunReport } from '@dflint/core';

/**
 * formatReport, but a file whose results cannot be formatted (a dflint bug) is reported as that
 * file's internal error instead of costing every file of the run its report. Each file is tried
 * alone only once the whole report failed, so a normal run formats once.
 */
export function formatIsolated(format: OutputFormat, report: RunReport, options: FormatOptions): string {
  try {
    return formatReport(format, report, options);
  } catch {
    const results = report.results.map((result) => {
      try {
        formatReport(format, { ...report, results: [result] }, options);
        return result;
      } catch (error) {
        return { file: result.file, findings: [fileInternalError(error)] };
      }
    });
    return formatReport(format, { ...report, results }, options);
  }
}
