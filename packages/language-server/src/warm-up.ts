import { AnalysisPoster } from './analysis-delta';
import type { AnalysisInput } from './analysis-types';
import { analyze, forgetAnalysisOf } from './analyze';
import { WARM_UP_BUDGET_MS, WARM_UP_COMMENT_CYCLE, WARM_UP_LINES, WARM_UP_ROUNDS } from './warm-up-limits';

/**
 * Warm-up analyses keep their previous analysis under this prefix and the document's URI: never
 * under a document's own, whose next edit must reuse what its last real analysis built.
 */
const WARM_UP_URI = 'dflint-warm-up:';
const COMMENT = '# dflint: warming up';
const FROM = /^\s*FROM\b/i;

/** the rounds' analyses are posted as an edit's are, but to a poster of their own: the main thread sees none */
let roundsPoster: AnalysisPoster | undefined;

/**
 * One round of warming the analysis code up while the editor is idle: the first edits of a session
 * ran V8's unoptimised code (p95 ~2-3x a warm server's, bench/lsp.js --trace). Round N analyses the
 * document's leading stages with comment lines added (warmUpText), as an edit in place or one that
 * moves every instruction, as the incremental analysis meets them; its result is posted to nobody
 * (so the worker's posting code warms up too) and dropped. The round that ends it (the last, the one over the time budget, or
 * one that failed) forgets what the rounds kept.
 */
export async function warmUp(input: AnalysisInput, round: number, spentMs: number): Promise<{ spentMs: number; done: boolean }> {
  const uri = `${WARM_UP_URI}${input.uri ?? input.dockerfilePath ?? ''}`;
  const started = performance.now();
  let done = true;
  try {
    const text = warmUpText(input.text, round);
    (roundsPoster ??= new AnalysisPoster()).post(uri, text, await analyze({ ...input, uri, text }));
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
 * The document, or its stages that start within its first WARM_UP_LINES lines (the same code runs
 * on fewer of them, so a job waits less for a round), with N = round % WARM_UP_COMMENT_CYCLE
 * comment lines: N / 2 before its first FROM and the rest at its end, so each round is the one
 * before with a line added alternately at the end (in place) and before the FROM (moving).
 */
export function warmUpText(text: string, round: number): string {
  const trailing = text.endsWith('\n');
  const lines = leadingStages((trailing ? text.slice(0, -1) : text).split('\n'));
  const comments = round % WARM_UP_COMMENT_CYCLE;
  const moved = Math.floor(comments / 2);
  const from = Math.max(0, lines.findIndex((line) => FROM.test(line)));
  const commentLines = (count: number) => Array.from({ length: count }, () => COMMENT);
  return [...lines.slice(0, from), ...commentLines(moved), ...lines.slice(from), ...commentLines(comments - moved)].join('\n') + (trailing ? '\n' : '');
}

/** The lines before the last FROM at or above line WARM_UP_LINES; all of them when there are no more, or no such FROM. */
function leadingStages(lines: string[]): string[] {
  if (lines.length <= WARM_UP_LINES) return lines;
  for (let at = WARM_UP_LINES; at > 0; at--) if (FROM.test(lines[at])) return lines.slice(0, at);
  return lines;
}
