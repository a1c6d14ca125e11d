// How much warming up (warm-up.ts) the server does, shared by the main thread (analyzer.ts, which
// sends the rounds when the editor is idle) and the worker (which runs them and says when to stop).

/**
 * A round starts only when no job was asked for this long. A round is short (at most
 * WARM_UP_LINES of the document), and a job waits for at most the round running: so rounds fill the
 * pauses between keystrokes too, not only a reading pause, and the first edits typed after opening
 * a document already meet warmer code.
 */
export const WARM_UP_IDLE_MS = 30;
/** at most this many leading lines of the document, cut before a FROM, are analysed in a round */
export const WARM_UP_LINES = 120;
/**
 * Rounds of at most WARM_UP_LINES lines are ~1-2 ms each once warm: the time budget ends them
 * first (~800-1,000 rounds on the bench file's leading stages). Before, 80 rounds of the whole
 * 1,000-line file took the budget; p95 after 3 s idle is the same either way (20-24 ms).
 */
export const WARM_UP_ROUNDS = 2000;
/** a round adds round % this many comment lines: a round stays as short as the document, however many there are */
export const WARM_UP_COMMENT_CYCLE = 64;
/** the rounds stop once they have taken this long in all: a long document warms the code up in fewer */
export const WARM_UP_BUDGET_MS = 1500;
