import type { Bytes, Severity } from '@dflint/core';

/** What a rule's `fixtures.ts` exports: ESLint RuleTester-style tables run by rules.test.ts. */
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
}

export interface InvalidCase {
  name: string;
  code: string;
  options?: unknown;
  /** a build context to write to a fresh directory and read (loadBuildContext) for this case */
  context?: ContextFiles;
  findings: ExpectedFinding[];
  /**
   * The text after applying this rule's fixes until stable (unsafe ones too for an unsafe rule);
   * `null` when the rule finds something it cannot fix here: the text stays as it is (as in
   * ESLint's RuleTester).
   */
  output?: string | null;
}

/** Files of a build context by path relative to its root: text, bytes, or a size (zero-filled). */
export type ContextFiles = Record<string, string | Uint8Array | number>;

/** 1-based positions, as shown to people; a field left out is not checked. */
export interface ExpectedFinding {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message?: string | RegExp;
  severity?: Severity;
  wastedBytes?: Bytes;
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

/**
 * ../shared/groundtruth/cases/seed-chmod-layers, the measured seed case: six RUNs that store
 * 5 MiB to leave 1 MiB visible (4 MiB wasted); several rules' fixtures check their share of it.
 */
export const SEED_CHMOD_LAYERS = dockerfile`
  FROM busybox
  RUN mkdir /data
  RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one
  RUN chmod -R 0777 /data
  RUN dd if=/dev/zero bs=1024 count=1024 of=/data/two
  RUN chmod -R 0777 /data
  RUN rm /data/one
  CMD ls -alh /data
`;
