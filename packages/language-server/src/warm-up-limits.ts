// How much warming up (warm-up.ts) the server does, shared by the main thread (analyzer.ts, which
// sends the rounds when the editor is idle) and the worker (which runs them and says when to stop).

/** a round starts only when no job was asked for this long */
export const WARM_UP_IDLE_MS = 300;
/**
 * The 1,000-line bench file's analysis keeps getting faster up to ~80 rounds (~1.4 s of worker
 * time: p95 of the first 100 edits after 3 s idle 28–36 → 20–24 ms against 24 rounds); 200 rounds
 * gained nothing more. A short document's rounds are quick, and stop here.
 */
export const WARM_UP_ROUNDS = 80;
/** the rounds stop once they have taken this long in all: a long document warms the code up in fewer */
export const WARM_UP_BUDGET_MS = 1500;
