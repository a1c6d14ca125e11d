import type { Finding } from '../engine/rule';

/** The findings for one linted file, as formatters receive them. */
export interface FileResult {
  /** the path as the user gave it (or the --stdin-filename) */
  file: string;
  findings: Finding[];
}

export interface FormatOptions {
  color: boolean;
  /** the terminal's columns: stylish wraps long messages to it; without it, one line per finding */
  width?: number;
}
