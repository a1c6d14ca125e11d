import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's `gc()`: a full collection, or a scavenge of the young generation alone with `{ type: 'minor' }` */
export type V8Gc = (options?: { type: 'major' | 'minor' }) => void;

/**
 * V8's `gc()` for the calling thread's isolate, which a bin cannot ask for on its command line:
 * exposed by flag to a fresh context only, then the flag is set back. Undefined if V8 offers none.
 */
export function v8Gc(): V8Gc | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as V8Gc) : undefined;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
