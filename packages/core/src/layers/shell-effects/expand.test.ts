import type { ShellWord } from '../../parse/shell-types';
import { expandWord, type Expansion } from './expand';
import { parseSize } from './sizes';

const VARS: Record<string, string> = { A: '/a', EMPTY: '', SPACED: 'x y', STAR: 'lib*' };

function expand(raw: string): Expansion {
  const word: ShellWord = {
    value: raw,
    raw,
    dynamic: true,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: raw.length } },
  };
  return expandWord(word, (name) => (Object.hasOwn(VARS, name) ? VARS[name] : undefined), '/home/u');
}

describe('expandWord', () => {
  test.each([
    ['$A/x', '/a/x'],
    ['${A}x', '/ax'],
    ['"$A"/"b c"', '/a/b c'],
    ["'$A'", '$A'],
    ['\\$A', '$A'],
    ['${EMPTY:-/d}', '/d'],
    ['${EMPTY-/d}', ''],
    ['${A:+yes}', 'yes'],
    ['${#A}', '2'],
    ['~', '/home/u'],
    ['~/x', '/home/u/x'],
    ['"~/x"', '~/x'],
    ['"$SPACED"', 'x y'],
    ['a$', 'a$'],
    ['"a\\"b"', 'a"b'],
  ])('%s → %s', (raw, value) => {
    expect(expand(raw)).toEqual({ known: true, value, glob: false });
  });

  test.each([
    ['/x/*', '/x/*'],
    ['/x/[ab]', '/x/[ab]'],
    ['/usr/$STAR', '/usr/lib*'],
  ])('%s is a pattern', (raw, value) => {
    expect(expand(raw)).toEqual({ known: true, value, glob: true });
  });

  test.each([
    ['$B/x', '', '$B has no value known to dflint'],
    ['/opt/${B}', '/opt/', '$B has no value known to dflint'],
    ['/x/$(pwd)', '/x/', 'command substitution $(…)'],
    ['`pwd`', '', 'command substitution `…`'],
    ['$SPACED', '', 'an unquoted expansion with blanks is split into several words'],
    ['/a/{b,c}', '/a/', 'brace expansion (it depends on the shell)'],
    ['~other/x', '', "`~other` is another user's home"],
    ['$1', '', 'the special parameter $1'],
    ['${A%/}', '', 'the expansion ${A%/}'],
  ])('%s is not known', (raw, prefix, reason) => {
    expect(expand(raw)).toEqual({ known: false, prefix, reason });
  });
});

describe('parseSize', () => {
  test.each([
    ['100', 'coreutils', 100],
    ['1K', 'coreutils', 1024],
    ['1k', 'coreutils', 1024],
    ['1KiB', 'coreutils', 1024],
    ['1KB', 'coreutils', 1000],
    ['2M', 'coreutils', 2 * 1024 ** 2],
    ['1MB', 'coreutils', 1000 ** 2],
    ['1G', 'coreutils', 1024 ** 3],
    ['1b', 'head', 512],
    ['1c', 'dd', 1],
    ['2w', 'dd', 4],
    ['3b', 'dd', 1536],
    ['1kB', 'dd', 1000],
    ['1kD', 'dd', 1000],
    ['2x4K', 'dd', 8192],
  ] as const)('%s (%s) = %d', (text, dialect, size) => {
    expect(parseSize(text, dialect)).toBe(size);
  });

  test.each([
    ['1b', 'coreutils'],
    ['1c', 'head'],
    ['1.5M', 'coreutils'],
    ['M', 'coreutils'],
    ['1X', 'dd'],
    ['1constructor', 'dd'],
    ['99999999999999999999', 'coreutils'],
  ] as const)('%s (%s) is not a size', (text, dialect) => {
    expect(parseSize(text, dialect)).toBeUndefined();
  });
});
