import { compareRanges, comparePositions, contains, endLineOf, lineOf, rangeKey, rangesOverlap, sameRange, type Range } from './range';

const range = (startLine: number, startChar: number, endLine: number, endChar: number): Range => ({
  start: { line: startLine, character: startChar },
  end: { line: endLine, character: endChar },
});

describe('range', () => {
  test('positions order by line, then column', () => {
    expect(comparePositions({ line: 1, character: 9 }, { line: 2, character: 0 })).toBeLessThan(0);
    expect(comparePositions({ line: 2, character: 3 }, { line: 2, character: 1 })).toBeGreaterThan(0);
    expect(comparePositions({ line: 2, character: 3 }, { line: 2, character: 3 })).toBe(0);
  });

  test('ranges order by start, then end; equal ranges are the same', () => {
    const sorted = [range(1, 0, 3, 0), range(0, 5, 0, 9), range(1, 0, 1, 4)].sort(compareRanges);
    expect(sorted).toEqual([range(0, 5, 0, 9), range(1, 0, 1, 4), range(1, 0, 3, 0)]);
    expect(sameRange(range(1, 2, 3, 4), range(1, 2, 3, 4))).toBe(true);
    expect(sameRange(range(1, 2, 3, 4), range(1, 2, 3, 5))).toBe(false);
  });

  test('rangeKey tells ranges apart', () => {
    expect(rangeKey(range(1, 2, 3, 4))).toBe('1:2-3:4');
    expect(rangeKey(range(1, 23, 4, 0))).not.toBe(rangeKey(range(12, 3, 4, 0)));
  });

  test('contains and rangesOverlap count touching ends', () => {
    expect(contains(range(1, 2, 1, 6), { line: 1, character: 6 })).toBe(true);
    expect(contains(range(1, 2, 1, 6), { line: 1, character: 7 })).toBe(false);
    expect(rangesOverlap(range(0, 0, 1, 0), range(1, 0, 2, 0))).toBe(true);
    expect(rangesOverlap(range(0, 0, 1, 0), range(1, 1, 2, 0))).toBe(false);
  });

  test('lines for people are 1-based', () => {
    expect(lineOf(range(0, 4, 2, 0))).toBe(1);
    expect(endLineOf(range(0, 4, 2, 0))).toBe(3);
  });
});
