import type { RuleMeta } from '../engine/rule';
import type { FileResult } from './types';

/** A file's findings with the text they were found in (fingerprints hash the finding's lines). */
export interface SourcedResult extends FileResult {
  /** the linted text; without it fingerprints fall back to the rule and message */
  text?: string;
}

/** Everything the CI formats (sarif, gitlab, junit, …) report about one run. */
export interface RunReport {
  results: readonly SourcedResult[];
  /** the rules of the run, for SARIF's rule table; findings of other rules get a plain entry */
  rules: readonly RuleMeta[];
  /** the folder paths are made relative to: the repository root when run in CI */
  cwd: string;
  toolVersion: string;
  /** the run's exit code, reported in SARIF's invocation */
  exitCode: number;
}
