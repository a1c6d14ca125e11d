import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDKIT_CHECKS, codeMappings, HADOLINT_CODES, NO_RULE } from './foreign-codes';
import { rules } from './index';

// docs/rules.md maps every hadolint code and BuildKit check to a dflint rule or a reason (issue 17).

const ANCHORS = join(__dirname, '..', '..', 'shared', 'anchors');
const anchorsThere = existsSync(join(ANCHORS, 'hadolint-rules.md')) && existsSync(join(ANCHORS, 'buildkit-rules.md'));
if (!anchorsThere) console.log(`the anchor lists are skipped: ${ANCHORS} is not there (it comes with ../shared)`);

(anchorsThere ? test : test.skip)("the code lists hold every code of the anchors' rule tables", () => {
  const hadolint = [...readFileSync(join(ANCHORS, 'hadolint-rules.md'), 'utf8').matchAll(/^\| (DL\d{4}) \|/gm)].map((match) => match[1]);
  const buildkit = [...readFileSync(join(ANCHORS, 'buildkit-rules.md'), 'utf8').matchAll(/^\| \d+ \| ([A-Za-z]+) \|/gm)].map((match) => match[1]);
  expect(hadolint.length).toBeGreaterThanOrEqual(71);
  expect(buildkit.length).toBe(22);
  expect(hadolint.filter((code) => !(code in HADOLINT_CODES))).toEqual([]);
  expect(buildkit.filter((check) => !(check in BUILDKIT_CHECKS))).toEqual([]);
});

test('every code maps to the rule that aliases it, or to the documented reason none does', () => {
  const unmapped = codeMappings(rules).filter((mapping) => !mapping.rule && !mapping.reason);
  expect(unmapped.map((mapping) => mapping.code)).toEqual([]);
});

test('a code with a reason has no rule, and every rule alias is a known code (or a ShellCheck code)', () => {
  expect(codeMappings(rules).filter((mapping) => mapping.rule && NO_RULE[mapping.code]).map((mapping) => mapping.code)).toEqual([]);
  const known = new Set([...Object.keys(HADOLINT_CODES), ...Object.keys(BUILDKIT_CHECKS)]);
  const strays = rules.flatMap((rule) => rule.meta.aliases.filter((alias) => !known.has(alias) && !/^SC\d{4}$/.test(alias)).map((alias) => `${rule.meta.name}: ${alias}`));
  expect(strays).toEqual([]);
});
