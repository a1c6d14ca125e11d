import { analyzeDockerfile } from '@dflint/core';
import { rules } from '@dflint/rules';
import type { AnalysisInput } from './analysis-types';
import { analyze, fixesOf } from './analyze';

const TEXT = 'FROM debian\nMAINTAINER me\nRUN apt-get update\nRUN apt-get install -y curl\nRUN echo a\nRUN echo b\n';
const inputOf = (text: string, uri = 'untitled:fixes'): AnalysisInput => ({ text, uri, rules: {}, layers: false, registry: { offline: true } });

/** What the CLI's analysis (every fix built) gives for each finding. */
async function eagerFixes(text: string) {
  const { findings } = await analyzeDockerfile({ rules, text });
  return findings.map(({ rule, range, fix, noFixReason }) => ({ rule, range, fix, noFixReason }));
}

test('an edit is analysed without its lazy fixes; fixesOf builds them, from the kept analysis or afresh', async () => {
  const analysis = await analyze(inputOf(TEXT));
  expect(analysis.fixesUnbuilt).toBe(true);
  expect(analysis.findings.filter((f) => f.rule === 'consecutive-run').map((f) => f.fix)).toEqual([undefined]);
  const eager = await eagerFixes(TEXT);
  expect(eager.filter((f) => f.fix).length).toBeGreaterThanOrEqual(3);
  expect(await fixesOf(inputOf(TEXT))).toEqual(eager);
  // not the kept version: a fresh analysis
  const other = `${TEXT}RUN echo c\n`;
  expect(await fixesOf(inputOf(other))).toEqual(await eagerFixes(other));
  expect(await fixesOf(inputOf(TEXT, 'untitled:never-analysed'))).toEqual(eager);
});
