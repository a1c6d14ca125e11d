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
 * How many lines `now` is moved from `before`, 0 or `lines`, when it is what movedLines(before, that
 * many) makes, as structured clone and JSON see it: the same keys in the same order, the same
 * values; undefined when it is neither. Objects other than plain ones and arrays (a Map, a class
 * instance) are never the same: their keys do not say what they hold.
 */
export function linesMoved(now: unknown, before: unknown, lines: number): number | undefined {
  allowed = lines;
  found = undefined;
  return same(now, before) ? (found ?? 0) : undefined;
}

// the comparison's state: the lines it may find moved, and what the first line compared moved by
let allowed = 0;
let found: number | undefined;

function same(now: unknown, before: unknown): boolean {
  if (typeof before !== 'object' || before === null) return Object.is(now, before);
  if (typeof now !== 'object' || now === null) return false;
  if (Array.isArray(before)) {
    if (!Array.isArray(now) || now.length !== before.length) return false;
    for (let at = 0; at < before.length; at++) if (!same(now[at], before[at])) return false;
    return true;
  }
  if (!isPlainObject(before) || !isPlainObject(now)) return false;
  const keys = Object.keys(before);
  // the same keys in the same order (for-in: no array of them made)
  let count = 0;
  for (const key in now) if (key !== keys[count++]) return false;
  if (count !== keys.length) return false;
  const beforeFields = before as Record<string, unknown>;
  const nowFields = now as Record<string, unknown>;
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at];
    const field = beforeFields[key];
    const nowField = nowFields[key];
    if (typeof field === 'object') {
      // the same object, not moved: the worker changes no object it posted (analysis-delta.ts)
      if (!(found === 0 && nowField === field) && !same(nowField, field)) return false;
    } else if (typeof field === 'number' && LINE_KEYS.has(key) ? !sameLine(nowField, field) : !Object.is(nowField, field)) return false;
  }
  return true;
}

function sameLine(now: unknown, before: number): boolean {
  if (found === undefined) {
    if (Object.is(now, before)) found = 0;
    else if (Object.is(now, before + allowed)) found = allowed;
    return found !== undefined;
  }
  return Object.is(now, before + found);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
