import { fixtureProblems } from './fixture-checks';
import type { RuleFixtures } from './harness';

const finding = { line: 2, message: 'found' };
const invalid = { name: 'one finding', code: 'FROM a\nRUN b\n', findings: [finding] };

function problems(fixtures: unknown, fixable: 'safe' | 'unsafe' | false = 'safe'): string[] {
  return fixtureProblems(fixtures as RuleFixtures, fixable);
}

test('a well-formed table has no problems', () => {
  const fixtures = {
    valid: ['FROM a\n', { name: 'with options', code: 'FROM a\n', options: { max: 1 } }],
    invalid: [invalid, { ...invalid, name: 'fixed', code: 'FROM a\nRUN c\n', output: 'FROM a\n' }],
  };
  expect(problems(fixtures)).toEqual([]);
});

test('a finding without its message is refused, so is a RegExp in its place', () => {
  const fixtures = {
    valid: ['FROM a\n'],
    invalid: [
      { ...invalid, findings: [{ line: 2 }] },
      { ...invalid, name: 'pattern', code: 'FROM b\n', findings: [{ line: 1, message: /found/ }] },
    ],
  };
  expect(problems(fixtures)).toEqual([
    'invalid case "one finding", finding 1: no message (give the exact message as a string)',
    'invalid case "pattern", finding 1: no message (give the exact message as a string)',
  ]);
});

test('an invalid case needs a finding', () => {
  expect(problems({ valid: ['FROM a\n'], invalid: [{ ...invalid, findings: [] }] })).toEqual([
    'invalid case "one finding": no findings (an invalid case lists at least one)',
  ]);
});

test('an output is refused for a rule that fixes nothing, as null, and when it equals the code', () => {
  expect(problems({ valid: ['FROM a\n'], invalid: [{ ...invalid, output: 'FROM a\n' }] }, false)).toEqual([
    'invalid case "one finding": an output, but the rule fixes nothing',
  ]);
  expect(problems({ valid: ['FROM a\n'], invalid: [{ ...invalid, output: null }] })).toEqual([
    'invalid case "one finding": output must be a string; leave it out when the fixes change nothing',
  ]);
  expect(problems({ valid: ['FROM a\n'], invalid: [{ ...invalid, output: invalid.code }] })).toEqual([
    'invalid case "one finding": output equals code; leave it out when the fixes change nothing',
  ]);
});

test('unknown keys are refused, in cases and in findings', () => {
  const fixtures = {
    valid: [{ name: 'v', code: 'FROM a\n', findings: [] }],
    invalid: [{ ...invalid, errors: 1, findings: [{ ...finding, col: 3 }] }],
  };
  expect(problems(fixtures)).toEqual([
    'valid case "v": unknown key "findings"',
    'invalid case "one finding": unknown key "errors"',
    'invalid case "one finding", finding 1: unknown key "col"',
  ]);
});

test('duplicate names and duplicate inputs are refused, a valid case identical to an invalid one too', () => {
  const fixtures = {
    valid: [{ name: 'same input', code: invalid.code }, { name: 'one finding', code: 'FROM other\n' }],
    invalid: [invalid, { ...invalid, name: 'again' }],
  };
  expect(problems(fixtures)).toEqual([
    'invalid case "one finding": the name is used by valid case "one finding" too',
    'invalid case "one finding": the same code, options and context as valid case "same input"',
    'invalid case "again": the same code, options and context as valid case "same input"',
  ]);
});

test('the same code with other options or another context is another case', () => {
  const fixtures = {
    valid: [
      { name: 'no options', code: invalid.code },
      { name: 'options', code: invalid.code, options: { max: 1 } },
      { name: 'context', code: invalid.code, context: { a: new Uint8Array([1]) } },
    ],
    invalid: [{ ...invalid, context: { a: new Uint8Array([2]) } }],
  };
  expect(problems(fixtures)).toEqual([]);
});

test('a noFix reason is refused for a rule that fixes nothing', () => {
  const withReason = { ...invalid, findings: [{ ...finding, noFix: 'why not' }] };
  expect(problems({ valid: ['FROM a\n'], invalid: [withReason] }, false)).toEqual([
    'invalid case "one finding", finding 1: a noFix reason, but the rule fixes nothing',
  ]);
  expect(problems({ valid: ['FROM a\n'], invalid: [withReason] }, 'safe')).toEqual([]);
});
