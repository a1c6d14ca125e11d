import { readCommandLines } from './command-lines';
import { LineIndex } from './line-index';

/** the lines readCommandLines skips after `RUN a \` when `middle` is the next line, as String#trimStart reads blanks */
function skippedAfterContinuation(middle: string): number[] {
  const index = new LineIndex(`RUN a \\\n${middle}\n  b`);
  return readCommandLines(index, 3, '\\', 2)
    .filter((line) => line.skipped)
    .map((line) => line.line);
}

describe('readCommandLines: blank and comment lines inside a continuation', () => {
  it('skips a line of white space, ASCII or not, with or without a comment after it', () => {
    for (const blank of ['', ' \t', '\v\f', '\u00a0', '\u3000\u2028', '\ufeff']) {
      expect(skippedAfterContinuation(blank)).toEqual([1]);
      expect(skippedAfterContinuation(`${blank}# note`)).toEqual([1]);
    }
  });

  it('keeps a line whose first char past white space is not `#`, ASCII or not', () => {
    for (const kept of ['c', '\u00a0c', ' \u00e9', '\u200b# a zero-width space is no white space', '\ud83d# a lone surrogate']) {
      expect(skippedAfterContinuation(kept)).toEqual([]);
    }
  });

  it('reads the line after the skipped ones as the continuation', () => {
    const index = new LineIndex('RUN a \\\n # one\n\n  b');
    expect(readCommandLines(index, 3, '\\', 3).map((line) => [line.line, line.skipped])).toEqual([
      [0, false],
      [1, true],
      [2, true],
      [3, false],
    ]);
  });
});
