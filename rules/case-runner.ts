import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzeDockerfile, fixText, LINT_DIRECTIVE, type AnalysisRequest, type Finding, type FixResult, type Rule, type RuleSetting } from '@dflint/core';
import type { ContextFiles, ExpectedFinding } from './harness';
import { aptFixtureStates, debianWithDpkg } from '../packages/core/src/package-index/test-apt-knowledge';
import { baseStates } from '../packages/core/src/layers/test-base-image';
import type { ParsedDocument } from '../packages/core/src/parse/document';
import type { DockerfileModel } from '../packages/core/src/parse/types';

// Runs one rule on one case (a fixture or a README example), as the CLI would: its setting and
// its build context, written to a fresh directory.

/** What one case runs: its Dockerfile, the rule's setting, and the files of its build context. */
export interface CaseInput {
  code: string;
  setting?: RuleSetting;
  context?: ContextFiles;
  /** a resolved Debian base with dpkg's packages, and the committed bookworm index as apt's knowledge */
  apt?: boolean;
}

const contextDirs: string[] = [];

/** Deletes the build contexts written so far (call it once the tests are done). */
export function removeContexts(): void {
  for (const dir of contextDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function writeContext(files: ContextFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'dflint-rule-context-'));
  contextDirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'number' ? Buffer.alloc(content) : content);
  }
  return root;
}

/** The analysis the CLI would run for the case: this rule alone, its setting, its build context. */
function requestFor(rule: Rule, input: CaseInput): AnalysisRequest {
  return {
    rules: [rule],
    settings: { [rule.meta.name]: enabled(rule, input.setting) },
    contextRoot: input.context ? writeContext(input.context) : undefined,
    ...(input.apt && aptSources()),
  };
}

/** The case's setting; a default-off rule runs at its severity unless the case sets one. */
function enabled(rule: Rule, setting: RuleSetting = {}): RuleSetting {
  return rule.meta.defaultOff && setting.severity === undefined ? { ...setting, severity: rule.meta.severity } : setting;
}

/** Sources that resolve every registry base to the test Debian base and give apt the committed index. */
function aptSources(): Pick<AnalysisRequest, 'baseImages' | 'packageIndexes'> {
  const base = debianWithDpkg();
  const states = aptFixtureStates();
  const resolved = (document: DockerfileModel) => baseStates(document as ParsedDocument, base);
  return {
    baseImages: { resolve: async (document) => resolved(document), cached: resolved },
    packageIndexes: { load: async () => states, cached: () => states },
  };
}

/**
 * Every finding on the case, internal errors included; not lint-directive's, which would take the
 * other rules' names in a case's directive comments for unknown ones (the case runs one rule).
 * `fixes: false`: lazy fixes are left unbuilt, as the language server leaves them.
 */
export async function lintCase(rule: Rule, input: CaseInput, { fixes = true } = {}): Promise<Finding[]> {
  return (await analyzeDockerfile({ ...requestFor(rule, input), text: input.code, fixes })).findings.filter((finding) => finding.rule !== LINT_DIRECTIVE);
}

/** The rule's fixes applied until stable; unsafe ones too when the rule's fixes are unsafe. */
export async function fixCase(rule: Rule, input: CaseInput): Promise<FixResult> {
  return fixText(input.code, requestFor(rule, input), { unsafe: rule.meta.fixable === 'unsafe' });
}

/** A finding as fixtures state it: 1-based positions. */
export function describeFinding(f: Finding) {
  return {
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    message: f.message,
    ...(f.wastedBytes ? { wastedBytes: f.wastedBytes } : {}),
    ...(f.noFixReason ? { noFix: f.noFixReason } : {}),
  };
}

/** Whether a finding is the one expected: every field the expectation gives is equal. */
export function matches(actual: Finding, expected: ExpectedFinding): boolean {
  const shown = describeFinding(actual);
  const fields = ['line', 'column', 'endLine', 'endColumn', 'severity', 'message', 'noFix'] as const;
  if (fields.some((field) => expected[field] !== undefined && expected[field] !== shown[field])) return false;
  const bytes = expected.wastedBytes;
  if (!bytes) return true;
  const got = actual.wastedBytes;
  return bytes.value === got?.value && bytes.estimate === got.estimate && (bytes.source === undefined || bytes.source === got.source);
}

/** Pairs expectations with findings in order; what is left on either side is a failure. */
export function unmatched(findings: readonly Finding[], expected: readonly ExpectedFinding[]) {
  const extra = [...findings];
  const missing: ExpectedFinding[] = [];
  for (const want of expected) {
    const at = extra.findIndex((f) => matches(f, want));
    if (at < 0) missing.push(want);
    else extra.splice(at, 1);
  }
  return { missing, extra: extra.map(describeFinding) };
}
