import { parseDockerfile } from './dockerfile';
import { readRawPairs, splitRawWords, unquote } from './pairs';

// Expected values follow BuildKit's frontend/dockerfile/parser/line_parsers.go (parseWords,
// parseNameVal, parseNameOrNameVal) and the quote removal of its shell lexer.

describe('splitRawWords (BuildKit parseWords)', () => {
  test('splits on blanks outside quotes and keeps words as written', () => {
    const { words } = splitRawWords(`a="x y" b=c\\ d 'e f'=g h=""`, '\\');
    expect(words.map((word) => word.raw)).toEqual([`a="x y"`, 'b=c\\ d', `'e f'=g`, 'h=""']);
  });

  test('splits on Unicode blanks too, as Go does', () => {
    expect(splitRawWords('a=1\u00a0b=2', '\\').words.map((word) => word.raw)).toEqual(['a=1', 'b=2']);
  });

  test('an unclosed quote runs to the end; a trailing escape is dropped', () => {
    expect(splitRawWords('a="x y', '\\').words).toEqual([{ raw: 'a="x y', start: 0, end: 6, openQuote: true }]);
    expect(splitRawWords('a=b\\', '\\')).toEqual({ words: [{ raw: 'a=b', start: 0, end: 4 }], trailingEscape: true });
  });

  test('a quoted empty string is a word', () => {
    expect(splitRawWords(`'' x`, '\\').words.map((word) => word.raw)).toEqual([`''`, 'x']);
  });
});

describe('unquote (the lexer before variable expansion)', () => {
  test.each([
    [`"x y"`, 'x y'],
    [`'a "b" \\c'`, 'a "b" \\c'],
    ['c\\ d', 'c d'],
    ['"p\\q \\" \\\\"', 'p\\q " \\'],
    ['\\$HOME "\\$X"', '\\$HOME \\$X'],
    ['a"b', 'a"b'],
  ])('%s → %s', (raw, value) => {
    expect(unquote(raw, '\\')).toBe(value);
  });

  test('uses the escape char the file declares', () => {
    expect(unquote('C:\\dir` x', '`')).toBe('C:\\dir x');
  });
});

describe('readRawPairs', () => {
  test('key=value words, keys and values unquoted', () => {
    expect(readRawPairs('LABEL', `"a b"=1 c="x y"`, '\\')).toEqual([
      { key: 'a b', value: '1', raw: '"a b"=1', rawValue: '1', start: 0, end: 7 },
      { key: 'c', value: 'x y', raw: 'c="x y"', rawValue: '"x y"', start: 8, end: 15 },
    ]);
  });

  test('the legacy form: the key, then the rest of the text as the value', () => {
    expect(readRawPairs('ENV', 'PATH /usr/bin:$PATH "and more"', '\\')).toEqual([
      { key: 'PATH', value: '/usr/bin:$PATH and more', raw: 'PATH /usr/bin:$PATH "and more"', rawValue: '/usr/bin:$PATH "and more"', start: 0, end: 30, legacy: true },
    ]);
    expect(readRawPairs('ENV', 'ALONE', '\\')).toEqual([{ key: 'ALONE', raw: 'ALONE', start: 0, end: 5, legacy: true }]);
  });

  test('ARG names without a default; ENV words without = after a pair are marked', () => {
    expect(readRawPairs('ARG', 'A B=2', '\\').map(({ key, value }) => [key, value])).toEqual([['A', undefined], ['B', '2']]);
    expect(readRawPairs('ENV', 'A=1 B', '\\')[1]).toMatchObject({ key: 'B', missingEquals: true });
  });

  test('says how an odd text ended', () => {
    expect(readRawPairs('LABEL', 'a="x y', '\\')[0].unterminated).toBe('quote');
    expect(readRawPairs('LABEL', 'a=b \\', '\\')[0].unterminated).toBe('escape');
  });
});

describe('Instruction.pairs', () => {
  test('ENV, LABEL and ARG get pairs with document ranges, across continuations', () => {
    const document = parseDockerfile('FROM a\nENV A=1 \\\n    B="two words"\nLABEL x=y\nARG V\nRUN echo A=1\n');
    const [, env, label, arg, run] = document.instructions;
    expect(env.pairs?.map((pair) => [pair.key, pair.value, pair.range])).toEqual([
      ['A', '1', { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } }],
      ['B', 'two words', { start: { line: 2, character: 4 }, end: { line: 2, character: 17 } }],
    ]);
    expect(label.pairs?.map((pair) => pair.key)).toEqual(['x']);
    expect(arg.pairs?.map((pair) => [pair.key, pair.value])).toEqual([['V', undefined]]);
    expect(run.pairs).toBeUndefined();
  });
});
