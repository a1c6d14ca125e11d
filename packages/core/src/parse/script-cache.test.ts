import { ScriptCache } from './script-cache';
import type { Range } from './types';

interface Parsed {
  name: string;
  words: Array<{ value: string; range: Range }>;
}

const at = (line: number, character: number) => ({ line, character });
const range = (start: [number, number], end: [number, number]): Range => ({ start: at(...start), end: at(...end) });

// a script parsed where it started at line 10, column 4: `a b \` then `  c` on the next line
const PARSED: Parsed = {
  name: 'x',
  words: [
    { value: 'a', range: range([10, 4], [10, 5]) },
    { value: 'c', range: range([11, 2], [11, 3]) },
  ],
};

describe('ScriptCache', () => {
  test('a text it does not hold is a miss', () => {
    const cache = new ScriptCache<Parsed>({ entries: 10, chars: 1000 });
    expect(cache.get('a b c', at(0, 0))).toBeUndefined();
  });

  test('a hit is moved to the new origin: first-line positions by line and column, later lines by line only', () => {
    const cache = new ScriptCache<Parsed>({ entries: 10, chars: 1000 });
    cache.set('a b \\\n  c', at(10, 4), PARSED);
    expect(cache.get('a b \\\n  c', at(20, 6))).toEqual({
      name: 'x',
      words: [
        { value: 'a', range: range([20, 6], [20, 7]) },
        { value: 'c', range: range([21, 2], [21, 3]) },
      ],
    });
    expect(cache.get('a b \\\n  c', at(10, 4))).toEqual(PARSED);
  });

  test('a hit elsewhere is a copy of its own: changing it changes neither the kept result nor the next hit', () => {
    const cache = new ScriptCache<Parsed>({ entries: 10, chars: 1000 });
    cache.set('t', at(10, 4), structuredClone(PARSED));
    const first = cache.get('t', at(12, 4))!;
    expect(first).not.toBe(cache.get('t', at(12, 4)));
    first.words[0].range.start.line = 99;
    first.words.pop();
    expect(cache.get('t', at(12, 4))).toEqual({ ...PARSED, words: PARSED.words.map((word) => ({ ...word, range: range([word.range.start.line + 2, word.range.start.character], [word.range.end.line + 2, word.range.end.character]) })) });
  });

  test('a hit at the origin it was parsed at is the kept result itself, frozen with all it holds: no caller can change it', () => {
    const cache = new ScriptCache<Parsed>({ entries: 10, chars: 1000 });
    const parsed = structuredClone(PARSED);
    cache.set('t', at(10, 4), parsed);
    const hit = cache.get('t', at(10, 4))!;
    expect(hit).toBe(parsed);
    expect(() => {
      hit.words[0].range.start.line = 99;
    }).toThrow(/read only/);
    expect(() => hit.words.pop()).toThrow(/Cannot delete/);
    expect(cache.get('t', at(10, 4))).toEqual(PARSED);
  });

  test('bounded: past its entries or its characters, the least recently used go first; a text too long is not kept', () => {
    const cache = new ScriptCache<Parsed>({ entries: 2, chars: 80 });
    cache.set('one', at(0, 0), PARSED);
    cache.set('two', at(0, 0), PARSED);
    expect(cache.get('one', at(0, 0))).toBeDefined();
    cache.set('three', at(0, 0), PARSED);
    expect([cache.get('one', at(0, 0)), cache.get('two', at(0, 0)), cache.get('three', at(0, 0))].map(Boolean)).toEqual([true, false, true]);
    // over an eighth of the characters: never kept, so one script cannot take the whole cache
    cache.set('x'.repeat(11), at(0, 0), PARSED);
    expect(cache.get('x'.repeat(11), at(0, 0))).toBeUndefined();
    // 8 + 8 + 70 characters: over 80, the oldest goes
    const big = new ScriptCache<Parsed>({ entries: 10, chars: 80 });
    for (const text of ['a'.repeat(8), 'b'.repeat(8), 'c'.repeat(9)]) big.set(text, at(0, 0), PARSED);
    expect(big.size).toBe(3);
    for (let i = 0; i < 7; i++) big.set(`${i}`.repeat(10), at(0, 0), PARSED);
    expect(big.size).toBeLessThanOrEqual(10);
    expect(big.get('a'.repeat(8), at(0, 0))).toBeUndefined();
  });
});
