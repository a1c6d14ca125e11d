// How much warming up (warm-up.ts) the server does, shared by the main thread (analyzer.ts, which
// sends the rounds when the editor is idle) and the worker (which runs them and says when to stop).

/** a round starts only when no job was asked for this long */
export const WARM_UP_IDLE_MS = 300;
export const WARM_UP_ROUNDS = 24;
/** the rounds stop once they have taken this long in all: a long document warms the code up in fewer */
export const WARM_UP_BUDGET_MS = 1500;
