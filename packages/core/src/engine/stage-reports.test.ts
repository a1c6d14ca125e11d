import { analyzeDockerfile, type DockerfileAnalysis } from '../analyze/analyze';
import { buildFix } from './finding-fix';
import type { Range } from '../parse/types';
import type { Fix, Rule } from './rule';
import { rules } from '@dflint/rules';
import { defineStageRule, isStageRule, type StageRuleContext } from './stage-rule';

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

interface CountingRuleOptions {
  facts?: (text: string) => string;
  /** name the line as `line ${line + 1}`, not through mentionLine */
  lineAsText?: boolean;
  /** build the fix at once, not when wanted */
  eagerFix?: boolean;
}

/**
 * A stage rule that reports every RUN with a fix, naming its line and the FROM's in the message and
 * a related location, and notes which sections it checked (by their first instruction's line).
 */
function countingRule({ facts, lineAsText = false, eagerFix = false }: CountingRuleOptions = {}): { rule: Rule; checked: number[] } {
  const checked: number[] = [];
  const rule = defineStageRule({
    meta: { name: 'run-seen', description: 'every RUN', category: 'correctness', severity: 'info', fixable: 'safe', aliases: [] },
    ...(facts && { documentFacts: (document) => facts(document.text) }),
    checkStage({ instructions, stageLayers, report, mentionLine }) {
      checked.push(instructions[0] ? instructions[0].range.start.line + 1 : 0);
      const line = lineAsText ? (range: Range) => String(range.start.line + 1) : mentionLine;
      for (const run of instructions.filter((each) => each.keyword === 'RUN')) {
        const fix = (): Fix => ({ safety: 'safe', description: 'comment it out', edits: [{ range: { start: run.range.start, end: run.range.start }, newText: '# ' }] });
        report({
          range: run.range,
          message: `RUN at line ${line(run.range)}, ${stageLayers?.steps.length ?? 'no'} steps`,
          related: [{ range: instructions[0].range, message: `its stage starts at line ${line(instructions[0].range)}` }],
          fix: eagerFix ? fix() : fix,
        });
      }
    },
  });
  return { rule, checked };
}

/** The sections (by their first line) the analysis of `after` checks, reusing the analysis of TEXT; its findings must be a fresh analysis's. */
async function checkedAfter(after: string, options?: CountingRuleOptions): Promise<number[]> {
  const { rule, checked } = countingRule(options);
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

/** The findings with their fixes built, as JSON (keys in order: a fix built later is a finding's last key). */
function dump(analysis: DockerfileAnalysis): string {
  analysis.findings.forEach(buildFix);
  return JSON.stringify(analysis.findings, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );
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

  test('a line inserted in a stage moves the stages below: their reports are moved (lines named, fixes), not checked again', async () => {
    const inserted = TEXT.replace('AS two', 'AS two\n');
    expect(await checkedAfter(inserted)).toEqual([5]);
    expect(await checkedAfter(inserted, { eagerFix: true })).toEqual([5]);
    // stage three builds on stage one, above the edit: its layers are moved too
    expect(await checkedAfter(TEXT.replace('RUN echo two\n', ''))).toEqual([5]);
  });

  test("a line inserted after a stage's last instruction is the next stage's (it stands above its FROM)", async () => {
    expect(await checkedAfter(TEXT.replace('RUN echo two', 'RUN echo two\n'))).toEqual([5, 8]);
  });

  test('a document that holds the mark of a line mention is not marked: its moved stages are checked again', async () => {
    const { rule, checked } = countingRule();
    const request = { rules: [rule], fixes: false };
    const marked = TEXT.replace('# about two', '# about \x01two\x02');
    const previous = await analyzeDockerfile({ ...request, text: marked, incremental: {} });
    void previous.layers;
    checked.length = 0;
    const after = marked.replace('AS two', 'AS two\n');
    const incremental = await analyzeDockerfile({ ...request, text: after, incremental: { previous } });
    expect(checked).toEqual([5, 8, 10]);
    expect(dump(incremental)).toBe(dump(await analyzeDockerfile({ ...request, text: after })));
  });

  test('a moved stage whose reports name a line other than through mentionLine is checked again', async () => {
    expect(await checkedAfter(TEXT.replace('AS two', 'AS two\n'), { lineAsText: true })).toEqual([5, 8, 10]);
  });

  test('an edit before the first FROM checks every section again', async () => {
    expect((await checkedAfter(TEXT.replace('bookworm', 'trixie')))).toEqual([1, 2, 5, 7, 9]);
  });

  test('an edit of the last stage checks it alone', async () => {
    expect((await checkedAfter(`${TEXT}\nRUN echo more`))).toEqual([9]);
  });

  test('documentFacts that change check every section again; the same facts do not', async () => {
    const after = TEXT.replace('RUN echo four', 'RUN echo FOUR');
    expect((await checkedAfter(after, { facts: (text) => String(text.includes('FOUR')) }))).toEqual([1, 2, 5, 7, 9]);
    expect((await checkedAfter(after, { facts: () => 'same' }))).toEqual([9]);
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

describe('the rules that name lines in their messages, in a stage an edit moved', () => {
  const LINE_NAMING = ['apt-update-alone', 'cache-bust-order', 'consecutive-run', 'curl-and-wget'];
  const MOVED = [
    'FROM alpine:3.19 AS one',
    'RUN echo one',
    'FROM debian:bookworm AS two',
    'WORKDIR /app',
    'RUN apt-get update',
    'RUN apt-get install -y curl',
    'RUN curl -fsSL https://example.com/a -o /a',
    'RUN wget https://example.com/b',
    'COPY . /app',
    'RUN pip install -r requirements.txt',
    'RUN echo done',
  ].join('\n');

  test('report what a fresh analysis reports (lines named, related locations, fixes), without checking the stage again', async () => {
    const checked: string[] = [];
    const counted = rules
      .filter((rule) => LINE_NAMING.includes(rule.meta.name))
      .map((rule) => {
        if (!isStageRule(rule)) throw new Error(`${rule.meta.name} is not a stage rule`);
        return { ...rule, checkStage: (context: StageRuleContext) => (checked.push(`${rule.meta.name} ${context.stage?.name}`), rule.checkStage(context)) };
      });
    const request = { rules: counted, settings: { 'consecutive-run': { options: { reportWithoutGain: true } } }, fixes: false };
    let previous = await analyzeDockerfile({ ...request, text: MOVED, incremental: {} });
    expect([...new Set(previous.findings.map((finding) => finding.rule))].sort()).toEqual(LINE_NAMING);
    for (const text of [MOVED.replace('AS one', 'AS one\n\n# two lines more'), MOVED.replace('AS one', 'AS one\n'), MOVED]) {
      void previous.layers;
      checked.length = 0;
      const incremental = await analyzeDockerfile({ ...request, text, incremental: { previous } });
      expect(checked.filter((each) => each.endsWith('two'))).toEqual([]);
      expect(dump(incremental)).toBe(dump(await analyzeDockerfile({ ...request, text })));
      previous = incremental;
    }
  });
});
