/**
 * Bytes are never invented: `exact` when the model knows them; `estimated` when they come from
 * package metadata (an index's Installed-Size, a registry's unpackedSize: the packager's rounded
 * figure, about right but not exact), naming that index in `source`; `lower-bound` when it knows at
 * least that many (more than 0: "at least 0" is unknown); `unknown` when it cannot say. An unknown
 * figure's value is 0 here, to be ignored; output carries it as `null` (bytesJson). How kinds
 * combine: sumBytes.
 */
export interface Bytes {
  value: number;
  estimate: 'exact' | 'estimated' | 'lower-bound' | 'unknown';
  /**
   * the package index an estimated figure (or the estimated part of a lower bound) comes from, and
   * its date: `Debian bookworm main amd64 Packages, 2026-12-05`; several are joined by `; `
   * (SOURCE_SEPARATOR, which a source's own name never contains)
   */
  source?: string;
  /** why the figure is unknown, only a bound or estimated: "base image not resolved (offline)" */
  reason?: string;
}

export type Estimate = Bytes['estimate'];

export const ZERO: Bytes = { value: 0, estimate: 'exact' };
export const UNKNOWN: Bytes = { value: 0, estimate: 'unknown' };

/** Joins the sources of a figure built from several: `Debian … Packages, 2026-12-05; Debian … Packages, 2026-12-05`. */
export const SOURCE_SEPARATOR = '; ';

export function exact(value: number): Bytes {
  return { value, estimate: 'exact' };
}

/**
 * About `value` bytes, from package metadata: `source` names the index and its date
 * (`Debian bookworm main amd64 Packages, 2026-12-05`). A figure of the whole, not a bound: the
 * packager's sizes are rounded (Installed-Size counts whole KiB per file), so it may be a little
 * over or under what the image stores.
 */
export function estimated(value: number, source: string, reason?: string): Bytes {
  return dress({ value, estimate: 'estimated' }, reason, source);
}

/** At least `value` bytes; "at least 0" says nothing, so it is unknown. */
export function lowerBound(value: number): Bytes {
  return value > 0 ? { value, estimate: 'lower-bound' } : UNKNOWN;
}

/** Unknown, and why: `base image not resolved (offline)`. */
export function unknownBecause(reason: string): Bytes {
  return { value: 0, estimate: 'unknown', reason };
}

/**
 * The figure with `reason` (when it has none; an exact figure needs none) and `source` (when it
 * has a value that can be estimated: not exact, not unknown). A new object: UNKNOWN never changes.
 */
function dress(figure: Bytes, reason: string | undefined, source: string | undefined): Bytes {
  const addReason = reason !== undefined && figure.estimate !== 'exact' && figure.reason === undefined;
  const addSource = source !== undefined && (figure.estimate === 'estimated' || figure.estimate === 'lower-bound');
  if (!addReason && !addSource) return figure;
  return { ...figure, ...(addReason && { reason }), ...(addSource && { source: joinSources([figure.source, source]) }) };
}

/** The sources a figure names, each once, in order. */
export function sourcesOf(figure: Bytes): string[] {
  return figure.source === undefined ? [] : [...new Set(figure.source.split(SOURCE_SEPARATOR))];
}

function joinSources(sources: Iterable<string | undefined>): string | undefined {
  const all = new Set<string>();
  for (const source of sources) if (source !== undefined) for (const part of source.split(SOURCE_SEPARATOR)) all.add(part);
  return all.size > 0 ? [...all].join(SOURCE_SEPARATOR) : undefined;
}

/**
 * Adds byte figures honestly, the weakest part deciding:
 * - all exact → exact;
 * - exact and estimated parts → estimated: each part is a figure of its whole, so the sum is one of
 *   the sum, as good as its estimated parts;
 * - any lower-bound or unknown part → a lower bound on the parts with a value (unknown when that is
 *   0): an estimate of the whole would claim to be about right, and nothing is known of the unknown
 *   part. Estimated parts still count (the bound is then "at least about", and keeps their
 *   `source`): dropping them would throw away what is known and say `≥ 0 B` of a 229 MB install.
 * `source`: every part's, once each, in order (gone when the sum is unknown: no value comes from
 * them). `reason`: the first given by a part that made the sum a bound or unknown, else the first
 * given by an estimated part; an exact sum has none.
 */
export function sumBytes(figures: Iterable<Bytes>): Bytes {
  let value = 0;
  let bound = false;
  let estimatedPart = false;
  let boundReason: string | undefined;
  let estimateReason: string | undefined;
  // undefined ones are left out (joinSources skips them): most figures have no source, and most sums no array
  let sources: string[] | undefined;
  // a bound names only the sources of parts it counts (an estimated 0 adds nothing to it)
  let countedSources: string[] | undefined;
  for (const figure of figures) {
    if (figure.estimate !== 'unknown') value += figure.value;
    if (figure.estimate === 'unknown' || figure.estimate === 'lower-bound') {
      bound = true;
      boundReason ??= figure.reason;
    } else if (figure.estimate === 'estimated') {
      estimatedPart = true;
      estimateReason ??= figure.reason;
    }
    if (figure.source === undefined) continue;
    (sources ??= []).push(figure.source);
    if (figure.value > 0 && figure.estimate !== 'unknown') (countedSources ??= []).push(figure.source);
  }
  if (!bound && !estimatedPart) return exact(value);
  const figure = bound ? lowerBound(value) : ({ value, estimate: 'estimated' } as const);
  return dress(figure, boundReason ?? estimateReason, joinSources((bound ? countedSources : sources) ?? []));
}

/** The same figure, downgraded to a lower bound unless it is unknown; its reason and source are kept. */
export function atLeastBytes(figure: Bytes): Bytes {
  return figure.estimate === 'unknown' ? figure : dress(lowerBound(figure.value), figure.reason, figure.source);
}

/** A figure of the whole, exact or estimated: not a bound, not unknown. */
export function isWholeFigure(figure: Bytes): boolean {
  return figure.estimate === 'exact' || figure.estimate === 'estimated';
}

/** Known to be nothing: exactly 0, or estimated at 0 (not worth a finding). */
export function isNothing(figure: Bytes): boolean {
  return isWholeFigure(figure) && figure.value === 0;
}

/**
 * A figure as JSON output carries it (lint JSON, `dflint layers --format json`, SARIF): the value
 * is `null` when unknown, never a 0 standing for "don't know"; `source` and `reason` when there are.
 */
export function bytesJson(figure: Bytes): { value: number | null; estimate: Bytes['estimate']; source?: string; reason?: string } {
  return {
    value: figure.estimate === 'unknown' ? null : figure.value,
    estimate: figure.estimate,
    ...(figure.source !== undefined && { source: figure.source }),
    ...(figure.reason !== undefined && { reason: figure.reason }),
  };
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

/** `≈ ` before an estimated value (also inside a bound that counts estimated parts). */
function approximately(figure: Bytes): string {
  return figure.source !== undefined || figure.estimate === 'estimated' ? '≈ ' : '';
}

/** For messages: `3.0 MiB`, `≈ 229.0 MiB`, `at least 3.0 MiB`, `at least ≈ 229.0 MiB`, `an unknown amount`. */
export function describeBytes(figure: Bytes): string {
  if (figure.estimate === 'unknown') return 'an unknown amount';
  const text = approximately(figure) + formatByteCount(figure.value);
  return figure.estimate === 'lower-bound' ? `at least ${text}` : text;
}

/** A figure in a table cell or an inlay hint: `1.0 MiB`, `≈ 229.0 MiB`, `≥ 3.0 MiB`, `≥ ≈ 229.0 MiB`, `?` when unknown. */
export function bytesCell(figure: Bytes): string {
  if (figure.estimate === 'unknown') return '?';
  const text = approximately(figure) + formatByteCount(figure.value);
  return figure.estimate === 'lower-bound' ? `≥ ${text}` : text;
}
