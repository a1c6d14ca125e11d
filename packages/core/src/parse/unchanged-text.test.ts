import { seededRandom } from '../../test/support/seeded-random';
import { movedOffsetBy, touchedByEdit, unchangedText } from './unchanged-text';

/** The longest common start and end, one char at a time, the end never reaching into the start. */
function naive(previous: string, text: string) {
  let before = 0;
  while (before < Math.min(previous.length, text.length) && previous[before] === text[before]) before++;
  let after = 0;
  while (after < Math.min(previous.length, text.length) - before && previous[previous.length - 1 - after] === text[text.length - 1 - after]) after++;
  return { before, afterFrom: text.length - after, added: text.length - previous.length };
}

describe('unchangedText', () => {
  test('finds what one edit of a long text left, across block boundaries, as comparing char by char does', () => {
    const random = seededRandom(18);
    const base = Array.from({ length: 3000 }, () => 'ab\r\n'[Math.floor(random() * 4)]).join('');
    for (let round = 0; round < 200; round++) {
      const at = Math.floor(random() * base.length);
      const removed = Math.floor(random() * 600);
      const inserted = 'ba\n'.slice(0, Math.floor(random() * 4)).repeat(Math.floor(random() * 200));
      const text = base.slice(0, at) + inserted + base.slice(at + removed);
      expect(unchangedText(base, text)).toEqual(naive(base, text));
    }
  });

  test('places before the edit keep their offsets, places after it move by what it added, places in it are touched', () => {
    const previous = 'FROM a\nRUN one\nRUN two\n';
    const unchanged = unchangedText(previous, 'FROM a\nRUN one more\nRUN two\n');
    expect(unchanged).toEqual({ before: 14, afterFrom: 19, added: 5 });
    expect(movedOffsetBy(unchanged, 0, 7)).toBe(0);
    expect(movedOffsetBy(unchanged, 7, 20)).toBeUndefined();
    expect(movedOffsetBy(unchanged, 20, 28)).toBe(5);
    expect([touchedByEdit(unchanged, 0, 7), touchedByEdit(unchanged, 7, 15), touchedByEdit(unchanged, 15, 23)]).toEqual([false, true, false]);
  });
});
