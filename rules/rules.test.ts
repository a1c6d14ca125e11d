import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { INTERNAL_ERROR, fixText, lintDocument, loadBuildContext, parseDocument, type Finding, type ParsedDocument, type Rule } from '@dflint/core';
import type { ContextFiles, ExpectedFinding, RuleFixtures, ValidCase } from './harness';
import { rules } from './index';

// The one table-driven harness every rule goes through: its fixtures, its README, its folder.

const README_SECTIONS = ['## What it does', '## Why it matters', '## Example', '## Fix', '## Options', '## Aliases'];

function fixturesOf(rule: Rule): RuleFixtures {
  // eslint-style: each rule folder ships its own table
  return require(join(__dirname, rule.meta.name, 'fixtures')).default as RuleFixtures;
}

const contextDirs: string[] = [];
afterAll(() => contextDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writeContext(files: ContextFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'dflint-rule-context-'));
  contextDirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'number' ? Buffer.alloc(content) : content);
  }
  return root;
}

async function run(rule: Rule, code: string, options?: unknown, context?: ContextFiles): Promise<Finding[]> {
  return lintWith(rule, options, context ? writeContext(context) : undefined)(await parseDocument(code));
}

function lintWith(rule: Rule, options?: unknown, root?: string) {
  return async (document: ParsedDocument): Promise<Finding[]> => {
    const findings = lintDocument(document, {
      rules: [rule],
      settings: options === undefined ? {} : { [rule.meta.name]: { options } },
      context: root ? await loadBuildContext(document, { root }) : undefined,
    });
    expect(findings.filter((f) => f.rule === INTERNAL_ERROR)).toEqual([]);
    return findings;
  };
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
  const bytes = expected.wastedBytes;
  if (bytes && (bytes.value !== actual.wastedBytes?.value || bytes.estimate !== actual.wastedBytes?.estimate)) return false;
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
    ...(f.wastedBytes ? { wastedBytes: f.wastedBytes } : {}),
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
  const valid = fixtures.valid.map((c): ValidCase => (typeof c === 'string' ? { name: c.split('\n').join(' ⏎ '), code: c } : c));

  test.each(valid.map((c) => [c.name, c] as const))('valid: %s', async (_name, c) => {
    const findings = await run(rule, c.code, c.options, c.context);
    expect(findings.map(describeFinding)).toEqual([]);
  });

  test.each(fixtures.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_name, c) => {
    const findings = (await run(rule, c.code, c.options, c.context)).filter((f) => f.rule === name);
    const unmatched = [...findings];
    for (const expected of c.findings) {
      const at = unmatched.findIndex((f) => matches(f, expected));
      if (at < 0) throw new Error(`no finding matches ${JSON.stringify(expected)} among ${JSON.stringify(findings.map(describeFinding), null, 2)}`);
      unmatched.splice(at, 1);
    }
    expect(unmatched.map(describeFinding)).toEqual([]);
    if (c.output !== undefined) {
      // a case the rule leaves as it is says so with `output: null`
      if (c.output !== null) expect(c.output).not.toBe(c.code);
      const lint = lintWith(rule, c.options, c.context ? writeContext(c.context) : undefined);
      const fixed = await fixText(c.code, lint, { unsafe: rule.meta.fixable === 'unsafe' });
      expect(fixed.rejected.map((r) => r.fix.description)).toEqual([]);
      expect(fixed.text).toBe(c.output ?? c.code);
      expect(fixed.stable).toBe(true);
    }
  });

  test(rule.meta.fixable ? 'offers fixes, and its fixtures show them' : 'offers no fixes', async () => {
    const fixes = (await Promise.all(fixtures.invalid.map((c) => run(rule, c.code, c.options, c.context)))).flat().filter((f) => f.fix);
    if (!rule.meta.fixable) return expect(fixes.map(describeFinding)).toEqual([]);
    expect(fixes.every((f) => f.fix!.safety === 'safe' || rule.meta.fixable === 'unsafe')).toBe(true);
    expect(fixtures.invalid.some((c) => typeof c.output === 'string' && c.output !== c.code)).toBe(true);
  });
});

test('every rule folder is in the rules index, and every rule in the index has a folder', () => {
  const folders = readdirSync(__dirname).filter((entry) => existsSync(join(__dirname, entry, 'rule.ts')));
  expect(folders.sort()).toEqual(rules.map((r) => r.meta.name).sort());
});
