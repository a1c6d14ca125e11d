import { segmentPattern } from './source-match';

function matches(pattern: string, name: string): boolean {
  return segmentPattern(pattern)?.test(name) ?? false;
}

describe('segmentPattern (Go filepath.Match)', () => {
  test.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', '.hidden.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['?.go', 'a.go', true],
    ['?.go', 'ab.go', false],
    ['[abc].md', 'b.md', true],
    ['[a-c].md', 'd.md', false],
    ['[^a-c].md', 'd.md', true],
    ['\\*.md', '*.md', true],
    ['\\*.md', 'a.md', false],
    ['a.b', 'axb', false],
    ['(x)+', '(x)+', true],
  ])('%s vs %s → %s', (pattern, name, expected) => {
    expect(matches(pattern, name)).toBe(expected);
  });

  test('a malformed pattern matches nothing', () => {
    expect(segmentPattern('[abc')).toBeUndefined();
    expect(segmentPattern('[]')).toBeUndefined();
    expect(segmentPattern('trailing\\')).toBeUndefined();
  });
});
