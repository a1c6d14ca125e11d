import { formatJsonItem, formatReport, StylishWriter, type FormatOptions, type OutputFormat, type SourcedResult } from '@dflint/core';
import { formatFileIsolated as isolated, runReportOf } from './format-isolated';
import type { CliIo } from './io';
import type { OutputTarget } from './output-targets';

/**
 * A report written a file at a time, as each file's result arrives (in the run's order), so a run
 * of any number of files holds one file's result at a time. The bytes are those the whole-run
 * formatter writes (writeOutputs).
 */
export interface ReportStream {
  /** Writes the file's part of the report. */
  add(result: SourcedResult): void;
  /** Writes what follows the last file; a human format writes nothing at all when the run has nothing to show. */
  end(nothingToShow: boolean): void;
}

/** Formats whose report is each file's report one after the other, with nothing around them. */
const CONCATENATED: ReadonlySet<OutputFormat> = new Set(['compact', 'gnu', 'codacy', 'github']);

export interface StreamSettings {
  /** --fix prints its summaries before the report, so its report is written whole */
  fixing: boolean;
  color: boolean;
  width?: number;
}

/**
 * The stream for a run whose one report goes to stdout in a format where a file's part does not
 * depend on the files after it; undefined otherwise (-o files are written whole, atomically, and
 * sarif, checkstyle, junit, gitlab, codeclimate and sonarqube are one document over the run).
 */
export function reportStreamFor(targets: readonly OutputTarget[], settings: StreamSettings, io: CliIo): ReportStream | undefined {
  if (settings.fixing || targets.length !== 1 || targets[0].file !== undefined) return undefined;
  const { format } = targets[0];
  const options: FormatOptions = { color: settings.color, width: settings.width };
  if (format === 'json') return jsonStream(io);
  if (format === 'stylish') return stylishStream(options, io);
  if (CONCATENATED.has(format)) return concatenatedStream(format, options, io);
  return undefined;
}

function jsonStream(io: CliIo): ReportStream {
  let items = 0;
  return {
    add(result) {
      io.out(`${items++ === 0 ? '[\n  ' : ',\n  '}${isolated(result, formatJsonItem)}`);
    },
    end() {
      io.out(items === 0 ? '[]\n' : '\n]\n');
    },
  };
}

function stylishStream(options: FormatOptions, io: CliIo): ReportStream {
  const writer = new StylishWriter(options);
  return {
    add(result) {
      const text = isolated(result, (one) => writer.file(one));
      if (text) io.out(text);
    },
    end(nothingToShow) {
      if (!nothingToShow) io.out(writer.end());
    },
  };
}

function concatenatedStream(format: OutputFormat, options: FormatOptions, io: CliIo): ReportStream {
  // the exit code is not known yet, and no format made a file at a time reports it
  const report = runReportOf([], io.cwd, 0);
  return {
    add(result) {
      const text = isolated(result, (one) => formatReport(format, { ...report, results: [one] }, options));
      if (text) io.out(text);
    },
    end() {},
  };
}
