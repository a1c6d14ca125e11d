// What the ground truth asks of dflint's predictions, one function per kind of figure.
import type { PredictedBytes } from './harness';

/** What every figure that needs the base image says when run offline. */
export const OFFLINE_REASON = 'base image not resolved (offline)';
/** A case touching base files, its base resolved: the wasted bytes within max(1%, 8 KiB) of the truth. */
const RESOLVED_SLACK_BYTES = 8 * 1024;

/** exact: within 1% (and 0 only for 0); lower-bound: never above the truth; estimated: only printed; unknown: value null. */
export function checkPrediction(bytes: PredictedBytes, measured: number): void {
  const value = bytes.value ?? Number.NaN;
  if (bytes.estimate === 'exact') {
    if (measured === 0) expect(value).toBe(0);
    else expect(Math.abs(value - measured)).toBeLessThanOrEqual(measured * 0.01);
  } else if (bytes.estimate === 'lower-bound') {
    expect(value).toBeLessThanOrEqual(measured);
  } else if (bytes.estimate !== 'estimated') {
    expect(bytes.value).toBeNull();
    expect(bytes.estimate).toBe('unknown');
  }
}

/** With the base resolved, a case touching base files is known: exact, or a lower bound that reaches the truth. */
export function checkResolvedWaste(bytes: PredictedBytes, measured: number): void {
  expect(['exact', 'lower-bound']).toContain(bytes.estimate);
  if (bytes.estimate === 'lower-bound') expect(bytes.value).toBeLessThanOrEqual(measured);
  const tolerance = Math.max(measured * 0.01, RESOLVED_SLACK_BYTES);
  expect(Math.abs((bytes.value ?? Number.NaN) - measured)).toBeLessThanOrEqual(tolerance);
}

/** The predicted image size (base + added regular-file bytes) within 1% of the built image's. */
export function checkImageBytes(bytes: PredictedBytes | undefined, measured: number): void {
  expect(bytes).toBeDefined();
  expect(['exact', 'lower-bound']).toContain(bytes?.estimate);
  if (bytes?.estimate === 'lower-bound') expect(bytes.value).toBeLessThanOrEqual(measured);
  expect(Math.abs((bytes?.value ?? Number.NaN) - measured)).toBeLessThanOrEqual(measured * 0.01);
}

/** Offline, the figures that need the base say so: the image size at most a lower bound, the waste not exact, both with the reason. */
export function checkOfflineSaysWhy(totals: { wastedBytes: PredictedBytes; imageBytes?: PredictedBytes }): void {
  expect(['lower-bound', 'unknown']).toContain(totals.imageBytes?.estimate);
  expect(totals.imageBytes?.reason).toContain(OFFLINE_REASON);
  expect(totals.wastedBytes.estimate).not.toBe('exact');
  expect(totals.wastedBytes.reason).toContain(OFFLINE_REASON);
}

/** `exact 1.2 MB`-like, for the summary table: `= 166111`, `≥ 0`, `?`. */
export function showBytes(bytes: PredictedBytes | undefined): string {
  if (!bytes) return '-';
  if (bytes.estimate === 'unknown' || bytes.value === null) return '?';
  return `${bytes.estimate === 'exact' ? '=' : bytes.estimate === 'lower-bound' ? '≥' : '~'} ${bytes.value}`;
}
