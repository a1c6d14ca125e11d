import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defineRule, type Finding, type Rule } from '../engine/rule';
import { MAX_SHELL_NESTING } from '../parse/shell-limits';
import { fixRemovals } from '../fix/content-guard';
import { fixText } from '../fix/fix-text';
import { ContextCaches } from '../layers/context/context-cache';
import type { LayerModel } from '../layers/types';
import { analyzeDockerfile, type AnalysisRequest } from './analyze';

jest.mock('../layers/model', () => {
  const actual = jest.requireActual('../layers/model');
  return { ...actual, buildLayerModel: jest.fn(actual.buildLayerModel) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildLayerModel } = require('../layers/model') as { buildLayerModel: jest.Mock };

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => buildLayerModel.mockClear());

function makeContext(files: Record<string, number>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-analyze-'));
  made.push(root);
  for (const [rel, size] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), Buffer.alloc(size, 'x'));
  }
  return root;
}

function rule(name: string, check: Rule['check']): Rule {
  return defineRule<Record<never, never>>({ meta: { name, description: name, category: 'correctness', severity: 'warning', fixable: 'safe', aliases: [] }, check });
}

const flagsRun = rule('flags-run', ({ document, report }) => {
  for (const instruction of document.instructions) if (instruction.keyword === 'RUN') report({ range: instruction.range, message: 'a RUN' });
});

/** Rewrites `RUN step<n>` to `RUN step<n+1>` up to step3: one fix per pass, so fixing takes three passes. */
const stepsForward = rule('steps-forward', ({ document, report }) => {
  for (const instruction of document.instructions) {
    const step = /^step([0-2])$/.exec(instruction.argsText);
    if (instruction.keyword !== 'RUN' || !step || !instruction.argsRange) continue;
    const edits = [{ range: instruction.argsRange, newText: `step${Number(step[1]) + 1}` }];
    // the command word changes: the fix says it replaces the instruction
    const fix = { safety: 'safe' as const, description: 'next step', edits, removes: fixRemovals(document, { deleted: [instruction] }) };
    report({ range: instruction.range, message: 'not the last step', fix });
  }
});

function layersReader(seen: LayerModel[]): Rule {
  return rule('reads-layers', ({ layers }) => void seen.push(layers));
}

function copiedBytes(model: LayerModel): Array<number | null> {
  return model.stages[0].steps.filter((step) => step.instruction.keyword === 'COPY').map((step) => step.addedBytes.value);
}

describe('analyzeDockerfile', () => {
  test('parses, lints and returns the document and its sorted findings', async () => {
    const analysis = await analyzeDockerfile({ text: 'FROM a\nRUN x\nRUN y\n', rules: [flagsRun] });
    expect(analysis.document.instructions.map((instruction) => instruction.keyword)).toEqual(['FROM', 'RUN', 'RUN']);
    expect(analysis.findings.map((finding) => finding.range.start.line)).toEqual([1, 2]);
  });

  test('takes an already parsed document as it is', async () => {
    const { document } = await analyzeDockerfile({ text: 'FROM a\nRUN x\n', rules: [] });
    expect((await analyzeDockerfile({ document, rules: [flagsRun] })).document).toBe(document);
  });

  test('settings turn rules off and change severities', async () => {
    const text = 'FROM a\nRUN x\n';
    expect((await analyzeDockerfile({ text, rules: [flagsRun], settings: { 'flags-run': { severity: 'off' } } })).findings).toEqual([]);
    const [finding] = (await analyzeDockerfile({ text, rules: [flagsRun], settings: { 'flags-run': { severity: 'error' } } })).findings;
    expect(finding.severity).toBe('error');
  });

  test('builds the layer model only when asked, once, and gives the rules and the caller the same one', async () => {
    const analysis = await analyzeDockerfile({ text: 'FROM a\nRUN x\n', rules: [flagsRun] });
    expect(buildLayerModel).not.toHaveBeenCalled();
    expect(analysis.layers).toBe(analysis.layers);
    expect(buildLayerModel).toHaveBeenCalledTimes(1);

    buildLayerModel.mockClear();
    const seen: LayerModel[] = [];
    const shared = await analyzeDockerfile({ text: 'FROM a\nRUN x\n', rules: [layersReader(seen), layersReader(seen)] });
    expect(shared.layers).toBe(seen[0]);
    expect(seen[1]).toBe(seen[0]);
    expect(buildLayerModel).toHaveBeenCalledTimes(1);
  });

  test('reads the build context only when a COPY/ADD takes from it, unless always asked', async () => {
    const contextRoot = makeContext({ 'app.bin': 300 });
    expect((await analyzeDockerfile({ text: 'FROM a\nRUN x\nCOPY --from=b /x /x\n', rules: [], contextRoot })).context).toBeUndefined();
    const always = await analyzeDockerfile({ text: 'FROM a\nRUN x\n', rules: [], contextRoot, alwaysReadContext: true });
    expect(always.context?.notes).toContain('no .dockerignore: everything in the context is sent');
    const copying = await analyzeDockerfile({ text: 'FROM a\nCOPY app.bin /\n', rules: [], contextRoot });
    expect(copiedBytes(copying.layers)).toEqual([300]);
  });

  test('without a context root, what a COPY adds is unknown', async () => {
    const analysis = await analyzeDockerfile({ text: 'FROM a\nCOPY app.bin /\n', rules: [] });
    expect(analysis.context).toBeUndefined();
    expect(analysis.layers.stages[0].steps[1].addedBytes.estimate).toBe('unknown');
  });

  test('documents analysed with the same caches read the context from disk once, whatever their lines', async () => {
    const contextRoot = makeContext({ 'a.bin': 10, 'src/b.bin': 20, 'src/c.bin': 30 });
    const contexts = new ContextCaches();
    const request = { rules: [], contextRoot, contexts };
    const first = await analyzeDockerfile({ ...request, text: 'FROM a\nCOPY a.bin /\nCOPY src /src\n' });
    expect(copiedBytes(first.layers)).toEqual([10, 50]);
    const reads = contexts.forRoot(contextRoot).diskReads;
    expect(reads).toBeGreaterThan(0);

    // the COPYs moved down two lines: their figures follow them, and nothing is read again
    const second = await analyzeDockerfile({ ...request, text: 'FROM a\nRUN x\nRUN y\nCOPY src /src\nCOPY a.bin /\n' });
    expect(copiedBytes(second.layers)).toEqual([50, 10]);
    expect(contexts.forRoot(contextRoot).diskReads).toBe(reads);

    // once the caches are dropped, the disk is read again and changes are seen
    fs.writeFileSync(path.join(contextRoot, 'a.bin'), Buffer.alloc(15));
    contexts.clear();
    expect(copiedBytes((await analyzeDockerfile({ ...request, text: 'FROM a\nCOPY a.bin /\n' })).layers)).toEqual([15]);
  });
});

describe("analyzeDockerfile, an editor's next version", () => {
  test('a RUN the shell parser declines, moved by a line inserted above it, is one not-analyzed warning at its new line, as a fresh analysis finds', async () => {
    // nesting one level too deep, and short enough for the parse cache (so the moved RUN's kept parse is what is read)
    const levels = MAX_SHELL_NESTING + 1;
    const text = `FROM alpine\nRUN ${'if true; then '.repeat(levels)}echo${'; fi'.repeat(levels)}\nRUN echo ok\n`;
    const notAnalyzed = ({ findings }: { findings: Finding[] }) => findings.filter((finding) => finding.rule === 'not-analyzed').map((finding) => [finding.range.start.line, finding.range.end.line, finding.message]);
    const first = await analyzeDockerfile({ rules: [flagsRun], text, incremental: {} });
    expect(notAnalyzed(first)).toEqual([[1, 1, expect.stringMatching(/nests deeper than/)]]);
    for (const moved of [`# a note\n${text}`, `FROM scratch AS first\n\n${text}`]) {
      const next = await analyzeDockerfile({ rules: [flagsRun], text: moved, incremental: { previous: first } });
      const fresh = await analyzeDockerfile({ rules: [flagsRun], text: moved });
      expect(notAnalyzed(next)).toEqual(notAnalyzed(fresh));
      expect(notAnalyzed(next)[0][0]).toBe(moved.split('\n').indexOf(text.split('\n')[1]));
    }
  });
});

describe('fixText through analyzeDockerfile', () => {
  const text = 'FROM a\nCOPY src /src\nRUN step0\n';

  test('every pass re-analyses, reading the build context once', async () => {
    const contextRoot = makeContext({ 'src/one.bin': 5, 'src/two.bin': 6 });
    const contexts = new ContextCaches();
    const request: AnalysisRequest = { rules: [stepsForward, flagsRun], contextRoot, contexts };
    await analyzeDockerfile({ ...request, text });
    const oneAnalysis = contexts.forRoot(contextRoot).diskReads;

    contexts.clear();
    const result = await fixText(text, request);
    expect(result).toMatchObject({ text: 'FROM a\nCOPY src /src\nRUN step3\n', passes: 3, stable: true });
    expect(contexts.forRoot(contextRoot).diskReads).toBe(oneAnalysis);
  });

  test('returns the findings of the fixed text', async () => {
    const result = await fixText(text, { rules: [stepsForward, flagsRun] });
    expect(result.findings).toEqual((await analyzeDockerfile({ text: result.text, rules: [stepsForward, flagsRun] })).findings);
    expect(result.findings.map((finding) => finding.rule)).toEqual(['flags-run']);
  });
});
