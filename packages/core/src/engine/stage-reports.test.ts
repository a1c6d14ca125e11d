import { analyzeDockerfile, type DockerfileAnalysis } from '../analyze/analyze';
import { buildFix } from './finding-fix';
import type { Rule } from './rule';
import { defineStageRule } from './stage-rule';

// An editor's analysis checks a stage rule only on the sections an edit may have changed and
// replays the others' reports (stage-reports.ts). These tests count which sections are checked
// again, and check that what is replayed is what a fresh analysis gives.

const TEXT = [
  'ARG BASE=debian:bookworm', // 1
  'FROM $BASE AS one', // 2
  'RUN echo one', // 3
  '# about two', // 4
  'FROM alpine:3.19 AS two', // 5
  'RUN echo two', // 6
  'FROM one AS three', // 7
  'RUN echo three', // 8
  'FROM alpine:3.19 AS four', // 9
  'RUN echo four', // 10
].join('\n');

/** A stage rule that reports every RUN with a lazy fix, and notes which sections it checked (by their first instruction's line). */
function countingRule(facts?: (text: string) => string): { rule: Rule; checked: number[] } {
  const checked: number[] = [];
  const rule = defineStageRule({
    meta: { name: 'run-seen', description: 'every RUN', category: 'correctness', severity: 'info', fixable: 'safe', aliases: [] },
    ...(facts && { documentFacts: (document) => facts(document.text) }),
    checkStage({ instructions, stageLayers, report }) {
      checked.push(instructions[0] ? instructions[0].range.start.line + 1 : 0);
      for (const run of instructions.filter((each) => each.keyword === 'RUN')) {
        report({
          range: run.range,
          message: `RUN at line ${run.range.start.line + 1}, ${stageLayers?.steps.length ?? 'no'} steps`,
          fix: () => ({ safety: 'safe', description: 'comment it out', edits: [{ range: { start: run.range.start, end: run.range.start }, newText: '# ' }] }),
        });
      }
    },
  });
  return { rule, checked };
}

/** The sections (by their first line) the analysis of `after` checks, reusing the analysis of TEXT; its findings must be a fresh analysis's. */
async function checkedAfter(after: string, facts?: (text: string) => string): Promise<number[]> {
  const { rule, checked } = countingRule(facts);
  const { incremental, fresh, again } = await analyses(rule, after, checked);
  expect(dump(incremental)).toBe(dump(fresh));
  return again;
}

async function analyses(rule: Rule, after: string, checked: number[] = []): Promise<{ incremental: DockerfileAnalysis; fresh: DockerfileAnalysis; again: number[] }> {
  const request = { rules: [rule], fixes: false };
  const previous = await analyzeDockerfile({ ...request, text: TEXT, incremental: {} });
  void previous.layers;
  const first = checked.length;
  const incremental = await analyzeDockerfile({ ...request, text: after, incremental: { previous } });
  const again = checked.slice(first);
  const fresh = await analyzeDockerfile({ ...request, text: after });
  return { incremental, fresh, again };
}

/** The findings with their fixes built, as JSON. */
function dump(analysis: DockerfileAnalysis): string {
  analysis.findings.forEach(buildFix);
  return JSON.stringify(analysis.findings);
}

describe('stage rules replay the sections an edit kept', () => {
  test('an edit inside a stage checks that stage again, and its FROM-chain child', async () => {
    const after = TEXT.replace('RUN echo one', 'RUN echo ONE');
    // stage three builds FROM one: its section is checked again with it
    expect((await checkedAfter(after))).toEqual([2, 7]);
  });

  test('an edit of the comment above a FROM checks both stages around it', async () => {
    expect((await checkedAfter(TEXT.replace('# about two', '# about stage two')))).toEqual([2, 5, 7]);
  });

  test('a line inserted moves the stages below: they are checked again, those above are not', async () => {
    expect((await checkedAfter(TEXT.replace('RUN echo two', 'RUN echo two\n')))).toEqual([5, 8, 10]);
  });

  test('an edit before the first FROM checks every section again', async () => {
    expect((await checkedAfter(TEXT.replace('bookworm', 'trixie')))).toEqual([1, 2, 5, 7, 9]);
  });

  test('an edit of the last stage checks it alone', async () => {
    expect((await checkedAfter(`${TEXT}\nRUN echo more`))).toEqual([9]);
  });

  test('documentFacts that change check every section again; the same facts do not', async () => {
    const after = TEXT.replace('RUN echo four', 'RUN echo FOUR');
    expect((await checkedAfter(after, (text) => String(text.includes('FOUR'))))).toEqual([1, 2, 5, 7, 9]);
    expect((await checkedAfter(after, () => 'same'))).toEqual([9]);
  });

  test('a replayed finding lazy fix is built for the new version, as a fresh analysis builds it', async () => {
    const { rule } = countingRule();
    const { incremental, fresh } = await analyses(rule, TEXT.replace('RUN echo four', 'RUN echo FOUR'));
    const replayed = incremental.findings.find((finding) => finding.range.start.line === 2)!;
    buildFix(replayed);
    expect(replayed.fix?.edits).toEqual([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '# ' }]);
    expect(dump(incremental)).toBe(dump(fresh));
  });
});
