import { formatJson } from '../format/json';
import { ok, refuse } from '../fix/outcome';
import { defineRule, type Fix } from './rule';
import { lintText } from './run';

const FIX: Fix = { safety: 'safe', description: 'drop it', edits: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }] };

// one finding per RUN: the first fixed through an ok outcome, the second refused, the third with a plain Fix
const runs = defineRule({
  meta: { name: 'each-run', description: 'every RUN', category: 'correctness', severity: 'warning', fixable: 'safe', aliases: [] },
  check({ document, report }) {
    const found = document.instructions.filter((instruction) => instruction.keyword === 'RUN');
    const fixes = [ok(FIX), refuse('line 3 is a lint directive comment'), FIX];
    found.forEach((run, index) => report({ range: run.range, message: `RUN ${index + 1}`, fix: fixes[index] }));
  },
});

test('an ok outcome becomes the fix, a refusal becomes noFixReason, a plain Fix stays a fix', async () => {
  const findings = await lintText('FROM a\nRUN x\nRUN y\nRUN z\n', { rules: [runs] });
  expect(findings.map(({ fix, noFixReason }) => ({ fix, noFixReason }))).toEqual([
    { fix: FIX, noFixReason: undefined },
    { fix: undefined, noFixReason: 'line 3 is a lint directive comment' },
    { fix: FIX, noFixReason: undefined },
  ]);
  expect('noFixReason' in findings[0]).toBe(false);
});

test('the reason stays out of --format json', async () => {
  const findings = await lintText('FROM a\nRUN x\nRUN y\n', { rules: [runs] });
  const json = formatJson([{ file: 'Dockerfile', findings }]);
  expect(json).not.toContain('lint directive');
  expect(JSON.parse(json)[0].findings[1]).not.toHaveProperty('fix');
});
