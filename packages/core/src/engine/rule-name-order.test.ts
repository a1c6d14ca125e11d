import { rules } from '@dflint/rules';
import { compareRuleNames } from './rule-name-order';
import { INTERNAL_ERROR } from './run';
import { NOT_ANALYZED } from './unanalyzed';
import { LINT_DIRECTIVE } from './directive-problems';

const sign = (n: number) => Math.sign(n);

function everyString(alphabet: string, maxLength: number): string[] {
  let level = [''];
  const all = [''];
  for (let length = 1; length <= maxLength; length++) {
    level = level.flatMap((prefix) => [...alphabet].map((c) => prefix + c));
    all.push(...level);
  }
  return all;
}

test('rule names compare as localeCompare compares them, pair by pair', () => {
  const names = [...rules.map((rule) => rule.meta.name), INTERNAL_ERROR, NOT_ANALYZED, LINT_DIRECTIVE];
  for (const a of names) for (const b of names) expect([a, b, sign(compareRuleNames(a, b))]).toEqual([a, b, sign(a.localeCompare(b))]);
});

test('every kebab-case string of up to 2 characters sorts as localeCompare sorts it', () => {
  const strings = everyString('abcdefghijklmnopqrstuvwxyz0123456789-', 2);
  const shuffled = [...strings].reverse();
  expect([...shuffled].sort(compareRuleNames)).toEqual([...shuffled].sort((a, b) => a.localeCompare(b)));
});

test('names outside kebab-case keep localeCompare order (case, accents)', () => {
  const names = ['b', 'B', 'a', 'A', 'é', 'e', 'my-Rule', 'my-rule', 'x_y', 'x-y'];
  expect([...names].sort(compareRuleNames)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
});
