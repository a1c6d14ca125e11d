import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { analyzeDockerfile, parseDocument, type Finding, type Rule, type RuleSetting } from '@dflint/core';
import { readHadolintConfig } from '../packages/config/src/hadolint';
import { parseYamlConfig } from '../packages/config/src/yaml-text';
import { RuleNames } from '../packages/config/src/rule-names';

// Replays hadolint's own spec cases (../shared/hadolint-cases, see its README) through dflint: each
// case runs the rule that aliases its code, and agrees when that code's findings are there exactly
// when hadolint's test expects them.

export const HADOLINT_CASES = join(__dirname, '..', '..', 'shared', 'hadolint-cases', 'cases.json');

export interface HadolintCase {
  /** `DL3008`; `SC` for any ShellCheck code; `*` for every rule at once */
  rule: string;
  dockerfile: string;
  expect: 'catches' | 'not';
  /** `onbuild`: hadolint's test wraps each RUN in ONBUILD */
  mode: 'plain' | 'onbuild';
  /** how many findings of the code the test expects, when it says */
  count?: number;
  /** .hadolint.yaml keys */
  config?: Record<string, unknown>;
  name: string;
  /** `test/Hadolint/Rule/DL3008Spec.hs:16`: unique per case */
  source: string;
}

export interface ReplayOutcome {
  case: HadolintCase;
  /** the dflint rule that ran, when one aliases the code */
  rule?: string;
  found: number;
  agrees: boolean;
}

export function readHadolintCases(): HadolintCase[] | undefined {
  if (!existsSync(HADOLINT_CASES)) return undefined;
  const cases = JSON.parse(readFileSync(HADOLINT_CASES, 'utf8')) as HadolintCase[];
  // one upstream case (DL3045Spec.hs:35) asserts the code "FROM scratch\nDL3045": DL3045 is meant
  return cases.map((testCase) => ({ ...testCase, rule: testCase.rule.split(/\s+/).pop()! }));
}

/** How a README names a case in its list of deliberate differences: `DL3008Spec.hs:16`. */
export function caseReference(source: string): string {
  return basename(source);
}

/** The dflint rule a hadolint code belongs to: by alias, ShellCheck's codes to the shellcheck rule. */
export function ruleForCode(rules: readonly Rule[], code: string): Rule | undefined {
  if (code === 'SC') return rules.find((rule) => rule.meta.name === 'shellcheck');
  return rules.find((rule) => rule.meta.aliases.some((alias) => alias.toUpperCase() === code.toUpperCase()));
}

/** Whether a finding is the case's code (any ShellCheck code for `SC`, any hadolint code for `*`). */
function isCode(finding: Finding, code: string): boolean {
  const aliases = finding.aliases ?? [];
  if (code === 'SC') return aliases.some((alias) => /^SC\d+$/.test(alias));
  if (code === '*') return aliases.some((alias) => /^(DL|SC)\d+$/.test(alias) && alias !== 'DL1000');
  return aliases.includes(code);
}

export async function replayCase(testCase: HadolintCase, rules: readonly Rule[]): Promise<ReplayOutcome> {
  const rule = testCase.rule === '*' ? undefined : ruleForCode(rules, testCase.rule);
  if (testCase.rule !== '*' && !rule) return { case: testCase, found: 0, agrees: false };
  const running = rule ? [rule] : rules;
  const text = await caseText(testCase);
  const settings: Record<string, RuleSetting> = { ...configSettings(testCase, rules) };
  // hadolint's tests run a rule whatever its default severity (DL1001 and DL3057 are off by default)
  for (const each of running) settings[each.meta.name] = { ...settings[each.meta.name], severity: settings[each.meta.name]?.severity ?? each.meta.severity };
  const { findings } = await analyzeDockerfile({ text, rules: running, settings });
  const found = findings.filter((finding) => isCode(finding, testCase.rule)).length;
  const agrees = testCase.expect === 'not' ? found === 0 : found > 0 && (testCase.count === undefined || found === testCase.count);
  return { case: testCase, rule: rule?.meta.name, found, agrees };
}

/**
 * The Dockerfile the case lints. hadolint lints fragments; a Dockerfile needs a FROM, so a case
 * without one gets `FROM scratch` first (except DL3061's, whose subject is what comes before FROM).
 * ONBUILD cases wrap each RUN in ONBUILD, as hadolint's test helper does.
 */
async function caseText(testCase: HadolintCase): Promise<string> {
  let text = testCase.dockerfile;
  if (testCase.mode === 'onbuild') {
    const document = await parseDocument(text);
    const offsets = document.instructions.filter((instruction) => instruction.keyword === 'RUN').map((run) => document.lines.offsetAt(run.keywordRange.start));
    for (const offset of offsets.reverse()) text = `${text.slice(0, offset)}ONBUILD ${text.slice(offset)}`;
  }
  const hasFrom = /^[ \t]*from[ \t]/im.test(text);
  if (!hasFrom && testCase.rule !== 'DL3061') text = `FROM scratch\n${text}`;
  return text;
}

/**
 * The case's hadolint config as dflint reads a .hadolint.yaml. hadolint's tests call its linter
 * directly, so severity overrides do not apply there and are left out here; `ignored` is kept: the
 * only cases that set it (RegressionSpec.hs:60/61) assert through passesShellcheck/passesAllEnabled,
 * which drop the ignored codes' findings.
 */
function configSettings(testCase: HadolintCase, rules: readonly Rule[]): Record<string, RuleSetting> {
  if (!testCase.config) return {};
  const { override: _override, ...config } = testCase.config;
  const text = parseYamlConfig(stringify(config), '.hadolint.yaml');
  return readHadolintConfig(text, '.hadolint.yaml', new RuleNames(rules)).rules;
}

export interface CodeAgreement {
  code: string;
  rule: string;
  cases: number;
  agreed: number;
  plain: string;
  onbuild: string;
}

/** Agreement per code, in code order. */
export function agreementByCode(outcomes: readonly ReplayOutcome[]): CodeAgreement[] {
  const codes = [...new Set(outcomes.map((outcome) => outcome.case.rule))].sort();
  return codes.map((code) => {
    const mine = outcomes.filter((outcome) => outcome.case.rule === code);
    const ratio = (mode: string) => {
      const inMode = mine.filter((outcome) => outcome.case.mode === mode);
      return inMode.length ? `${inMode.filter((outcome) => outcome.agrees).length}/${inMode.length}` : '–';
    };
    return {
      code,
      rule: mine.find((outcome) => outcome.rule)?.rule ?? (code === '*' ? '(all)' : '(none)'),
      cases: mine.length,
      agreed: mine.filter((outcome) => outcome.agrees).length,
      plain: ratio('plain'),
      onbuild: ratio('onbuild'),
    };
  });
}

export function renderAgreementTable(rows: readonly CodeAgreement[]): string {
  const total = rows.reduce((sum, row) => sum + row.cases, 0);
  const agreed = rows.reduce((sum, row) => sum + row.agreed, 0);
  const lines = rows.map((row) =>
    [row.code.padEnd(7), row.rule.padEnd(28), row.plain.padStart(7), row.onbuild.padStart(7), `${((100 * row.agreed) / row.cases).toFixed(1)}%`.padStart(7)].join(' '),
  );
  return [
    `${'code'.padEnd(7)} ${'dflint rule'.padEnd(28)} ${'plain'.padStart(7)} ${'onbuild'.padStart(7)} ${'agree'.padStart(7)}`,
    ...lines,
    `overall: ${agreed}/${total} = ${((100 * agreed) / total).toFixed(1)}%`,
  ].join('\n');
}
