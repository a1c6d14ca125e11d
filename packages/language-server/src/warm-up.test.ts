import { leadingStages, warmUpText } from './warm-up-text';
import { checksEveryStage } from './warm-up';
import { WARM_UP_COMMENT_CYCLE, WARM_UP_LINES } from './warm-up-limits';

const COMMENT = '# dflint: warming up';

test('round 0 is the document; each round adds a comment line, alternately at the end and before the FROM', () => {
  const text = '# syntax=docker/dockerfile:1\nARG V=1\nFROM alpine:$V\nRUN true\n';
  expect(warmUpText(text, 0)).toBe(text);
  expect(warmUpText(text, 1)).toBe(`${text}${COMMENT}\n`);
  expect(warmUpText(text, 2)).toBe(`# syntax=docker/dockerfile:1\nARG V=1\n${COMMENT}\nFROM alpine:$V\nRUN true\n${COMMENT}\n`);
  expect(warmUpText(text, 5).split('\n').filter((line) => line === COMMENT)).toHaveLength(5);
});

test('the moving comment lines go before the middle FROM: the stages above are kept, those below move', () => {
  const text = 'ARG V=1\nFROM a AS one\nRUN 1\nFROM b AS two\nRUN 2\nFROM c AS three\nRUN 3\n';
  expect(warmUpText(text, 2)).toBe(`ARG V=1\nFROM a AS one\nRUN 1\n${COMMENT}\nFROM b AS two\nRUN 2\nFROM c AS three\nRUN 3\n${COMMENT}\n`);
  const four = `${text}FROM d AS four\n`;
  expect(warmUpText(four, 4).split('\n').indexOf(COMMENT)).toBe(thirdFromLine(four));
});

/** Where the third FROM stands: with four, the middle one, before which the moving comments go. */
function thirdFromLine(text: string): number {
  return text.split('\n').findIndex((line) => line.startsWith('FROM c'));
}

test('a document without a final line break or a FROM', () => {
  expect(warmUpText('RUN a', 2)).toBe(`${COMMENT}\nRUN a\n${COMMENT}`);
  expect(warmUpText('', 1)).toBe(`\n${COMMENT}`);
});

test('a long document is warmed up on its stages that start within its first WARM_UP_LINES lines', () => {
  const stage = (n: number) => [`FROM alpine AS s${n}`, ...Array.from({ length: 9 }, (_, i) => `RUN echo ${n}.${i}`)];
  const lines = Array.from({ length: 50 }, (_, n) => stage(n)).flat();
  const text = `${lines.join('\n')}\n`;
  const kept = Math.floor(WARM_UP_LINES / 10) * 10;
  expect(leadingStages(text)).toBe(`${lines.slice(0, kept).join('\n')}\n`);
  const middle = Math.floor(kept / 10 / 2) * 10;
  expect(warmUpText(leadingStages(text), 2)).toBe(`${[...lines.slice(0, middle), COMMENT, ...lines.slice(middle, kept)].join('\n')}\n${COMMENT}\n`);
  // one stage longer than the limit: all of it
  const long = `FROM alpine\n${'RUN true\n'.repeat(WARM_UP_LINES * 2)}`;
  expect(leadingStages(long)).toBe(long);
});

test('the cut is made at the last FROM at or above line WARM_UP_LINES, and never in a document no longer than that', () => {
  // what leadingStages finds, by splitting the whole document into lines
  const byLines = (text: string) => {
    const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
    if (lines.length <= WARM_UP_LINES) return text;
    for (let at = WARM_UP_LINES; at > 0; at--) if (/^\s*FROM\b/i.test(lines[at])) return `${lines.slice(0, at).join('\n')}\n`;
    return text;
  };
  for (const stageLength of [1, 7, WARM_UP_LINES - 1, WARM_UP_LINES, WARM_UP_LINES + 1]) {
    for (const count of [WARM_UP_LINES - 1, WARM_UP_LINES, WARM_UP_LINES + 1, WARM_UP_LINES * 3]) {
      const lines = Array.from({ length: count }, (_, i) => (i % stageLength === 0 ? `  from alpine AS s${i}` : `RUN echo ${i}`));
      for (const text of [lines.join('\n'), `${lines.join('\n')}\n`]) expect(leadingStages(text)).toBe(byLines(text));
    }
  }
});

test('the comment lines start again from none every WARM_UP_COMMENT_CYCLE rounds', () => {
  const text = 'FROM alpine\nRUN true\n';
  expect(warmUpText(text, WARM_UP_COMMENT_CYCLE)).toBe(text);
  expect(warmUpText(text, WARM_UP_COMMENT_CYCLE + 3)).toBe(warmUpText(text, 3));
  expect(warmUpText(text, WARM_UP_COMMENT_CYCLE - 1).split('\n').filter((line) => line === COMMENT)).toHaveLength(WARM_UP_COMMENT_CYCLE - 1);
});

test('both kinds of edit are warmed up both checking every stage and replaying the stages kept', () => {
  const text = 'FROM a AS one\nRUN 1\nFROM b AS two\nRUN 2\nFROM c AS three\nRUN 3\n';
  const middleFrom = (round: number) => warmUpText(text, round).split('\n').indexOf('FROM b AS two');
  const met = new Set<string>();
  for (let round = 1; round < 8; round++) {
    const edit = middleFrom(round) === middleFrom(round - 1) ? 'in place' : 'moving';
    met.add(`${edit}, ${checksEveryStage(round) ? 'checking' : 'replaying'}`);
  }
  expect([...met].sort()).toEqual(['in place, checking', 'in place, replaying', 'moving, checking', 'moving, replaying']);
});
