// The ground truth's checks of dflint's predictions, on hand-made figures: no image is built here.
import type { PredictedBytes } from './harness';
import {
  checkImageBytes,
  checkOfflineSaysWhy,
  checkPackageStepsSayWhy,
  checkPrediction,
  checkResolvedWaste,
  ESTIMATED_TOLERANCE,
  relativeError,
  showBytes,
} from './prediction-checks';

const SOURCE = 'Debian bookworm main amd64 Packages, 2026-12-05';
const MEASURED = 240_000_000;
const about = (value: number): PredictedBytes => ({ value, estimate: 'estimated', source: SOURCE });
const atLeast = (value: number, source?: string): PredictedBytes => ({ value, estimate: 'lower-bound', ...(source && { source }) });
const exactly = (value: number): PredictedBytes => ({ value, estimate: 'exact' });

describe('checkPrediction', () => {
  test('estimated: accepted within ±10% of the measured bytes, refused beyond', () => {
    expect(ESTIMATED_TOLERANCE).toBe(0.1);
    for (const value of [216_000_001, 263_999_999, MEASURED]) expect(() => checkPrediction(about(value), MEASURED)).not.toThrow();
    for (const value of [MEASURED * 0.89, MEASURED * 1.11]) expect(() => checkPrediction(about(value), MEASURED)).toThrow();
  });

  test('exact: still within 1%, and 0 only for 0', () => {
    expect(() => checkPrediction(exactly(MEASURED * 1.009), MEASURED)).not.toThrow();
    expect(() => checkPrediction(exactly(MEASURED * 1.05), MEASURED)).toThrow();
    expect(() => checkPrediction(exactly(1), 0)).toThrow();
  });

  test('lower-bound: never above the truth, unless it counts estimated parts (it names their source): then up to 10% above', () => {
    expect(() => checkPrediction(atLeast(MEASURED / 2), MEASURED)).not.toThrow();
    expect(() => checkPrediction(atLeast(MEASURED + 1), MEASURED)).toThrow();
    expect(() => checkPrediction(atLeast(MEASURED * 1.05, SOURCE), MEASURED)).not.toThrow();
    expect(() => checkPrediction(atLeast(MEASURED * 1.2, SOURCE), MEASURED)).toThrow();
  });

  test('unknown: value null', () => {
    expect(() => checkPrediction({ value: null, estimate: 'unknown' }, MEASURED)).not.toThrow();
    expect(() => checkPrediction({ value: 0, estimate: 'unknown' }, MEASURED)).toThrow();
  });
});

describe('checkResolvedWaste and checkImageBytes', () => {
  test('accept an estimated figure within 10%, an exact one within 1% only', () => {
    expect(() => checkResolvedWaste(about(MEASURED * 1.08), MEASURED)).not.toThrow();
    expect(() => checkImageBytes(about(MEASURED * 0.92), MEASURED)).not.toThrow();
    expect(() => checkResolvedWaste(about(MEASURED * 1.2), MEASURED)).toThrow();
    expect(() => checkImageBytes(about(MEASURED * 0.8), MEASURED)).toThrow();
    expect(() => checkImageBytes(exactly(MEASURED * 1.05), MEASURED)).toThrow();
  });

  test('a lower bound must reach the truth: within 1% plain, within 10% when it counts estimated parts', () => {
    expect(() => checkImageBytes(atLeast(MEASURED * 0.95), MEASURED)).toThrow();
    expect(() => checkImageBytes(atLeast(MEASURED * 0.95, SOURCE), MEASURED)).not.toThrow();
    expect(() => checkResolvedWaste(atLeast(MEASURED * 0.5, SOURCE), MEASURED)).toThrow();
  });

  test('an unknown image size is refused', () => {
    expect(() => checkImageBytes({ value: null, estimate: 'unknown' }, MEASURED)).toThrow();
    expect(() => checkImageBytes(undefined, MEASURED)).toThrow();
  });
});

test('showBytes marks each kind for the printed table', () => {
  expect([exactly(5), about(5), atLeast(5), atLeast(5, SOURCE), { value: null, estimate: 'unknown' as const }, undefined].map(showBytes)).toEqual([
    '= 5',
    '≈ 5',
    '≥ 5',
    '≥≈ 5',
    '?',
    '-',
  ]);
});

describe('checkPackageStepsSayWhy (offline, the steps sized from package indexes)', () => {
  const why = 'unknown: package index not fetched (offline)';
  test('accepted: each listed step is unknown or a lower bound, with the reason', () => {
    const layers = [
      { line: 2, addedBytes: { value: null, estimate: 'unknown' as const, reason: 'package index not fetched (offline)' } },
      { line: 3, addedBytes: { value: 4096, estimate: 'lower-bound' as const, reason: `base image not resolved (offline); ${why}` } },
    ];
    expect(() => checkPackageStepsSayWhy(layers, [2, 3])).not.toThrow();
  });

  test('refused: a step claiming 0, an estimate offline, no reason, or a step that is not there', () => {
    const zero = [{ line: 2, addedBytes: { value: 0, estimate: 'exact' as const } }];
    const estimated = [{ line: 2, addedBytes: { value: 9, estimate: 'estimated' as const, reason: why } }];
    const silent = [{ line: 2, addedBytes: { value: null, estimate: 'unknown' as const } }];
    for (const layers of [zero, estimated, silent]) expect(() => checkPackageStepsSayWhy(layers, [2])).toThrow();
    expect(() => checkPackageStepsSayWhy(silent, [5])).toThrow();
  });
});

describe('relativeError', () => {
  test('signed percent of the measured bytes; dashes when there is no figure', () => {
    expect(relativeError(about(110), 100)).toBe('+10.0%');
    expect(relativeError(exactly(97), 100)).toBe('-3.0%');
    expect(relativeError({ value: null, estimate: 'unknown' }, 100)).toBe('-');
    expect(relativeError(exactly(0), 0)).toBe('0%');
  });
});

describe('checkOfflineSaysWhy', () => {
  const image: PredictedBytes = { value: null, estimate: 'unknown', reason: 'base image not resolved (offline)' };
  const waste = (reason: string): PredictedBytes => ({ value: null, estimate: 'unknown', reason });
  test("the waste names the base's reason; with package steps, the package index's reason will do too", () => {
    expect(() => checkOfflineSaysWhy({ imageBytes: image, wastedBytes: waste('base image not resolved (offline)') })).not.toThrow();
    expect(() => checkOfflineSaysWhy({ imageBytes: image, wastedBytes: waste('package index not fetched (offline)') })).toThrow();
    expect(() => checkOfflineSaysWhy({ imageBytes: image, wastedBytes: waste('package index not fetched (offline)') }, true)).not.toThrow();
    expect(() => checkOfflineSaysWhy({ imageBytes: image, wastedBytes: waste('something else') }, true)).toThrow();
  });
});
