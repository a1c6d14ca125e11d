/**
 * The two halves of "this item is that one, its lines moved": a copy that moves them and a check
 * that one item is such a copy of another, made without copying. Lines are every number under a
 * key of LINE_KEYS, at any depth (positions, `baseStage.line`, a finding's `instructionLine`).
 * What counts as a line need not be exact: the check holds exactly when the copy equals the item,
 * which is all the worker and the main thread rely on (analysis-delta.ts).
 */
const LINE_KEYS = new Set(['line', 'instructionLine']);

/** A deep copy of plain data with every line `lines` further down (up when negative). */
export function movedLines<T>(value: T, lines: number): T {
  return copyMoved(value, lines) as T;
}

function copyMoved(value: unknown, lines: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let at = 0; at < value.length; at++) copy[at] = copyMoved(value[at], lines);
    return copy;
  }
  const object = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(object)) {
    const field = object[key];
    copy[key] = typeof field === 'number' && LINE_KEYS.has(key) ? field + lines : copyMoved(field, lines);
  }
  return copy;
}

/**
 * Whether `now` is what movedLines(before, lines) makes, as structured clone and JSON see it: the
 * same keys in the same order, the same values. Objects other than plain ones and arrays (a Map,
 * a class instance) are never the same: their keys do not say what they hold.
 */
export function sameMovedLines(now: unknown, before: unknown, lines: number): boolean {
  if (typeof before !== 'object' || before === null) return Object.is(now, before);
  // the same object, unchanged since: the worker changes no object it posted (but for a copy's own fields, see analysis-delta.ts)
  if (now === before && lines === 0) return true;
  if (typeof now !== 'object' || now === null) return false;
  if (Array.isArray(before)) {
    if (!Array.isArray(now) || now.length !== before.length) return false;
    for (let at = 0; at < before.length; at++) if (!sameMovedLines(now[at], before[at], lines)) return false;
    return true;
  }
  if (!isPlainObject(before) || !isPlainObject(now)) return false;
  const keys = Object.keys(before);
  const nowKeys = Object.keys(now);
  if (keys.length !== nowKeys.length) return false;
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at];
    if (key !== nowKeys[at]) return false;
    const field = (before as Record<string, unknown>)[key];
    const nowField = (now as Record<string, unknown>)[key];
    if (typeof field === 'number' && LINE_KEYS.has(key) ? !Object.is(nowField, field + lines) : !sameMovedLines(nowField, field, lines)) return false;
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
