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
    (roundsPoster ??= new AnalysisPoster()).post(uri, text, await analyze({ ...input, uri, text }, { checkEveryStage: checksEveryStage(round) }));
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

/**
 * Whether round N checks every stage, or replays the reports of the stages its edit kept, as an
 * editor's analysis does. Rounds come in pairs, one an edit that moves stages and one an edit in
 * place (warmUpText), and the pairs alternate. Rounds that only replayed would leave the rules'
 * code cold for the stages an edit changes or moves; rounds that never replayed left the replaying
 * and moving of reports cold: after 1.5 s of such rounds the first 10 edits of bench/lsp.js's file
 * still compiled ~25 functions and deoptimised ~14 (half that with the pairs alternating).
 */
export function checksEveryStage(round: number): boolean {
  return Math.floor(round / 2) % 2 === 0;
}
