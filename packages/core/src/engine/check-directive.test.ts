import { defineRule, type Finding, type Rule } from './rule';
import { lintText } from './run';

// BuildKit's `# check=` directive acting on findings that carry a BuildKit check name (issue 17 item 4).

/** A rule that reports every FROM, under the given codes. */
function fromRule(name: string, aliases: string[], defaultOff = false): Rule {
  return defineRule<Record<never, never>>({
    meta: { name, description: name, category: 'correctness', severity: 'warning', fixable: false, aliases, ...(defaultOff ? { defaultOff } : {}) },
    check({ document, report }) {
      for (const instruction of document.instructions) if (instruction.keyword === 'FROM') report({ range: instruction.keywordRange, message: `${name} here` });
    },
  });
}

const rules = [fromRule('json-args', ['DL3025', 'JSONArgsRecommended']), fromRule('stage-casing', ['StageNameCasing']), fromRule('own', []), fromRule('definition-description', ['InvalidDefinitionDescription'], true)];
const brief = (findings: Finding[]) => findings.map((finding) => `${finding.range.start.line + 1} ${finding.rule} ${finding.severity}${finding.rule === 'lint-directive' ? `: ${finding.message}` : ''}`);

test('skip= switches off the findings of the named checks, file-wide', async () => {
  expect(brief(await lintText('# check=skip=JSONArgsRecommended\nFROM alpine\n', { rules }))).toEqual(['2 own warning', '2 stage-casing warning']);
});

test('skip=all switches off every finding carrying a BuildKit name, and nothing else', async () => {
  expect(brief(await lintText('# check=skip=all\nFROM alpine\n', { rules }))).toEqual(['2 own warning']);
});

test('error=true raises findings carrying a BuildKit name to error', async () => {
  expect(brief(await lintText('# syntax=docker/dockerfile:1.9\n# check=skip=StageNameCasing;error=true\nFROM alpine\n', { rules }))).toEqual(['3 json-args error', '3 own warning']);
  expect(brief(await lintText('# check=error=false\nFROM alpine\n', { rules }))).toEqual(['2 json-args warning', '2 own warning', '2 stage-casing warning']);
});

test('experimental= turns on a default-off rule of an experimental check; skip=all does not turn it off again; off still wins', async () => {
  expect(brief(await lintText('# check=experimental=InvalidDefinitionDescription\nFROM alpine\n', { rules }))).toContain('2 definition-description warning');
  expect(brief(await lintText('# check=skip=all;experimental=all\nFROM alpine\n', { rules }))).toEqual(['2 definition-description warning', '2 own warning']);
  const off = await lintText('# check=experimental=all\nFROM alpine\n', { rules, settings: { 'definition-description': { severity: 'off' } } });
  expect(brief(off)).not.toContain('2 definition-description warning');
});

test('a check=skip comment above an instruction acts on that instruction only; its // reason is allowed', async () => {
  const text = 'FROM alpine AS a\n# check=skip=StageNameCasing,JSONArgsRecommended // generated names\nFROM alpine AS b\nFROM alpine AS c\n';
  expect(brief(await lintText(text, { rules }))).toEqual([
    '1 json-args warning',
    '1 own warning',
    '1 stage-casing warning',
    '3 own warning',
    '4 json-args warning',
    '4 own warning',
    '4 stage-casing warning',
  ]);
});

test('malformed values and unknown or mis-cased names are lint-directive warnings', async () => {
  const findings = await lintText('# check=skip=jsonargsrecommended,NoSuchCheck;error=yes;color=on\nFROM alpine\n# check=error=true\nRUN true\n', { rules: [rules[2]] });
  expect(findings.filter((finding) => finding.rule === 'lint-directive').map((finding) => `${finding.range.start.line + 1}: ${finding.message}`)).toEqual([
    '1: `check=error=yes` is not a boolean: use error=true or error=false',
    '1: `color` is not a check= option: BuildKit reads skip=, error= and experimental=',
    "1: check names are case-sensitive: 'jsonargsrecommended' should be 'JSONArgsRecommended'",
    "1: 'NoSuchCheck' is not a BuildKit check: # check= names checks such as JSONArgsRecommended (or all)",
    '3: a check= comment above an instruction only skips checks there: set error= and experimental= in the # check= parser directive at the top of the file',
  ]);
});
