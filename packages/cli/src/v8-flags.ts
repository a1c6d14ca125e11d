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
 */
const INTERRUPT_BUDGET = '--interrupt-budget=500000';

/**
 * The V8 flags run() sets; the packaged bin sets them before loading the bundle (a code cache needs
 * the same). --liftoff-only: V8's background tier-up of the tree-sitter wasm held every short run
 * ~400 ms at exit; baseline-compiled code parses the whole corpus as fast (measured in bench/).
 */
export const V8_FLAGS: readonly string[] = ['--liftoff-only', HEAP_GROWING, INTERRUPT_BUDGET];

export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
