import type { Bytes } from '@dflint/core';
import type { AnalyzedFinding } from './analysis-types';
import { messageWithBytes } from './diagnostics';
import { hover } from './hover';
import { hintLabel, inlayHints, layerHint } from './inlay-hints';

const UNKNOWN: Bytes = { value: 0, estimate: 'unknown' };
const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } };

describe('an unknown figure is never shown as 0 B in the editor', () => {
  test('inlay hints: `+?` for an unknown layer, `≥` for a lower bound, waste only when known to be some', () => {
    expect(hintLabel(UNKNOWN, UNKNOWN)).toBe('+?');
    expect(hintLabel({ value: 17, estimate: 'lower-bound' }, { value: 0, estimate: 'exact' })).toBe('+≥ 17 B');
    expect(hintLabel({ value: 2048, estimate: 'exact' }, { value: 1024, estimate: 'exact' })).toBe('+2.0 KiB · 1.0 KiB wasted');
  });

  test('hover and diagnostic message: "an unknown amount", no byte count', () => {
    const finding: AnalyzedFinding = { rule: 'delete-after-add', severity: 'warning', message: '/x is deleted at line 3', range, wastedBytes: UNKNOWN };
    expect(messageWithBytes(finding)).toBe('/x is deleted at line 3');
    const text = (hover({ findings: [finding], baseImages: [] }, range.start)!.contents as { value: string }).value;
    expect(text).toContain('Wasted: an unknown amount');
    expect(text).not.toMatch(/\b0 B\b/);
  });
});

describe('estimated figures (hand-made: sizes from a package index) in the editor', () => {
  const source = 'Debian bookworm main amd64 Packages, 2026-12-05';
  const about = (value: number): Bytes => ({ value, estimate: 'estimated', source });

  test('inlay hints mark them ≈', () => {
    expect(hintLabel(about(3 * 1024 * 1024), about(2048))).toBe('+≈ 3.0 MiB · ≈ 2.0 KiB wasted');
  });

  test('the diagnostic message states them once; the hover names the index', () => {
    const finding: AnalyzedFinding = { rule: 'delete-after-add', severity: 'warning', message: '/x is deleted at line 3', range, wastedBytes: about(2048) };
    expect(messageWithBytes(finding)).toBe('/x is deleted at line 3 (≈ 2.0 KiB wasted)');
    expect(messageWithBytes({ ...finding, message: '/x is deleted at line 3: ≈ 2.0 KiB wasted' })).toBe('/x is deleted at line 3: ≈ 2.0 KiB wasted');
    const text = (hover({ findings: [finding], baseImages: [] }, range.start)!.contents as { value: string }).value;
    expect(text).toContain(`Wasted: ≈ 2.0 KiB (estimated from ${source})`);
  });
});

describe('layer hints, made in the analysis worker and shown by range', () => {
  const end = (line: number) => ({ line, character: 12 });

  test('the label from the figures, the notes as the tooltip (none without notes), only the layers inside the range', () => {
    const noted = layerHint(end(2), { value: 2048, estimate: 'exact' }, { value: 1024, estimate: 'exact' }, ['first note', 'second note']);
    const plain = layerHint(end(4), UNKNOWN, UNKNOWN, []);
    const outside = layerHint(end(9), UNKNOWN, UNKNOWN, ['not shown']);
    expect(plain).toEqual({ position: end(4), label: '+?' });
    expect(inlayHints([noted, plain, outside], { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } })).toEqual([
      { position: end(2), label: '+2.0 KiB · 1.0 KiB wasted', paddingLeft: true, tooltip: 'first note\nsecond note' },
      { position: end(4), label: '+?', paddingLeft: true },
    ]);
  });
});
