import { warmUpText } from './warm-up';

const COMMENT = '# dflint: warming up';

test('round 0 is the document; each round adds a comment line, alternately at the end and before the first FROM', () => {
  const text = '# syntax=docker/dockerfile:1\nARG V=1\nFROM alpine:$V\nRUN true\n';
  expect(warmUpText(text, 0)).toBe(text);
  expect(warmUpText(text, 1)).toBe(`${text}${COMMENT}\n`);
  expect(warmUpText(text, 2)).toBe(`# syntax=docker/dockerfile:1\nARG V=1\n${COMMENT}\nFROM alpine:$V\nRUN true\n${COMMENT}\n`);
  expect(warmUpText(text, 5).split('\n').filter((line) => line === COMMENT)).toHaveLength(5);
});

test('a document without a final line break or a FROM', () => {
  expect(warmUpText('RUN a', 2)).toBe(`${COMMENT}\nRUN a\n${COMMENT}`);
  expect(warmUpText('', 1)).toBe(`\n${COMMENT}`);
});
