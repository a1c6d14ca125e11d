// What the ground truth asks of dflint's predictions, one function per kind of figure.
import type { PredictedBytes } from './harness';

/** What every figure that needs the base image says when run offline. */
export const OFFLINE_REASON = 'base image not resolved (offline)';
/** What every figure that needs a package index says when run offline. */
export const PACKAGE_INDEX_OFFLINE_REASON = 'package index not fetched (offline)';
/** A case touching base files, its base resolved: the wasted bytes within max(1%, 8 KiB) of the truth. */
const RESOLVED_SLACK_BYTES = 8 * 1024;

/**
 * How far an `estimated` figure may be from the truth: ±10% (issue 16's acceptance). It applies
 * also to a lower bound that counts estimated parts (it carries their `source`): "at least about".
 */
export const ESTIMATED_TOLERANCE = 0.1;

/** exact: within 1% (and 0 only for 0); estimated: within ±10%; lower-bound: never above the truth (an estimated part may put it 10% above); unknown: value null. */
export function checkPrediction(bytes: PredictedBytes, measured: number): void {
  const value = bytes.value ?? Number.NaN;
  if (bytes.estimate === 'exact') {
    if (measured === 0) expect(value).toBe(0);
    else expect(Math.abs(value - measured)).toBeLessThanOrEqual(measured * 0.01);
  } else if (bytes.estimate === 'estimated') {
    expect(Math.abs(value - measured)).toBeLessThanOrEqual(measured * ESTIMATED_TOLERANCE);
  } else if (bytes.estimate === 'lower-bound') {
    expect(value).toBeLessThanOrEqual(boundCeiling(bytes, measured));
  } else {
    expect(bytes.value).toBeNull();
    expect(bytes.estimate).toBe('unknown');
  }
}

/** The most a lower bound may say: the truth, or 10% over it when it counts estimated parts. */
function boundCeiling(bytes: PredictedBytes, measured: number): number {
  return bytes.source === undefined ? measured : measured * (1 + ESTIMATED_TOLERANCE);
}

/** How close a known figure must come: 1% (or `slack` bytes, if more), 10% when estimated in whole or part. */
function tolerance(bytes: PredictedBytes | undefined, measured: number, slack = 0): number {
  const estimated = bytes?.estimate === 'estimated' || bytes?.source !== undefined;
  return Math.max(measured * (estimated ? ESTIMATED_TOLERANCE : 0.01), slack);
}

/** With the base resolved, a case touching base files is known: exact, estimated, or a lower bound that reaches the truth. */
export function checkResolvedWaste(bytes: PredictedBytes, measured: number): void {
  expect(['exact', 'estimated', 'lower-bound']).toContain(bytes.estimate);
  if (bytes.estimate === 'lower-bound') expect(bytes.value).toBeLessThanOrEqual(boundCeiling(bytes, measured));
  expect(Math.abs((bytes.value ?? Number.NaN) - measured)).toBeLessThanOrEqual(tolerance(bytes, measured, RESOLVED_SLACK_BYTES));
}

/** The predicted image size (base + added regular-file bytes) within 1% of the built image's (10% when estimated). */
export function checkImageBytes(bytes: PredictedBytes | undefined, measured: number): void {
  expect(bytes).toBeDefined();
  expect(['exact', 'estimated', 'lower-bound']).toContain(bytes?.estimate);
  if (bytes?.estimate === 'lower-bound') expect(bytes.value).toBeLessThanOrEqual(boundCeiling(bytes, measured));
  expect(Math.abs((bytes?.value ?? Number.NaN) - measured)).toBeLessThanOrEqual(tolerance(bytes, measured));
}

/**
 * Offline, the figures that need the base say so: the image size at most a lower bound, the waste
 * not exact, both with the reason. A sum names the first reason among its parts, so a case whose
 * steps need package indexes may say that instead for its waste (both are true offline).
 */
export function checkOfflineSaysWhy(totals: { wastedBytes: PredictedBytes; imageBytes?: PredictedBytes }, needsPackageIndexes = false): void {
  expect(['lower-bound', 'unknown']).toContain(totals.imageBytes?.estimate);
  expect(totals.imageBytes?.reason).toContain(OFFLINE_REASON);
  expect(totals.wastedBytes.estimate).not.toBe('exact');
  const reasons = needsPackageIndexes ? [OFFLINE_REASON, PACKAGE_INDEX_OFFLINE_REASON] : [OFFLINE_REASON];
  expect(reasons.some((reason) => totals.wastedBytes.reason?.includes(reason))).toBe(true);
}

/** One layer of `dflint layers --format json`, as far as the checks read it. */
export interface PredictedLayer {
  line: number;
  addedBytes: PredictedBytes;
}

/**
 * Offline, each step whose bytes come from package indexes (`lines`) says it does not know them and
 * why: its added bytes unknown or a lower bound (never an exact or estimated figure, never "0"),
 * with the reason `package index not fetched (offline)`.
 */
export function checkPackageStepsSayWhy(layers: readonly PredictedLayer[], lines: readonly number[]): void {
  for (const line of lines) {
    const layer = layers.find((candidate) => candidate.line === line);
    expect({ line, found: layer !== undefined }).toEqual({ line, found: true });
    const bytes = layer!.addedBytes;
    expect({ line, estimate: bytes.estimate }).toEqual({ line, estimate: expect.stringMatching(/^(unknown|lower-bound)$/) });
    expect({ line, reason: bytes.reason }).toEqual({ line, reason: expect.stringContaining(PACKAGE_INDEX_OFFLINE_REASON) });
  }
}

/** How far a prediction is from the truth, for the table: `+3.2%`, `-0.4%`; `-` when it has no value. */
export function relativeError(bytes: PredictedBytes | undefined, measured: number): string {
  if (!bytes || bytes.value === null) return '-';
  if (measured === 0) return bytes.value === 0 ? '0%' : 'n/a';
  const percent = ((bytes.value - measured) / measured) * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

/** For the summary table: `= 166111` exact, `≈ 166111` estimated, `≥ 17` a lower bound (`≥≈` counting estimated parts), `?`. */
export function showBytes(bytes: PredictedBytes | undefined): string {
  if (!bytes) return '-';
  if (bytes.estimate === 'unknown' || bytes.value === null) return '?';
  const mark = bytes.estimate === 'exact' ? '=' : bytes.estimate === 'estimated' ? '≈' : bytes.source === undefined ? '≥' : '≥≈';
  return `${mark} ${bytes.value}`;
}
