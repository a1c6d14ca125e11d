import { WARM_UP_COMMENT_CYCLE, WARM_UP_LINES } from './warm-up-limits';

// The text of the warm-up rounds (warm-up.ts): the main thread cuts the document once (analyzer.ts),
// the worker adds each round's comment lines.

const COMMENT = '# dflint: warming up';
const FROM = /^\s*FROM\b/i;

/**
 * The document's stages that start within its first WARM_UP_LINES lines: its lines before the last
 * FROM at or above line WARM_UP_LINES (the same code runs on fewer lines, so a request waits less
 * for a round). The whole document when it is no longer, or when no FROM is there to cut at.
 */
export function leadingStages(text: string): string {
  let end = -1;
  for (let line = 0; line < WARM_UP_LINES; line++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text;
  }
  if (end === text.length - 1) return text;
  // `end` ends line WARM_UP_LINES - 1: cut before the last FROM that starts a line up to WARM_UP_LINES
  const lineEnd = text.indexOf('\n', end + 1);
  const head = text.slice(0, lineEnd < 0 ? text.length : lineEnd).split('\n');
  if (head.length <= WARM_UP_LINES) return text;
  for (let at = WARM_UP_LINES; at > 0; at--) if (FROM.test(head[at])) return `${head.slice(0, at).join('\n')}\n`;
  return text;
}

/**
 * The text with N = round % WARM_UP_COMMENT_CYCLE comment lines: N / 2 before its middle FROM and
 * the rest at its end, so each round is the one before with a line added alternately at the end (in
 * place) and before that FROM (moving the stages below it). So the rounds meet what an edit in the
 * middle of a document meets: stages kept whose findings are replayed, and stages moved or changed
 * that are checked again (the editor's first real edits would otherwise run that code cold).
 */
export function warmUpText(text: string, round: number): string {
  const trailing = text.endsWith('\n');
  const lines = (trailing ? text.slice(0, -1) : text).split('\n');
  const comments = round % WARM_UP_COMMENT_CYCLE;
  const moved = Math.floor(comments / 2);
  const froms = lines.flatMap((line, at) => (FROM.test(line) ? [at] : []));
  const from = froms.length > 0 ? froms[Math.floor(froms.length / 2)] : 0;
  const commentLines = (count: number) => Array.from({ length: count }, () => COMMENT);
  return [...lines.slice(0, from), ...commentLines(moved), ...lines.slice(from), ...commentLines(comments - moved)].join('\n') + (trailing ? '\n' : '');
}
