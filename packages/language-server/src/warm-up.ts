import { AnalysisPoster } from './analysis-delta';
import type { AnalysisInput } from './analysis-types';
import { analyze, forgetAnalysisOf } from './analyze';
import { WARM_UP_BUDGET_MS, WARM_UP_ROUNDS } from './warm-up-limits';
import { warmUpText } from './warm-up-text';

/**
 * Warm-up analyses keep their previous analysis under this prefix and the document's URI: never
 * under a document's own, whose next edit must reuse what its last real analysis built.
 */
const WARM_UP_URI = 'dflint-warm-up:';

/** the rounds' analyses are posted as an edit's are, but to a poster of their own: the main thread sees none */
let roundsPoster: AnalysisPoster | undefined;

/**
 * One round of warming the analysis code up while the editor is idle: the first edits of a session
 * ran V8's unoptimised code (p95 ~2-3x a warm server's, bench/lsp.js --trace). Round N analyses the
 * document's leading stages (the analyzer sends those alone: leadingStages) with comment lines
 * added (warmUpText), as an edit in place or one that moves every instruction, as the incremental
 * analysis meets them; its result is posted to nobody (so the worker's posting code warms up too)
 * and dropped. The round that ends it (the last, the one over the time budget, or one that failed)
 * forgets what the rounds kept.
 */
export async function warmUp(input: AnalysisInput, round: number, spentMs: number): Promise<{ spentMs: number; done: boolean }> {
  const uri = `${WARM_UP_URI}${input.uri ?? input.dockerfilePath ?? ''}`;
  const started = performance.now();
  let done = true;
  try {
    const text = warmUpText(input.text, round);
    // every stage checked: an edit's analysis replays the reports of the stages it kept, so rounds that
    // replayed them too would leave the rules' code cold for the stages an edit changes or moves
    (roundsPoster ??= new AnalysisPoster()).post(uri, text, await analyze({ ...input, uri, text }, { checkEveryStage: true }));
    spentMs += performance.now() - started;
    done = round + 1 >= WARM_UP_ROUNDS || spentMs >= WARM_UP_BUDGET_MS;
  } finally {
    if (done) {
      forgetAnalysisOf(uri);
      roundsPoster = undefined;
    }
  }
  return { spentMs, done };
}
