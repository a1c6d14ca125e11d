import type { Bytes, Severity } from '@dflint/core';

/**
 * What a rule's `fixtures.ts` exports: tables in the shape of ESLint's RuleTester, run by
 * rules.test.ts. The harness refuses (fixture-checks.ts) keys it does not know, a finding without
 * its message, an output on a rule that fixes nothing, duplicate case names, and a valid case
 * identical to another case.
 */
export interface RuleFixtures {
  /** Dockerfiles on which the rule must find nothing */
  valid: Array<string | ValidCase>;
  /** Dockerfiles with exactly the findings listed */
  invalid: InvalidCase[];
}

export interface ValidCase {
  name: string;
  code: string;
  options?: unknown;
  context?: ContextFiles;
  /** analyse over a resolved Debian base with dpkg's packages and the committed bookworm index as apt's knowledge */
  apt?: boolean;
}

export interface InvalidCase {
  name: string;
  code: string;
  options?: unknown;
  /** a build context to write to a fresh directory and read (loadBuildContext) for this case */
  context?: ContextFiles;
  /** analyse over a resolved Debian base with dpkg's packages and the committed bookworm index as apt's knowledge */
  apt?: boolean;
  /** at least one: every finding the rule reports, each with its message */
  findings: ExpectedFinding[];
  /**
   * The text after applying this rule's fixes until stable (unsafe ones too for an unsafe rule).
   * Left out, it says the fixes change nothing here, and that is checked (as in ESLint 9's
   * RuleTester). A rule that is not fixable takes no output.
   */
  output?: string;
}

/** Files of a build context by path relative to its root: text, bytes, or a size (zero-filled). */
export type ContextFiles = Record<string, string | Uint8Array | number>;

/** 1-based positions, as shown to people; a position left out is not checked. */
export interface ExpectedFinding {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** the exact message */
  message: string;
  severity?: Severity;
  wastedBytes?: Bytes;
  /** the exact reason the finding has no fix (a fixable rule's refusal); left out, not checked */
  noFix?: string;
}

/**
 * Template tag for readable fixtures (raw, so a continuation `\\` stays in the text): drops the first newline and the common indentation,
 * keeps everything else byte for byte (a trailing newline is kept when present).
 */
export function dockerfile(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.raw.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const body = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
  const indents = body
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return body
    .split('\n')
    .map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length)))
    .join('\n');
}

/** The measured seed case (5 MiB stored, 1 MiB visible); several rules' fixtures check their share of it. */
export { SEED as SEED_CHMOD_LAYERS } from '../packages/core/src/layers/test-seed';
