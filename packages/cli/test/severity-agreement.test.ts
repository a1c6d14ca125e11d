// Issue 14 item 8: what --list-rules, the README rules table and --print-config say about a rule's
// severity is the severity of what it reports (consecutive-run said warning and reported info).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '@dflint/core';
import { renderEffectiveConfig } from '@dflint/config';
import { rules } from '@dflint/rules';
import { lintCase, removeContexts } from '../../../rules/case-runner';
import type { RuleFixtures } from '../../../rules/harness';
import { listRules } from '../src/list-rules';
import { REPO_ROOT } from './run-cli';

function fixturesOf(rule: Rule): RuleFixtures {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(REPO_ROOT, 'rules', rule.meta.name, 'fixtures')).default as RuleFixtures;
}

/** layer-count's README: "At 127 layers or more the finding is an error" (the build fails there). */
const ESCALATES_TO_ERROR = new Set(['layer-count']);

/**
 * Rules whose findings take their code's severity (hadolint's per code, ShellCheck's level; each
 * README says which): their fixtures' findings may be at any of these. ShellCheck's fixtures find
 * nothing when the tests run without the binary.
 */
const SEVERITY_PER_FINDING: Readonly<Record<string, readonly string[]>> = {
  'consecutive-run': ['warning', 'style'],
  'invalid-expose': ['error', 'warning'],
  'repeated-instruction': ['error', 'warning'],
  'label-schema': ['info', 'warning'],
  shellcheck: ['error', 'warning', 'info', 'style'],
};

const listed = listRules(rules).split('\n');
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const printed = JSON.parse(
  renderEffectiveConfig('Dockerfile', { settings: {}, ignored: false, failureThreshold: 'info', maxFileSize: 1 }, {}, rules, REPO_ROOT),
) as { rules: Record<string, string> };

afterAll(removeContexts);

describe.each(rules.map((rule) => [rule.meta.name, rule] as const))('%s', (name, rule) => {
  const { severity, defaultOff } = rule.meta;

  test('--list-rules, the README table and --print-config give its default severity (off, for a default-off rule)', () => {
    const shown = defaultOff ? `off (${severity})` : severity;
    expect(listed.find((line) => line.startsWith(`${name} `))?.split(/\s{2,}/)[1]).toBe(shown);
    expect(readme).toContain(`| [\`${name}\`](rules/${name}/README.md) | ${rule.meta.category} | ${shown} |`);
    expect(printed.rules[name]).toBe(defaultOff ? 'off' : severity);
  });

  test('every finding of its fixtures is at that severity', async () => {
    const seen = new Set<string>();
    for (const fixture of fixturesOf(rule).invalid) {
      const setting = fixture.options === undefined ? undefined : { options: fixture.options };
      const findings = await lintCase(rule, { code: fixture.code, setting, context: fixture.context });
      for (const finding of findings.filter((f) => f.rule === name)) seen.add(finding.severity);
    }
    if (ESCALATES_TO_ERROR.has(name)) seen.delete('error');
    const perFinding = SEVERITY_PER_FINDING[name];
    if (perFinding) expect([...seen].filter((each) => !perFinding.includes(each))).toEqual([]);
    else expect([...seen]).toEqual([severity]);
  });
});
