import { readFileSync } from 'fs';
import { Language, Parser } from 'web-tree-sitter';
import { initShellParser } from './shell';
import { parse, summary } from './test-shell-helpers';

beforeAll(() => initShellParser());

describe('positions', () => {
  test('continuation lines: the origin offset applies to the first line only', () => {
    const text = 'apt-get update \\\n  && apt-get install -y \\\n    curl';
    const script = parse(text, { line: 3, character: 4 });
    expect(script.commands.map(summary)).toEqual(['- apt-get update []', '&& apt-get install -y curl []']);
    const [update, install] = script.commands;
    expect(update.range).toEqual({ start: { line: 3, character: 4 }, end: { line: 3, character: 18 } });
    expect(update.argv[1].range.start).toEqual({ line: 3, character: 12 });
    expect(install.range).toEqual({ start: { line: 4, character: 5 }, end: { line: 5, character: 8 } });
    expect(install.argv[3].range).toEqual({ start: { line: 5, character: 4 }, end: { line: 5, character: 8 } });
    expect(script.range).toEqual({ start: { line: 3, character: 4 }, end: { line: 5, character: 8 } });
  });

  test('columns are UTF-16 code units, on the first line and after it', () => {
    const text = 'echo "é→😀" && rm x \\\n  && echo 😀 y';
    const script = parse(text, { line: 1, character: 4 });
    const [echo, rm, second] = script.commands;
    // "é→😀" is 6 UTF-16 code units with its quotes (😀 is a surrogate pair), 11 bytes of UTF-8.
    expect(echo.argv[1].range).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 15 } });
    expect(echo.argv[1].value).toBe('é→😀');
    expect(rm.argv[1].range.start).toEqual({ line: 1, character: 4 + 'echo "é→😀" && rm '.length });
    expect(second.argv[2].range).toEqual({ start: { line: 2, character: 13 }, end: { line: 2, character: 14 } });
    expect(second.argv[1].raw).toBe('😀');
  });

  test('web-tree-sitter reports indices and columns of JS strings in UTF-16 code units', async () => {
    const bash = await Language.load(readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
    const parser = new Parser();
    parser.setLanguage(bash);
    const tree = parser.parse('echo "é→😀" && rm x');
    try {
      const rm = tree!.rootNode.descendantsOfType('command')[1];
      expect(rm.startIndex).toBe(15); // UTF-8 would be 20
      expect(rm.startPosition.column).toBe(15);
    } finally {
      tree!.delete();
      parser.delete();
    }
  });

  test('CRLF line ends', () => {
    const [first, second] = parse('a \\\r\n  b && c').commands.concat(parse('x\r\ny').commands);
    expect(first.argv[1].range.start).toEqual({ line: 1, character: 2 });
    expect(second.argv[0].value).toBe('c');
  });
});
