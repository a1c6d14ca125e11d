import { buildFix, hasUnbuiltFix } from './finding-fix';
import { defineRule, type Fix, type Rule } from './rule';
import { INTERNAL_ERROR, lintText } from './run';
import { refuse } from '../fix/outcome';

const TEXT = 'FROM alpine\nRUN a\n# dflint-ignore lazy\nRUN b\nRUN c\n';

/** Reports every RUN with a lazy fix (`c` refused), counting the fixes it builds. */
function lazyRule(built: string[]): Rule {
  return defineRule<Record<never, never>>({
    meta: { name: 'lazy', description: 'lazy', category: 'correctness', severity: 'warning', fixable: 'safe', aliases: [] },
    check({ document, report }) {
      for (const run of document.instructions.filter((instruction) => instruction.keyword === 'RUN')) {
        const word = run.argsText.trim();
        report({
          range: run.range,
          message: `RUN ${word}`,
          fix: () => {
            built.push(word);
            if (word === 'c') return refuse('c stays');
            return { safety: 'safe', description: `drop ${word}`, edits: [{ range: run.range, newText: '' }] } satisfies Fix;
          },
        });
      }
    },
  });
}

test('a lazy fix is built as the rule reports it, by default', async () => {
  const built: string[] = [];
  const findings = await lintText(TEXT, { rules: [lazyRule(built)] });
  expect(built).toEqual(['a', 'c']); // b is suppressed: its fix is never built
  expect(findings.map((f) => [f.message, f.fix?.description, f.noFixReason])).toEqual([
    ['RUN a', 'drop a', undefined],
    ['RUN c', undefined, 'c stays'],
  ]);
  expect(findings.some(hasUnbuiltFix)).toBe(false);
});

test('with fixes: false, a lazy fix waits for buildFix, which gives what building it at once gives', async () => {
  const built: string[] = [];
  const lazy = await lintText(TEXT, { rules: [lazyRule(built)], fixes: false });
  expect(built).toEqual([]);
  expect(lazy.map((f) => [f.fix, f.noFixReason, hasUnbuiltFix(f)])).toEqual([
    [undefined, undefined, true],
    [undefined, undefined, true],
  ]);
  lazy.forEach(buildFix);
  lazy.forEach(buildFix); // once only
  expect(built).toEqual(['a', 'c']);
  expect(lazy).toEqual(await lintText(TEXT, { rules: [lazyRule([])] }));
  expect(lazy.some(hasUnbuiltFix)).toBe(false);
});

test('a lazy fix that throws: an internal error when built at once, a reason on the finding when built later', async () => {
  const throwing = defineRule<Record<never, never>>({
    meta: { name: 'throwing-fix', description: 'x', category: 'correctness', severity: 'warning', fixable: 'safe', aliases: [] },
    check({ report }) {
      report({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
        message: 'here',
        fix: () => {
          throw new Error('boom');
        },
      });
    },
  });
  expect((await lintText('FROM alpine\n', { rules: [throwing] })).map((f) => f.rule)).toEqual([INTERNAL_ERROR]);
  const [finding] = await lintText('FROM alpine\n', { rules: [throwing], fixes: false });
  buildFix(finding);
  expect(finding.fix).toBeUndefined();
  expect(finding.noFixReason).toBe('building the fix failed (a dflint bug; please report it): boom');
});
