import { linesMoved, movedLines } from './moved-lines';

const finding = {
  rule: 'consecutive-run',
  message: 'two RUNs',
  range: { start: { line: 4, character: 0 }, end: { line: 5, character: 12 } },
  related: [{ message: 'the other', range: { start: { line: 5, character: 0 }, end: { line: 5, character: 12 } } }],
  wastedBytes: { value: 0, estimate: 'unknown', reason: undefined },
  instructionLine: 4,
  instructionIndent: '',
};

describe('movedLines and linesMoved agree', () => {
  test('a copy moves every line at every depth and keeps the key order; the original is untouched', () => {
    const before = JSON.stringify(finding);
    const moved = movedLines(finding, 3);
    expect(JSON.stringify(moved)).toBe(JSON.stringify({ ...finding, range: { start: { line: 7, character: 0 }, end: { line: 8, character: 12 } }, related: [{ message: 'the other', range: { start: { line: 8, character: 0 }, end: { line: 8, character: 12 } } }], instructionLine: 7 }));
    expect(Object.keys(moved.wastedBytes)).toEqual(['value', 'estimate', 'reason']);
    expect(moved.range).not.toBe(finding.range);
    expect(JSON.stringify(finding)).toBe(before);
  });

  test.each([0, 3, -2])('a copy moved by %i lines is found moved by as many, and by no other count', (lines) => {
    expect(linesMoved(movedLines(finding, lines), finding, lines)).toBe(lines);
    expect(linesMoved(movedLines(finding, lines), finding, 0)).toBe(lines === 0 ? 0 : undefined);
    expect(linesMoved(movedLines(finding, lines), finding, lines + 1)).toBe(lines === 0 ? 0 : undefined);
  });

  test('lines moved by different counts are not a move', () => {
    const moved = movedLines(finding, 3);
    moved.related[0].range.end.line = finding.related[0].range.end.line;
    expect(linesMoved(moved, finding, 3)).toBeUndefined();
  });

  test('another value, another key order, a key more or less, or an object that is not plain data is not the same', () => {
    expect(linesMoved({ ...finding, message: 'three RUNs' }, finding, 0)).toBeUndefined();
    const { rule, message, ...rest } = finding;
    expect(linesMoved({ message, rule, ...rest }, finding, 0)).toBeUndefined();
    expect(linesMoved({ ...finding, fix: undefined }, finding, 0)).toBeUndefined();
    expect(linesMoved(rest, finding, 0)).toBeUndefined();
    expect(linesMoved({ related: [] }, { related: [undefined] }, 0)).toBeUndefined();
    expect(linesMoved({ a: new Map([[1, 2]]) }, { a: new Map([[1, 3]]) }, 0)).toBeUndefined();
    expect(linesMoved({ a: NaN, b: -0 }, { a: NaN, b: -0 }, 0)).toBe(0);
    expect(linesMoved({ b: 0 }, { b: -0 }, 0)).toBeUndefined();
  });

  test('only a number under a line key moves: a string naming a line is compared as it is', () => {
    const item = { message: 'at line 5', position: { line: 4, character: 2 } };
    expect(linesMoved({ message: 'at line 5', position: { line: 5, character: 2 } }, item, 1)).toBe(1);
    expect(linesMoved({ message: 'at line 6', position: { line: 5, character: 2 } }, item, 1)).toBeUndefined();
  });
});
