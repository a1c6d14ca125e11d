import { deserialize, serialize } from 'node:v8';
import { AnalysisDecoder, AnalysisEncoder } from './analysis-delta';
import type { Analysis, AnalyzedFinding, LayerHint } from './analysis-types';

const at = (line: number, character = 0) => ({ line, character });
const finding = (line: number, rule = 'cd-in-run', message = `line ${line}`): AnalyzedFinding => ({
  rule,
  severity: 'warning',
  message,
  range: { start: at(line), end: at(line, 9) },
  aliases: ['DL3003'],
  instructionLine: line,
  instructionIndent: '',
});
const hint = (line: number, label = '+1.0 KiB'): LayerHint => ({ position: at(line, 20), label });
const analysis = (findings: AnalyzedFinding[], layers: LayerHint[] = []): Analysis => ({ findings, layers, baseImages: [] });

/** through the encoder, across a thread's structured clone, and the decoder, as the analyzer does */
function channel() {
  const encoder = new AnalysisEncoder();
  const decoder = new AnalysisDecoder();
  const sent: unknown[] = [];
  return {
    sent,
    pass(key: string | undefined, original: Analysis): Analysis {
      const wire = deserialize(serialize(encoder.encode(key, original)));
      sent.push(wire);
      return decoder.decode(key, wire);
    },
  };
}

describe('analyses cross to the main thread as a delta of the previous one of the same document', () => {
  test('the main thread gets every analysis as the worker made it, whatever changed', () => {
    const { pass } = channel();
    const versions = [
      analysis([finding(1), finding(5), finding(5, 'apt-in-script')], [hint(1), hint(5)]),
      analysis([finding(1), finding(5), finding(5, 'apt-in-script')], [hint(1), hint(5)]),
      // a finding appears at the same position as two others, one changes its message, hints move
      analysis([finding(1), finding(5, 'curl-and-wget'), finding(5), finding(5, 'apt-in-script', 'changed')], [hint(2), hint(5, '+?')]),
      analysis([finding(5), finding(9)], []),
      analysis([], [hint(3)]),
      analysis([finding(2), { ...finding(3), related: [{ range: { start: at(4), end: at(4, 2) }, message: 'here' }] }], [hint(3)]),
      analysis([finding(2), { ...finding(3), related: [{ range: { start: at(4), end: at(4, 2) }, message: 'there' }] }], [hint(3)]),
    ];
    for (const version of versions) expect(pass('file:///Dockerfile', version)).toEqual(version);
  });

  test('an unchanged finding or hint is sent as its index in the previous analysis, a changed one in full', () => {
    const { pass, sent } = channel();
    pass('a', analysis([finding(1), finding(5)], [hint(1), hint(5)]));
    pass('a', analysis([finding(1), finding(6)], [hint(1), hint(6)]));
    expect(sent[1]).toMatchObject({ findings: [0, finding(6)], layers: [0, hint(6)] });
  });

  test('each document is encoded against its own previous analysis; without a document key, always in full', () => {
    const { pass, sent } = channel();
    pass('a', analysis([finding(1)]));
    pass('b', analysis([finding(1, 'other-rule')]));
    pass(undefined, analysis([finding(1)]));
    pass('a', analysis([finding(1)]));
    expect(sent.map((wire) => (wire as { findings: unknown[] }).findings[0])).toEqual([finding(1), finding(1, 'other-rule'), finding(1), 0]);
  });

  test('encoder and decoder forget the same documents: a sixth document later sends the first in full', () => {
    const { pass, sent } = channel();
    for (const key of ['1', '2', '3', '4', '5', '1']) expect(pass(key, analysis([finding(1)]))).toEqual(analysis([finding(1)]));
    expect((sent[5] as Analysis).findings[0]).toEqual(finding(1));
  });

  test('what the main thread adds to a finding (its fix, built on demand) does not reach the next version', () => {
    const { pass } = channel();
    const first = pass('a', analysis([finding(1)]));
    first.findings[0].noFixReason = 'built for this version only';
    const second = pass('a', analysis([finding(1)]));
    expect(second.findings[0]).toEqual(finding(1));
    expect(second.findings[0]).not.toBe(first.findings[0]);
  });

  test('an index the decoder cannot resolve is an error, not a wrong finding', () => {
    const decoder = new AnalysisDecoder();
    expect(() => decoder.decode('a', { findings: [0], layers: [], baseImages: [] })).toThrow(/does not have/);
  });
});
