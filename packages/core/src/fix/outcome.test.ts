import { mapOutcome, ok, refuse, refusedAt } from './outcome';

test('mapOutcome transforms a value and passes a refusal through unchanged', () => {
  expect(mapOutcome(ok(2), (n) => n * 10)).toEqual({ ok: true, value: 20 });
  const refused = refuse('the script does not parse');
  expect(mapOutcome(refused, () => 'never')).toBe(refused);
});

test('refusedAt puts where in front of a refusal only', () => {
  expect(refusedAt('line 3', refuse('the script has a # comment'))).toEqual({ ok: false, reason: 'line 3: the script has a # comment' });
  expect(refusedAt('line 3', ok('text'))).toEqual({ ok: true, value: 'text' });
});
