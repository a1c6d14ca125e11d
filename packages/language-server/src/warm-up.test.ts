import { warmUpText } from './warm-up';
import { WARM_UP_COMMENT_CYCLE, WARM_UP_LINES } from './warm-up-limits';

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

test('a long document is warmed up on its stages that start within its first WARM_UP_LINES lines', () => {
  const stage = (n: number) => [`FROM alpine AS s${n}`, ...Array.from({ length: 9 }, (_, i) => `RUN echo ${n}.${i}`)];
  const lines = Array.from({ length: 50 }, (_, n) => stage(n)).flat();
  const text = `${lines.join('\n')}\n`;
  const kept = Math.floor(WARM_UP_LINES / 10) * 10;
  expect(warmUpText(text, 0)).toBe(`${lines.slice(0, kept).join('\n')}\n`);
  expect(warmUpText(text, 2)).toBe(`${COMMENT}\n${lines.slice(0, kept).join('\n')}\n${COMMENT}\n`);
  // one stage longer than the limit: all of it
  const long = `FROM alpine\n${'RUN true\n'.repeat(WARM_UP_LINES * 2)}`;
  expect(warmUpText(long, 0)).toBe(long);
});

test('the comment lines start again from none every WARM_UP_COMMENT_CYCLE rounds', () => {
  const text = 'FROM alpine\nRUN true\n';
  expect(warmUpText(text, WARM_UP_COMMENT_CYCLE)).toBe(text);
  expect(warmUpText(text, WARM_UP_COMMENT_CYCLE + 3)).toBe(warmUpText(text, 3));
  expect(warmUpText(text, WARM_UP_COMMENT_CYCLE - 1).split('\n').filter((line) => line === COMMENT)).toHaveLength(WARM_UP_COMMENT_CYCLE - 1);
});
