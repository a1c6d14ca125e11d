import type { Rule } from '@dflint/core';
import type { RuleFixtures } from './harness';

// What the harness refuses in a fixture table before running it, as ESLint 9's RuleTester does:
// the types say most of it, but a table is data and `satisfies` does not see duplicates.

const VALID_KEYS = ['name', 'code', 'options', 'context', 'apt'];
const INVALID_KEYS = [...VALID_KEYS, 'findings', 'output'];
const FINDING_KEYS = ['line', 'column', 'endLine', 'endColumn', 'message', 'severity', 'wastedBytes', 'noFix'];

type Fixable = Rule['meta']['fixable'];

/** Everything wrong with a rule's fixture table, one sentence each; empty when it can run. */
export function fixtureProblems(fixtures: RuleFixtures, fixable: Fixable): string[] {
  const problems: string[] = [];
  const valid = fixtures.valid.map((c) => (typeof c === 'string' ? { name: c, code: c } : c));
  const cases = [
    ...valid.map((c) => ({ kind: 'valid', keys: VALID_KEYS, c: c as unknown as Record<string, unknown> })),
    ...fixtures.invalid.map((c) => ({ kind: 'invalid', keys: INVALID_KEYS, c: c as unknown as Record<string, unknown> })),
  ];
  const names = new Map<string, string>();
  const inputs = new Map<string, string>();
  for (const { kind, keys, c } of cases) {
    const label = `${kind} case ${JSON.stringify(c.name)}`;
    problems.push(...unknownKeys(label, c, keys));
    if (typeof c.name !== 'string' || c.name === '') problems.push(`${label}: no name`);
    if (typeof c.code !== 'string') problems.push(`${label}: no code`);
    const sameName = names.get(String(c.name));
    if (sameName) problems.push(`${label}: the name is used by ${sameName} too`);
    else names.set(String(c.name), label);
    const input = inputKey(c);
    const sameInput = inputs.get(input);
    if (sameInput) problems.push(`${label}: the same code, options and context as ${sameInput}`);
    else inputs.set(input, label);
    if (kind === 'invalid') problems.push(...invalidCaseProblems(label, c, fixable));
  }
  return problems;
}

function invalidCaseProblems(label: string, c: Record<string, unknown>, fixable: Fixable): string[] {
  const problems: string[] = [];
  const findings = Array.isArray(c.findings) ? (c.findings as Array<Record<string, unknown>>) : [];
  if (findings.length === 0) problems.push(`${label}: no findings (an invalid case lists at least one)`);
  findings.forEach((finding, i) => {
    const where = `${label}, finding ${i + 1}`;
    problems.push(...unknownKeys(where, finding, FINDING_KEYS));
    if (typeof finding.line !== 'number') problems.push(`${where}: no line`);
    if (typeof finding.message !== 'string') problems.push(`${where}: no message (give the exact message as a string)`);
    if ('noFix' in finding && !fixable) problems.push(`${where}: a noFix reason, but the rule fixes nothing`);
  });
  if (!('output' in c)) return problems;
  if (!fixable) problems.push(`${label}: an output, but the rule fixes nothing`);
  else if (typeof c.output !== 'string') problems.push(`${label}: output must be a string; leave it out when the fixes change nothing`);
  else if (c.output === c.code) problems.push(`${label}: output equals code; leave it out when the fixes change nothing`);
  return problems;
}

function unknownKeys(label: string, object: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(object)
    .filter((key) => !known.includes(key))
    .map((key) => `${label}: unknown key ${JSON.stringify(key)}`);
}

/** What the rule is run on: two cases with the same key are the same test. */
function inputKey(c: Record<string, unknown>): string {
  const bytesAsText = (_key: string, value: unknown) => (value instanceof Uint8Array ? `bytes:${Buffer.from(value).toString('base64')}` : value);
  return JSON.stringify([c.code, c.options ?? null, c.context ?? null, c.apt ?? false], bytesAsText);
}
