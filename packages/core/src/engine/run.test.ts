import { parseDocument } from '../parse/document';
import { defineRule, type Rule } from './rule';
import { INTERNAL_ERROR, lintDocument, lintText } from './run';

/** Reports every instruction with the given keyword, at its range. */
function flagKeyword(name: string, keyword: string, aliases: string[] = []): Rule {
  return defineRule<Record<never, never>>({
    meta: { name, description: name, category: 'correctness', severity: 'warning', fixable: false, aliases },
    check({ document, report }) {
      for (const instruction of document.instructions) {
        if (instruction.keyword === keyword) report({ range: instruction.range, message: `${keyword} here` });
      }
    },
  });
}

const throwing = defineRule({
  meta: { name: 'throws', description: 'always throws', category: 'correctness', severity: 'warning', fixable: false, aliases: [] },
  check() {
    throw new Error('boom');
  },
});

const runRule = flagKeyword('run-here', 'RUN', ['DL9999']);
const fromRule = flagKeyword('from-here', 'FROM');

test('a rule that throws becomes one internal-error finding and the other rules still run', async () => {
  const findings = await lintText('FROM alpine\nRUN a\n', { rules: [throwing, runRule] });
  expect(findings.map((f) => [f.rule, f.severity])).toEqual([
    [INTERNAL_ERROR, 'error'],
    ['run-here', 'warning'],
  ]);
  expect(findings[0].message).toContain('rule throws failed on this file');
  expect(findings[0].message).toContain('boom');
});

test('findings are sorted by position across rules', async () => {
  const findings = await lintText('FROM alpine\nRUN a\nFROM b\nRUN c\n', { rules: [runRule, fromRule] });
  expect(findings.map((f) => `${f.range.start.line}:${f.rule}`)).toEqual(['0:from-here', '1:run-here', '2:from-here', '3:run-here']);
});

test('settings switch a rule off or change its severity', async () => {
  const text = 'FROM alpine\nRUN a\n';
  expect(await lintText(text, { rules: [runRule, fromRule], settings: { 'run-here': { severity: 'off' } } })).toHaveLength(1);
  const [finding] = await lintText(text, { rules: [runRule], settings: { 'run-here': { severity: 'error' } } });
  expect(finding.severity).toBe('error');
});

test('a default-off rule runs only when a setting gives it a severity', async () => {
  const off: Rule = { ...runRule, meta: { ...runRule.meta, name: 'off-by-default', defaultOff: true } };
  const text = 'FROM alpine\nRUN a\n';
  expect(await lintText(text, { rules: [off] })).toEqual([]);
  expect(await lintText(text, { rules: [off], settings: { 'off-by-default': {} } })).toEqual([]);
  const [finding] = await lintText(text, { rules: [off], settings: { 'off-by-default': { severity: 'info' } } });
  expect([finding.rule, finding.severity]).toEqual(['off-by-default', 'info']);
});

describe('options', () => {
  const seen: unknown[] = [];
  const rule = defineRule<{ max: number; names: readonly string[] }>({
    meta: {
      ...runRule.meta,
      name: 'opts',
      options: {
        max: { type: 'integer', minimum: 1, default: 100, description: 'max' },
        names: { type: 'array', items: { type: 'string', minLength: 1 }, default: [], description: 'names' },
      },
    },
    check: ({ options }) => void seen.push(options),
  });
  const optionsFor = async (options: unknown) => {
    seen.length = 0;
    await lintText('FROM a\n', { rules: [rule], settings: { opts: { options } } });
    return seen[0];
  };

  test('a rule receives its configured options, with the declared defaults filled in', async () => {
    expect(await optionsFor({ max: 3 })).toEqual({ max: 3, names: [] });
    expect(await optionsFor({ max: 3, names: ['A_*'] })).toEqual({ max: 3, names: ['A_*'] });
    expect(await optionsFor(undefined)).toEqual({ max: 100, names: [] });
  });

  test('a value that does not fit its schema gets the default (an editor setting can send anything); undeclared keys are dropped', async () => {
    expect(await optionsFor({ max: 0, names: ['A', ''] })).toEqual({ max: 100, names: [] });
    expect(await optionsFor({ max: 2.5, names: 'A' })).toEqual({ max: 100, names: [] });
    expect(await optionsFor({ max: '3', other: 1 })).toEqual({ max: 100, names: [] });
    expect(await optionsFor([5])).toEqual({ max: 100, names: [] });
  });

  test('a rule that declares no options gets an empty object', async () => {
    let options: unknown;
    const plain = defineRule({ meta: { ...runRule.meta, options: undefined }, check: (context) => void (options = context.options) });
    await lintText('FROM a\n', { rules: [plain], settings: { 'run-here': { options: { max: 3 } } } });
    expect(options).toEqual({});
  });
});

test('defineRule fills in the docs URL', () => {
  expect(runRule.meta.docs).toMatch(/\/rules\/run-here\/README\.md$/);
});

describe('inline suppression', () => {
  const lint = async (text: string) =>
    (await lintDocument(await parseDocument(text), { rules: [runRule, fromRule] })).map((f) => `${f.range.start.line + 1}:${f.rule}`);

  test('# dflint-ignore <rules> applies to the next instruction only', async () => {
    expect(await lint('FROM a\n# dflint-ignore run-here\nRUN x\nRUN y\n')).toEqual(['1:from-here', '4:run-here']);
  });

  test('comments and blank lines may stand between the pragma and the instruction', async () => {
    expect(await lint('FROM a\n# dflint-ignore run-here\n\n# why: legacy\nRUN x \\\n  && y\n')).toEqual(['1:from-here']);
  });

  test('a bare # dflint-ignore switches every rule off for the next instruction', async () => {
    expect(await lint('# dflint-ignore\nFROM a\nRUN x\n')).toEqual(['3:run-here']);
  });

  test('# dflint-ignore-file applies everywhere, wherever it stands', async () => {
    expect(await lint('FROM a\nRUN x\n# dflint-ignore-file run-here, from-here\nRUN y\n')).toEqual([]);
  });

  test('# hadolint ignore=CODE works for rules aliasing the code; unknown codes are ignored', async () => {
    expect(await lint('FROM a\n# hadolint ignore=DL3000,dl9999\nRUN x\nRUN y\n')).toEqual(['1:from-here', '4:run-here']);
    expect(await lint('# hadolint global ignore=DL9999\nFROM a\nRUN x\n')).toEqual(['2:from-here']);
  });

  test('# hadolint stage ignore=CODE covers the lines after it up to the next FROM (the whole stage right above its FROM)', async () => {
    expect(await lint('# hadolint stage ignore=DL9999\nFROM a\nRUN x\nFROM b\nRUN y\n')).toEqual(['2:from-here', '4:from-here', '5:run-here']);
    expect(await lint('FROM a\nRUN x\n# hadolint stage ignore=DL9999\nRUN y\nRUN z\nFROM b\nRUN w\n')).toEqual(['1:from-here', '2:run-here', '6:from-here', '7:run-here']);
  });

  test('a hadolint pragma with anything but codes in its list is no pragma, as in hadolint; a trailing # comment is fine', async () => {
    expect(await lint('FROM a\n# hadolint ignore=crazy,DL9999\nRUN x\n')).toEqual(['1:from-here', '2:lint-directive', '3:run-here']);
    expect(await lint('FROM a\n# hadolint ignore=DL9999 # why: legacy\nRUN x\n')).toEqual(['1:from-here']);
  });

  test('a pragma naming another rule suppresses nothing', async () => {
    expect(await lint('FROM a\n# dflint-ignore from-here\nRUN x\n')).toEqual(['1:from-here', '3:run-here']);
  });
});

test('a RUN nesting too deep to read is one not-analyzed warning at the RUN, not an internal error per rule', async () => {
  const deep = `${'if true; then '.repeat(2000)}echo${'; fi'.repeat(2000)}`;
  const findings = await lintText(`FROM alpine\nRUN ${deep}\nRUN echo ok\n`, { rules: [runRule] });
  expect(findings.map((f) => [f.range.start.line, f.rule, f.severity])).toEqual([
    [1, 'not-analyzed', 'warning'],
    [1, 'run-here', 'warning'],
    [2, 'run-here', 'warning'],
  ]);
  expect(findings[0].message).toMatch(/nests deeper than \d+ levels/);
});

test('a shell that is not POSIX is not parsed for the not-analyzed check', async () => {
  const deep = `${'if true; then '.repeat(2000)}echo${'; fi'.repeat(2000)}`;
  const findings = await lintText(`FROM alpine\nSHELL ["pwsh", "-c"]\nRUN ${deep}\n`, { rules: [fromRule] });
  expect(findings.map((f) => f.rule)).toEqual(['from-here']);
});

test('a not-analyzed warning can be switched off like a rule, by # dflint-ignore', async () => {
  const deep = `${'if true; then '.repeat(2000)}echo${'; fi'.repeat(2000)}`;
  const findings = await lintText(`FROM alpine\n# dflint-ignore not-analyzed\nRUN ${deep}\n`, { rules: [fromRule] });
  expect(findings.map((f) => f.rule)).toEqual(['from-here']);
});
