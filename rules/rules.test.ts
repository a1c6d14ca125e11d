import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNAL_ERROR, lintText, type Finding, type Rule } from '@dflint/core';
import type { ExpectedFinding, RuleFixtures } from './harness';
import { rules } from './index';

// The one table-driven harness every rule goes through: its fixtures, its README, its folder.

const README_SECTIONS = ['## What it does', '## Why it matters', '## Example', '## Fix', '## Options', '## Aliases'];

function fixturesOf(rule: Rule): RuleFixtures {
  // eslint-style: each rule folder ships its own table
  return require(join(__dirname, rule.meta.name, 'fixtures')).default as RuleFixtures;
}

async function run(rule: Rule, code: string, options?: unknown): Promise<Finding[]> {
  const findings = await lintText(code, {
    rules: [rule],
    settings: options === undefined ? {} : { [rule.meta.name]: { options } },
  });
  expect(findings.filter((f) => f.rule === INTERNAL_ERROR)).toEqual([]);
  return findings;
}

function matches(actual: Finding, expected: ExpectedFinding): boolean {
  const checks: Array<[number | undefined, number]> = [
    [expected.line, actual.range.start.line + 1],
    [expected.column, actual.range.start.character + 1],
    [expected.endLine, actual.range.end.line + 1],
    [expected.endColumn, actual.range.end.character + 1],
  ];
  if (checks.some(([want, got]) => want !== undefined && want !== got)) return false;
  if (expected.severity && expected.severity !== actual.severity) return false;
  if (typeof expected.message === 'string' && expected.message !== actual.message) return false;
  if (expected.message instanceof RegExp && !expected.message.test(actual.message)) return false;
  return true;
}

function describeFinding(f: Finding) {
  return {
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    message: f.message,
  };
}

describe.each(rules.map((rule) => [rule.meta.name, rule] as const))('rule %s', (name, rule) => {
  const folder = join(__dirname, name);

  test('lives in its own folder with a README in the rule-doc shape', () => {
    expect(statSync(folder).isDirectory()).toBe(true);
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    expect(readme.startsWith(`# ${name}\n`)).toBe(true);
    for (const section of README_SECTIONS) expect(readme).toContain(section);
    for (const alias of rule.meta.aliases) expect(readme).toContain(alias);
  });

  test('has valid and invalid fixtures', () => {
    const fixtures = fixturesOf(rule);
    expect(fixtures.valid.length).toBeGreaterThan(0);
    expect(fixtures.invalid.length).toBeGreaterThan(0);
  });

  const fixtures = fixturesOf(rule);
  const valid = fixtures.valid.map((c) => (typeof c === 'string' ? { name: c.split('\n').join(' ⏎ '), code: c } : c));

  test.each(valid.map((c) => [c.name, c] as const))('valid: %s', async (_name, c) => {
    const findings = await run(rule, c.code, 'options' in c ? c.options : undefined);
    expect(findings.map(describeFinding)).toEqual([]);
  });

  test.each(fixtures.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_name, c) => {
    const findings = (await run(rule, c.code, c.options)).filter((f) => f.rule === name);
    const unmatched = [...findings];
    for (const expected of c.findings) {
      const at = unmatched.findIndex((f) => matches(f, expected));
      if (at < 0) throw new Error(`no finding matches ${JSON.stringify(expected)} among ${JSON.stringify(findings.map(describeFinding), null, 2)}`);
      unmatched.splice(at, 1);
    }
    expect(unmatched.map(describeFinding)).toEqual([]);
  });
});

test('every rule folder is in the rules index, and every rule in the index has a folder', () => {
  const folders = readdirSync(__dirname).filter((entry) => existsSync(join(__dirname, entry, 'rule.ts')));
  expect(folders.sort()).toEqual(rules.map((r) => r.meta.name).sort());
});
