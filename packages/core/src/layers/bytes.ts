import type { Bytes } from './types';

export const ZERO: Bytes = { value: 0, estimate: 'exact' };
export const UNKNOWN: Bytes = { value: 0, estimate: 'unknown' };

export function exact(value: number): Bytes {
  return { value, estimate: 'exact' };
}

/** At least `value` bytes; "at least 0" says nothing, so it is unknown. */
export function lowerBound(value: number): Bytes {
  return value > 0 ? { value, estimate: 'lower-bound' } : UNKNOWN;
}

/** Unknown, and why: `base image not resolved (offline)`. */
export function unknownBecause(reason: string): Bytes {
  return { value: 0, estimate: 'unknown', reason };
}

/** The figure with `reason` added when it has none (an exact figure needs none). */
function withReason(figure: Bytes, reason: string | undefined): Bytes {
  return reason === undefined || figure.estimate === 'exact' || figure.reason !== undefined ? figure : { ...figure, reason };
}

/**
 * Adds byte figures honestly: all exact → exact; otherwise a lower bound on the known part, which
 * is unknown when nothing is known (all unknown, or exact zeros and unknowns). A figure that is
 * not exact keeps the reason of the first part that says why.
 */
export function sumBytes(figures: Iterable<Bytes>): Bytes {
  let value = 0;
  let exactCount = 0;
  let count = 0;
  let reason: string | undefined;
  for (const figure of figures) {
    count++;
    if (figure.estimate !== 'unknown') value += figure.value;
    if (figure.estimate === 'exact') exactCount++;
    else reason ??= figure.reason;
  }
  if (exactCount === count) return exact(value);
  return withReason(lowerBound(value), reason);
}

/** The same figure, downgraded to a lower bound unless it is unknown; its reason is kept. */
export function atLeastBytes(figure: Bytes): Bytes {
  return figure.estimate === 'unknown' ? figure : withReason(lowerBound(figure.value), figure.reason);
}

/**
 * A figure as JSON output carries it (lint JSON, `dflint layers --format json`, SARIF): the value
 * is `null` when unknown, never a 0 standing for "don't know"; `reason` when there is one.
 */
export function bytesJson(figure: Bytes): { value: number | null; estimate: Bytes['estimate']; reason?: string } {
  const json = { value: figure.estimate === 'unknown' ? null : figure.value, estimate: figure.estimate };
  return figure.reason === undefined ? json : { ...json, reason: figure.reason };
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `1048576` → `1.0 MiB`; `512` → `512 B`. */
export function formatByteCount(value: number): string {
  let unit = 0;
  let scaled = value;
  while (scaled >= 1024 && unit < UNITS.length - 1) {
    scaled /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${scaled.toFixed(1)} ${UNITS[unit]}`;
}

/** For messages: `3.0 MiB`, `at least 3.0 MiB`, `an unknown amount`. */
export function describeBytes(figure: Bytes): string {
  if (figure.estimate === 'unknown') return 'an unknown amount';
  const text = formatByteCount(figure.value);
  return figure.estimate === 'lower-bound' ? `at least ${text}` : text;
}
