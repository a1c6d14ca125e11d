import { formatCheckstyle } from './checkstyle';
import { formatCodeclimate } from './codeclimate';
import { formatCompact } from './compact';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatCodacy, formatGnu, formatSonarqube } from './hadolint-formats';
import { formatJson } from './json';
import { formatJunit } from './junit';
import type { RunReport } from './report';
import type { FormatOptions } from './types';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

/** Every `dflint --format`. */
export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'checkstyle', 'junit', 'gitlab', 'codeclimate', 'github', 'compact', 'gnu', 'codacy', 'sonarqube'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Other names `--format` takes for a format: hadolint's `tty` is stylish. */
export const FORMAT_ALIASES: Readonly<Record<string, OutputFormat>> = { tty: 'stylish' };

/** Formats written for people (colour, summaries); the others are read by tools. */
export const HUMAN_FORMATS: ReadonlySet<OutputFormat> = new Set(['stylish']);

/** Formats that print each finding's fix: a lint for the others leaves rules' lazy fixes unbuilt. */
export const FIX_FORMATS: ReadonlySet<OutputFormat> = new Set(['json', 'sarif']);

/** Renders a run's report in one format; `color` and `width` only matter to stylish. */
export function formatReport(format: OutputFormat, report: RunReport, options: FormatOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report.results, options);
    case 'json':
      return formatJson(report.results);
    case 'sarif':
      return formatSarif(report);
    case 'checkstyle':
      return formatCheckstyle(report.results);
    case 'junit':
      return formatJunit(report.results);
    case 'gitlab':
      return formatGitlab(report);
    case 'codeclimate':
      return formatCodeclimate(report);
    case 'github':
      return formatGithub(report);
    case 'compact':
      return formatCompact(report.results);
    case 'gnu':
      return formatGnu(report.results);
    case 'codacy':
      return formatCodacy(report.results);
    case 'sonarqube':
      return formatSonarqube(report);
  }
}
