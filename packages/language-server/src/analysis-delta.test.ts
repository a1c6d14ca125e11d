import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AnalysisPoster, AnalysisReceiver } from './analysis-delta';
import type { Analysis, AnalyzedFinding, PostedAnalysis } from './analysis-types';
import { analyze } from './analyze';

const example = readFileSync(path.join(__dirname, '../../../examples/python-api/Dockerfile'), 'utf8').trimEnd().split('\n');
const lines = [0, 1, 2, 3, 4, 5].flatMap((stage) => example.map((line) => (line.startsWith('FROM ') ? `${line} AS stage${stage}` : line)));
const textOf = (version: string[]) => `${version.join('\n')}\n`;

/** each version from the one before, as the editor sends them */
const EDITS: Array<(text: string[]) => string[]> = [
  (text) => text.map((line, at) => (at === 40 ? `${line} ` : line)),
  (text) => [...text.slice(0, 30), '', '', ...text.slice(30)],
  (text) => [...text.slice(0, 30), ...text.slice(32)],
  (text) => text.map((line, at) => (at === 50 && line.startsWith('RUN ') ? `#${line}` : at === 50 ? `RUN apt-get install -y curl` : line)),
  (text) => ['FROM alpine AS first', 'RUN apk add curl', ...text],
  (text) => text,
  (text) => text.slice(text.findIndex((line, at) => at > 0 && line.startsWith('FROM '))),
];

/** what the server publishes and shows of an analysis: every field, in its key order */
const shown = (analysis: Analysis) => JSON.stringify(analysis);
const entries = (posted: PostedAnalysis) => [...posted.findings, ...posted.layers, ...posted.baseImages];

describe('an analysis crosses from the worker to the main thread as the one before it and what changed', () => {
  test('after each kind of edit the main thread has the analysis the worker made, key for key; most items go as numbers', async () => {
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    let text = lines;
    let referred = 0;
    let moved = 0;
    for (const edit of [(same: string[]) => same, ...EDITS]) {
      text = edit(text);
      const analysis = await analyze({ text: textOf(text), uri: 'untitled:delta', rules: {}, layers: true, registry: { offline: true } });
      const expected = shown(analysis);
      const posted = poster.post('untitled:delta', textOf(text), analysis);
      expect(shown(receiver.receive(structuredClone(posted)))).toBe(expected);
      referred += entries(posted).filter((entry) => typeof entry === 'number').length;
      moved += entries(posted).filter((entry) => typeof entry === 'number' && entry < 0).length;
    }
    expect(referred).toBeGreaterThan(300);
    expect(moved).toBeGreaterThan(20);
  });

  test('the layer hints are decoded when first read: after 300 analyses none of which was read, the last one\'s are the worker\'s', async () => {
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    const versions = [lines, [...lines.slice(0, 10), '', ...lines.slice(10)]];
    const analyses = await Promise.all(versions.map((version) => analyze({ text: textOf(version), uri: 'untitled:lazy', rules: {}, layers: true, registry: { offline: true } })));
    let last: Analysis | undefined;
    // received in one turn, as a burst of worker messages may be: no list decoded in between
    for (let at = 0; at < 300; at++) last = receiver.receive(structuredClone(poster.post('untitled:lazy', textOf(versions[at % 2]), analyses[at % 2])));
    expect(JSON.stringify(last!.layers)).toBe(JSON.stringify(analyses[1].layers));
    expect(shown(last!)).toBe(shown(analyses[1]));
  });

  test('after 60 edits of every size at random places (seeded), the main thread has each analysis the worker made', async () => {
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    const random = seeded(18);
    const pieces = ['', 'RUN apt-get update', 'RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*', 'COPY . .', 'FROM debian:bookworm AS extra', '# a comment', 'ENV A=1 \\', '  B=2'];
    let text = lines;
    let moved = 0;
    for (let edit = 0; edit < 60; edit++) {
      const at = Math.floor(random() * text.length);
      const removed = Math.floor(random() * 4) * (edit % 3 === 0 ? 0 : 1);
      const added = Array.from({ length: Math.floor(random() * 3) }, () => pieces[Math.floor(random() * pieces.length)]);
      text = [...text.slice(0, at), ...added, ...text.slice(at + removed)];
      const analysis = await analyze({ text: textOf(text), uri: 'untitled:random', rules: {}, layers: true, registry: { offline: true } });
      const expected = shown(analysis);
      const posted = poster.post('untitled:random', textOf(text), analysis);
      moved += entries(posted).filter((entry) => typeof entry === 'number' && entry < 0).length;
      expect(shown(receiver.receive(structuredClone(posted)))).toBe(expected);
    }
    expect(moved).toBeGreaterThan(100);
  });

  test('a finding given its fix after it was posted, on either side, goes on as it was posted', () => {
    const finding: AnalyzedFinding = { rule: 'r', severity: 'warning', message: 'm', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } } };
    const analysis = (findings: AnalyzedFinding[]): Analysis => ({ findings, layers: [], baseImages: [] });
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    const inWorker = { ...finding };
    const first = receiver.receive(structuredClone(poster.post('d', 'x\n', analysis([inWorker]))));
    // fixesOf in the worker, UnbuiltFixes on the main thread
    inWorker.noFixReason = 'built later';
    first.findings[0].fix = { safety: 'safe', description: 'built later', edits: [] };
    const unchanged = poster.post('d', 'x\n', analysis([{ ...finding }]));
    expect(unchanged.findings).toEqual([0]);
    const second = receiver.receive(structuredClone(unchanged));
    expect(second.findings).toEqual([finding]);
    expect(second.findings[0]).not.toBe(first.findings[0]);
    const withReason = { ...finding, noFixReason: 'built later' };
    const changed = poster.post('d', 'x\n', analysis([withReason]));
    expect(changed.findings).toEqual([withReason]);
    expect(receiver.receive(structuredClone(changed)).findings).toEqual([withReason]);
  });

  test('with more documents than either side keeps, each side drops the same ones', () => {
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    const figure = (line: number) => ({ range: { start: { line, character: 0 }, end: { line, character: 9 } }, written: 'scratch', kind: 'scratch' as const });
    for (let round = 0; round < 3; round++) {
      for (let document = 0; document < 7; document++) {
        const analysis: Analysis = { findings: [], layers: [], baseImages: [figure(document)] };
        const posted = poster.post(`untitled:${document % (round + 4)}`, 'FROM scratch\n', analysis);
        expect(receiver.receive(structuredClone(posted))).toEqual(analysis);
      }
    }
  });

  test('an analysis the main thread missed is an error, not a wrong analysis', () => {
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    const analysis: Analysis = { findings: [], layers: [], baseImages: [] };
    receiver.receive(poster.post('d', '', analysis));
    poster.post('d', '', analysis);
    expect(() => receiver.receive(poster.post('d', '', analysis))).toThrow('analysis 3 arrived after 1');
  });
});

/** a small deterministic generator (mulberry32): the same edits on every run */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
