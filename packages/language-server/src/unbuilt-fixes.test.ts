import type { Fix, Range } from '@dflint/core';
import type { Analysis, AnalysisInput, AnalyzedFinding, FindingFix } from './analysis-types';
import { UnbuiltFixes } from './unbuilt-fixes';

const range = (line: number): Range => ({ start: { line, character: 0 }, end: { line, character: 5 } });
const finding = (rule: string, line: number): AnalyzedFinding => ({ rule, severity: 'warning', message: rule, range: range(line) });
const merge: Fix = { safety: 'safe', description: 'merge', edits: [{ range: range(1), newText: 'RUN a && b' }] };
const input: AnalysisInput = { text: 'FROM a\nRUN a\nRUN b\n', rules: {}, layers: false, registry: { offline: true } };

function fakeAnalyzer(answer: FindingFix[] | undefined) {
  const asked: AnalysisInput[] = [];
  return { asked, analyzer: { fixes: async (given: AnalysisInput) => (asked.push(given), answer) } };
}

test('an analysis with unbuilt fixes gets them from the worker once, each on the same finding', async () => {
  const { asked, analyzer } = fakeAnalyzer([
    { rule: 'consecutive-run', range: range(1), fix: merge },
    { rule: 'other', range: range(9), noFixReason: 'not this one' }, // a different finding: a download landed in between
    { rule: 'package-cache', range: range(2), noFixReason: 'a later RUN needs the cache' },
  ]);
  const fixes = new UnbuiltFixes(analyzer);
  const analysis: Analysis = { findings: [finding('consecutive-run', 1), finding('other', 2), finding('package-cache', 2)], layers: [], baseImages: [], fixesUnbuilt: true };
  fixes.analysed(input, analysis);
  await Promise.all([fixes.fill(analysis), fixes.fill({ findings: analysis.findings })]);
  expect(asked).toEqual([input]);
  expect(analysis.findings.map((f) => [f.fix?.description, f.noFixReason])).toEqual([
    ['merge', undefined],
    [undefined, undefined],
    [undefined, 'a later RUN needs the cache'],
  ]);
});

test('an analysis whose fixes were all built asks the worker nothing', async () => {
  const { asked, analyzer } = fakeAnalyzer([]);
  const fixes = new UnbuiltFixes(analyzer);
  const analysis: Analysis = { findings: [{ ...finding('consecutive-run', 1), fix: merge }], layers: [], baseImages: [] };
  fixes.analysed(input, analysis);
  await fixes.fill(analysis);
  expect(asked).toEqual([]);
  expect(analysis.findings[0].fix).toBe(merge);
});
