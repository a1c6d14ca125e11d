import { defineRule, type Rule } from './rule';
import { lintText } from './run';
import { ruleCode, settingKey } from './aliases';

/** Like package-cache: one finding per RUN, carrying the code of its package manager only. */
const perManager = defineRule({
  meta: { name: 'per-manager', description: 'd', category: 'layer-bloat', severity: 'warning', fixable: false, aliases: ['DL3009', 'DL3042'], aliasesPerFinding: true },
  check({ document, report }) {
    for (const run of document.instructions.filter((instruction) => instruction.keyword === 'RUN')) {
      const text = document.lines.textIn(run.range);
      const code = [...(text.includes('apt-get') ? ['DL3009'] : []), ...(text.includes('pip') ? ['DL3042'] : [])];
      report({ range: run.range, message: text, aliases: code });
    }
  },
});

/** Like maintainer-deprecated: every finding is each of the rule's codes. */
const synonyms = defineRule({
  meta: { name: 'synonyms', description: 'd', category: 'metadata', severity: 'warning', fixable: false, aliases: ['DL4000', 'MaintainerDeprecated'] },
  check({ document, report }) {
    for (const instruction of document.instructions.filter((i) => i.keyword === 'MAINTAINER')) report({ range: instruction.range, message: 'm' });
  },
});

const TEXT = 'FROM a\nRUN apt-get install -y x\nRUN pip install y\nRUN npm install z\nMAINTAINER me\n';
const lint = async (text: string, settings = {}, rules: Rule[] = [perManager, synonyms]) =>
  (await lintText(text, { rules, settings })).map((f) => `${f.range.start.line + 1}:${f.severity}:${(f.aliases ?? []).join('+') || '-'}`);

describe('aliases per finding', () => {
  test('a finding carries the codes its rule reported, else all of the rule’s', async () => {
    expect(await lint(TEXT)).toEqual(['2:warning:DL3009', '3:warning:DL3042', '4:warning:-', '5:warning:DL4000+MaintainerDeprecated']);
  });

  test('a setting by code acts on that code’s findings only', async () => {
    expect(await lint(TEXT, { DL3042: { severity: 'off' } })).toEqual(['2:warning:DL3009', '4:warning:-', '5:warning:DL4000+MaintainerDeprecated']);
    expect(await lint(TEXT, { DL3009: { severity: 'error' } })).toEqual(['2:error:DL3009', '3:warning:DL3042', '4:warning:-', '5:warning:DL4000+MaintainerDeprecated']);
  });

  test('a finding that is several codes: off when one is, else the highest severity set', async () => {
    expect(await lint(TEXT, { MaintainerDeprecated: { severity: 'off' } })).not.toContain('5:warning:DL4000+MaintainerDeprecated');
    expect(await lint(TEXT, { DL4000: { severity: 'info' }, MaintainerDeprecated: { severity: 'error' } })).toContain('5:error:DL4000+MaintainerDeprecated');
  });

  test('# hadolint ignore=CODE and # dflint-ignore CODE switch off that code’s findings only', async () => {
    const text = 'FROM a\n# hadolint ignore=dl3042,DL3009\nRUN pip install y\n# dflint-ignore DL3042\nRUN apt-get install x\nRUN pip install y\n';
    expect(await lint(text)).toEqual(['5:warning:DL3009', '6:warning:DL3042']);
    expect(await lint('FROM a\n# hadolint global ignore=DL3042\nRUN apt-get install x\nRUN pip install y\n')).toEqual(['3:warning:DL3009']);
  });
});

test('settingKey: a code of a rule with aliasesPerFinding is its own key; otherwise the rule is', () => {
  expect(settingKey(perManager, 'dl3042')).toBe('DL3042');
  expect(settingKey(synonyms, 'DL4000')).toBe('synonyms');
  const single = defineRule({ meta: { name: 'single', description: 'd', category: 'layer-bloat', severity: 'warning', fixable: false, aliases: ['DL3059'] }, check() {} });
  expect(settingKey(single, 'DL3059')).toBe('single');
});

/** Like shellcheck: codes too many to list, matched by aliasPattern (`SC2086` on `$`, `SC2164` on `cd`). */
const byPattern = defineRule({
  meta: { name: 'by-pattern', description: 'd', category: 'correctness', severity: 'warning', fixable: false, aliases: [], aliasesPerFinding: true, aliasPattern: /^SC\d{4}$/ },
  check({ document, report }) {
    for (const run of document.instructions.filter((instruction) => instruction.keyword === 'RUN')) {
      const text = document.lines.textIn(run.range);
      if (text.includes('$')) report({ range: run.range, message: text, aliases: ['SC2086'], severity: 'info' });
      if (text.includes('cd ')) report({ range: run.range, message: text, aliases: ['SC2164', 'DL9999'] });
    }
  },
});

describe('codes by aliasPattern', () => {
  const text = 'FROM a\nRUN echo $x\nRUN cd /x\n';
  test('a finding keeps the codes the pattern matches, and only those', async () => {
    expect(await lint(text, {}, [byPattern])).toEqual(['2:info:SC2086', '3:warning:SC2164']);
  });

  test('a setting by any matching code acts on that code’s findings only', async () => {
    expect(settingKey(byPattern, 'sc2086')).toBe('SC2086');
    expect(settingKey(byPattern, 'DL3008')).toBe('by-pattern');
    expect(ruleCode(byPattern.meta, 'sc2164')).toBe('SC2164');
    expect(ruleCode(byPattern.meta, 'SC21')).toBeUndefined();
    expect(await lint(text, { SC2086: { severity: 'off' } }, [byPattern])).toEqual(['3:warning:SC2164']);
    expect(await lint(text, { SC2164: { severity: 'error' } }, [byPattern])).toEqual(['2:info:SC2086', '3:error:SC2164']);
  });

  test('# hadolint ignore=SC2086 and # dflint-ignore SC2164 switch off that code only, and are no unknown names', async () => {
    const ignored = 'FROM a\n# hadolint ignore=sc2086\nRUN echo $x && cd /x\n# dflint-ignore SC2164\nRUN cd /y && echo $y\n';
    const findings = await lintText(ignored, { rules: [byPattern] });
    expect(findings.map((f) => `${f.range.start.line + 1}:${f.rule}:${(f.aliases ?? []).join('+')}`)).toEqual(['3:by-pattern:SC2164', '5:by-pattern:SC2086']);
  });
});
