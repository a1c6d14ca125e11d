import type { Bytes } from './types';

export const ZERO: Bytes = { value: 0, estimate: 'exact' };
export const UNKNOWN: Bytes = { value: 0, estimate: 'unknown' };

export function exact(value: number): Bytes {
  return { value, estimate: 'exact' };
}

export function lowerBound(value: number): Bytes {
  return { value, estimate: 'lower-bound' };
}

/**
 * Adds byte figures honestly: all exact → exact; all unknown → unknown; otherwise a lower bound
 * on the known part.
 */
export function sumBytes(figures: Iterable<Bytes>): Bytes {
  let value = 0;
  let exactCount = 0;
  let unknownCount = 0;
  let count = 0;
  for (const figure of figures) {
    count++;
    value += figure.value;
    if (figure.estimate === 'exact') exactCount++;
    else if (figure.estimate === 'unknown') unknownCount++;
  }
  if (exactCount === count) return exact(value);
  if (unknownCount === count) return UNKNOWN;
  return lowerBound(value);
}

/** The same figure, downgraded to a lower bound unless it is unknown. */
export function atLeastBytes(figure: Bytes): Bytes {
  return figure.estimate === 'unknown' ? figure : lowerBound(figure.value);
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
