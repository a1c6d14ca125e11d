import { seededRandom } from '../../test/support/seeded-random';
import { LineIndex, lineIndexOf } from './line-index';
import { unchangedText } from './unchanged-text';

describe('LineIndex', () => {
  test('breaks lines on LF, CRLF and a lone CR, as dockerfile-ast does', () => {
    const index = new LineIndex('a\nbb\r\nccc\rd');
    expect(index.lineCount).toBe(4);
    expect([0, 1, 2, 3].map((line) => index.lineText(line))).toEqual(['a', 'bb', 'ccc', 'd']);
    expect(index.positionAt(index.text.indexOf('d'))).toEqual({ line: 3, character: 0 });
    expect(index.offsetAt({ line: 2, character: 1 })).toBe(index.text.indexOf('ccc') + 1);
  });

  test('lineAt answers the same asked in any order (it starts from the line it found last)', () => {
    const text = 'a\nbb\r\n\nccc\rd\n';
    const index = new LineIndex(text);
    const starts = [...Array(index.lineCount).keys()].map((line) => index.lineStart(line));
    // the last line starting at or before the offset (line 0 before the text)
    const lineOf = (offset: number) => Math.max(0, starts.filter((start) => start <= offset).length - 1);
    const offsets = [...Array(text.length + 3).keys()].map((k) => k - 1);
    for (const order of [offsets, [...offsets].reverse(), offsets.map((_, k) => offsets[(k * 7) % offsets.length])]) {
      for (const offset of order) expect([offset, index.lineAt(offset)]).toEqual([offset, lineOf(offset)]);
    }
  });

  test('columns are UTF-16 code units', () => {
    const index = new LineIndex('é😀x\ny');
    expect(index.positionAt(3)).toEqual({ line: 0, character: 3 });
    expect(index.textIn({ start: { line: 0, character: 1 }, end: { line: 0, character: 3 } })).toBe('😀');
  });

  test('offsets and positions are clamped to the line content and the text', () => {
    const index = new LineIndex('ab\r\ncd');
    expect(index.offsetAt({ line: 0, character: 9 })).toBe(2);
    expect(index.offsetAt({ line: 7, character: 0 })).toBe(6);
    expect(index.positionAt(3)).toEqual({ line: 0, character: 2 });
    expect(index.positionAt(-4)).toEqual({ line: 0, character: 0 });
    expect(index.lineText(2)).toBe('');
    expect(index.lineText(-1)).toBe('');
  });

  test('textIn spans line breaks as written', () => {
    const index = new LineIndex('RUN a \\\r  b\nCMD c');
    expect(index.textIn({ start: { line: 0, character: 4 }, end: { line: 1, character: 3 } })).toBe('a \\\r  b');
  });

  test('eol is the first line break, LF when there is none', () => {
    expect(new LineIndex('a\r\nb\n').eol()).toBe('\r\n');
    expect(new LineIndex('a\nb\r\n').eol()).toBe('\n');
    expect(new LineIndex('a').eol()).toBe('\n');
  });
});

describe('lineIndexOf, for callers with only the text', () => {
  test('read lines as the document index does, and reuse the index of the same text', () => {
    expect(lineIndexOf('x\ry\nz').lineText(1)).toBe('y');
    expect(lineIndexOf('x').lineText(3)).toBe('');
    const text = 'FROM a\nRUN b\n';
    expect(lineIndexOf(text)).toBe(lineIndexOf(text));
    expect(lineIndexOf(text)).not.toBe(lineIndexOf('FROM a\n'));
  });
});

describe('LineIndex.afterEdit', () => {
  const linesOf = (index: LineIndex) => [...Array(index.lineCount).keys()].map((line) => [index.lineStart(line), index.lineEnd(line)]);

  test('gives the lines the constructor gives, for edits that make, split, join and unmake line breaks of every kind', () => {
    const random = seededRandom(18);
    // line breaks dense enough that edits land next to them, \r and \n apart and paired
    const pieces = ['a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', '\r\r'];
    const piece = () => pieces[Math.floor(random() * pieces.length)];
    const textOf = (length: number) => Array.from({ length }, piece).join('');
    for (let round = 0; round < 3000; round++) {
      const previous = textOf(Math.floor(random() * 12));
      const from = Math.floor(random() * (previous.length + 1));
      const to = from + Math.floor(random() * (previous.length - from + 1));
      const text = previous.slice(0, from) + textOf(Math.floor(random() * 3)) + previous.slice(to);
      const edited = LineIndex.afterEdit(new LineIndex(previous), text, unchangedText(previous, text));
      expect([previous, text, linesOf(edited)]).toEqual([previous, text, linesOf(new LineIndex(text))]);
    }
  });

  test('on a long text, keeps the lines before the edit and moves those after it', () => {
    const previous = Array.from({ length: 1000 }, (_, line) => `RUN echo ${line}`).join('\n');
    const text = previous.replace('echo 500\n', 'echo 500\r\n\nfive hundred\n');
    const edited = LineIndex.afterEdit(new LineIndex(previous), text, unchangedText(previous, text));
    expect(linesOf(edited)).toEqual(linesOf(new LineIndex(text)));
    expect(edited.lineCount).toBe(1002);
    expect(edited.lineText(1001)).toBe('RUN echo 999');
  });
});
