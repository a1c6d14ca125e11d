import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFix, INTERNAL_ERROR, type Rule } from '@dflint/core';
import { fixCase, lintCase, removeContexts, unmatched, describeFinding, type CaseInput } from './case-runner';
import { fixtureProblems } from './fixture-checks';
import type { ExpectedFinding, RuleFixtures, ValidCase } from './harness';
import { readReadmeExample } from './readme-example';
import { rules } from './index';
import { linesNotEdited, namedLines } from './wording';
import { testsOf, withShellcheck } from '../test/shellcheck-tests';

// The one table-driven harness every rule goes through: its fixtures, its README, its folder.

const README_SECTIONS = ['## What it does', '## Why it matters', '## Example', '## Fix', '## Options', '## Aliases'];

function fixturesOf(rule: Rule): RuleFixtures {
  // eslint-style: each rule folder ships its own table
  return require(join(__dirname, rule.meta.name, 'fixtures')).default as RuleFixtures;
}

afterAll(removeContexts);

// the shellcheck rule's cases need the binary: skipped, loudly, without it
const shellcheckHere = withShellcheck();

async function expectValid(rule: Rule, input: CaseInput) {
  const findings = await lintCase(rule, input);
  expect(findings.map(describeFinding)).toEqual([]);
}

/** Exactly the findings expected, and the fixes write `output` (or change nothing, without one). */
async function expectInvalid(rule: Rule, input: CaseInput, expected: ExpectedFinding[], output: string | undefined) {
  const findings = await lintCase(rule, input);
  expect(findings.filter((f) => f.rule === INTERNAL_ERROR).map(describeFinding)).toEqual([]);
  expect(unmatched(findings, expected)).toEqual({ missing: [], extra: [] });
  // a message that names lines names the finding's own among them; a fix points at the lines it changes (issue 14 item 12)
  const elsewhere = findings.filter((f) => namedLines(f.message).length > 0 && !namedLines(f.message).includes(f.range.start.line + 1));
  expect(elsewhere.map(describeFinding)).toEqual([]);
  expect(findings.flatMap((f) => (f.fix ? linesNotEdited(f.fix).map((line) => `${f.fix!.description}: line ${line} is not edited`) : []))).toEqual([]);
  // a lazy fix built after the analysis (the language server's code actions) is the one built at once
  const unbuilt = await lintCase(rule, input, { fixes: false });
  unbuilt.forEach(buildFix);
  expect(unbuilt).toEqual(findings);
  const fixed = await fixCase(rule, input);
  expect(fixed.rejected.map((r) => r.fix.description)).toEqual([]);
  expect(fixed.text).toBe(output ?? input.code);
  expect(fixed.stable).toBe(true);
}

describe.each(rules.map((rule) => [rule.meta.name, rule] as const))('rule %s', (name, rule) => {
  const folder = join(__dirname, name);
  const readme = readFileSync(join(folder, 'README.md'), 'utf8');
  const fixtures = fixturesOf(rule);

  test('lives in its own folder with a README in the rule-doc shape', () => {
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readme.startsWith(`# ${name}\n`)).toBe(true);
    for (const section of README_SECTIONS) expect(readme).toContain(section);
    for (const alias of rule.meta.aliases) expect(readme).toContain(alias);
  });

  test('has valid and invalid fixtures the harness accepts', () => {
    expect(fixtures.valid.length).toBeGreaterThan(0);
    expect(fixtures.invalid.length).toBeGreaterThan(0);
    expect(fixtureProblems(fixtures, rule.meta.fixable)).toEqual([]);
  });

  const linting = testsOf(name, shellcheckHere);
  const valid = fixtures.valid.map((c): ValidCase => (typeof c === 'string' ? { name: c.split('\n').join(' ⏎ '), code: c } : c));
  const inputOf = (c: ValidCase): CaseInput => ({ code: c.code, context: c.context, ...(c.apt && { apt: true }), ...(c.options === undefined ? {} : { setting: { options: c.options } }) });

  linting.each(valid.map((c) => [c.name, c] as const))('valid: %s', async (_name, c) => {
    await expectValid(rule, inputOf(c));
  });

  linting.each(fixtures.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_name, c) => {
    await expectInvalid(rule, inputOf(c), c.findings, c.output);
  });

  linting(rule.meta.fixable ? 'offers fixes, and its fixtures show them' : 'offers no fixes', async () => {
    const findings = await Promise.all(fixtures.invalid.map((c) => lintCase(rule, inputOf(c))));
    const fixes = findings.flat().filter((f) => f.fix);
    if (!rule.meta.fixable) return expect(fixes.map(describeFinding)).toEqual([]);
    expect(fixes.every((f) => f.fix!.safety === 'safe' || rule.meta.fixable === 'unsafe')).toBe(true);
    expect(fixtures.invalid.some((c) => c.output !== undefined)).toBe(true);
  });

  describe('README example', () => {
    // read in each test, so a README not in the harness's shape fails its tests, not the whole file
    const example = () => readReadmeExample(readme, name);
    const inputOf = (code: string): CaseInput => ({ code, context: example().context, setting: example().setting });

    linting('reports what the README shows, and the fix writes what it shows', async () => {
      await expectInvalid(rule, inputOf(example().code), example().findings, example().fix?.output);
    });

    test(rule.meta.fixable ? 'shows the fix with the command that applies it' : 'shows no fix', () => {
      const command = { safe: 'dflint --fix', unsafe: 'dflint --fix --unsafe-fixes', false: undefined }[String(rule.meta.fixable)];
      expect(example().fix?.command).toBe(command);
    });

    linting("the Fix section's other Dockerfiles have no finding", async () => {
      for (const code of example().cleanDockerfiles) await expectValid(rule, inputOf(code));
    });
  });
});

test('every rule folder is in the rules index, and every rule in the index has a folder', () => {
  const folders = readdirSync(__dirname).filter((entry) => existsSync(join(__dirname, entry, 'rule.ts')));
  expect(folders.sort()).toEqual(rules.map((r) => r.meta.name).sort());
});
