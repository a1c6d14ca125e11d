import { WASM_BASELINE_FLAGS } from '@dflint/core/wasm-baseline';
import { setFlagsFromString } from 'node:v8';

/**
 * The old generation may double its live size before a full GC, where V8 lets a large heap grow up
 * to 4× on a fast machine: linting the corpus in one thread (~25 MB live) peaked at ~215 MiB RSS,
 * ~165 with this, for about the same CPU (bench/corpus-jobs.js).
 */
const HEAP_GROWING = '--heap-growing-percent=100';

/**
 * How much bytecode a function runs before V8 considers optimising it (V8's default: 132 KiB). A lint
 * run is short and touches much code once: at the default, TurboFan's background compiles were ~5-6 s
 * of a ~14 s corpus run's CPU. At 500,000, 4 interleaved pairs over the corpus (--jobs 1): CPU -25%,
 * wall -9%, peak RSS 150-155 against 161-166 MiB; 250,000 and 1,000,000 did no better.
 * Measured on Node 20 (V8 11.3); see v8FlagsFor for later ones.
 */
const INTERRUPT_BUDGET = '--interrupt-budget=500000';

/**
 * The V8 flags for a V8 version (`process.versions.v8`). A flag the running V8 does not know is
 * not ignored: V8 prints "Error: unrecognized flag" on stderr at every run. `--interrupt-budget` is
 * in Node 20's V8 (11.3) and gone from Node 21's (11.8), where tier-up counts invocations instead;
 * no Node release since 20 has a V8 in between. Its successors are not set: they count something
 * else, and no value for them has been measured. WASM_BASELINE_FLAGS: see there.
 */
export function v8FlagsFor(v8Version: string): string[] {
  const [major, minor] = v8Version.split('.').map(Number);
  const hasInterruptBudget = major < 11 || (major === 11 && minor <= 3);
  return [...WASM_BASELINE_FLAGS, HEAP_GROWING, ...(hasInterruptBudget ? [INTERRUPT_BUDGET] : [])];
}

/**
 * The V8 flags run() sets, for the V8 running; the packaged bin sets them before loading the bundle
 * (a code cache is valid only under the flags it was made with), from this module bundled alone.
 */
export const V8_FLAGS: readonly string[] = v8FlagsFor(process.versions.v8);

export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
