import { isUnder } from './paths';
import { PathIndex } from './path-index';

const PATHS = ['/', '/a', '/a/b', '/a/b/c', '/a/bc', '/ab', '/a//b', '/a/', '/x/y/z', '(unknown)', '/a/b/c/d/e'];

function indexOf(entries: Array<[string, string]>): PathIndex {
  const index = new PathIndex();
  for (const [key, path] of entries) index.add(key, path);
  return index;
}

describe('PathIndex', () => {
  const entries: Array<[string, string]> = PATHS.map((path, i) => [`k${i}`, path]);
  const index = indexOf(entries);

  test.each(PATHS)('keysUnder(%s) is every key isUnder says is at or below it', (dir) => {
    const expected = entries.filter(([, path]) => isUnder(path, dir)).map(([key]) => key);
    expect(index.keysUnder(dir).sort()).toEqual(expected.sort());
  });

  test.each(PATHS)('hasBelow(%s) and hasAtOrAbove(%s) agree with isUnder', (dir) => {
    expect(index.hasBelow(dir)).toBe(entries.some(([, path]) => path !== dir && isUnder(path, dir)));
    expect(index.hasAtOrAbove(dir)).toBe(entries.some(([, path]) => isUnder(dir, path)));
  });

  test('a deleted key is found nowhere; a key added again at another path moves', () => {
    const moving = indexOf([['one', '/a/b/c'], ['two', '/a/x']]);
    moving.delete('one');
    expect(moving.keysUnder('/a')).toEqual(['two']);
    expect(moving.hasBelow('/a/b')).toBe(false);
    moving.add('two', '/q/r');
    expect(moving.keysUnder('/a')).toEqual([]);
    expect([...moving.keysAt('/q/r')]).toEqual(['two']);
    expect(moving.has('two') && moving.size === 1).toBe(true);
  });

  test('keys at one path and below one directory keep the order they were filed in, through deletes', () => {
    const index = indexOf([['b', '/d/x'], ['a', '/d/x'], ['c', '/d/y']]);
    expect([...index.keysAt('/d/x')]).toEqual(['b', 'a']);
    index.delete('b');
    index.add('b', '/d/x');
    expect([...index.keysAt('/d/x')]).toEqual(['a', 'b']);
    expect(index.keysUnder('/d')).toEqual(['a', 'c', 'b']);
    for (const key of ['a', 'b', 'c']) index.delete(key);
    expect([...index.keysAt('/d/x')]).toEqual([]);
    expect(index.hasBelow('/d') || index.hasBelow('/') || index.hasAtOrAbove('/d/x')).toBe(false);
  });

  test('keysAbove: keys at the directories a path lies below, / included, the path itself not', () => {
    const index = indexOf([['root', '/'], ['app', '/app'], ['deep', '/app/src/x'], ['other', '/ap']]);
    expect(index.keysAbove('/app/src').sort()).toEqual(['app', 'root']);
    expect(index.keysAbove('/app')).toEqual(['root']);
    expect(index.keysAbove('/')).toEqual([]);
  });
});
