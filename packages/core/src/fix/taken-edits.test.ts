import { applyOffsetEdits, editsConflict, type OffsetEdit } from './edits';
import { TakenEdits } from './taken-edits';

/** Small deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

function randomEdit(next: (below: number) => number, textLength: number): OffsetEdit {
  const start = next(textLength + 1);
  // a third are insertions, which conflict differently (same point)
  const end = next(3) === 0 ? start : Math.min(textLength, start + 1 + next(6));
  return { start, end, newText: `<${start}-${end}>` };
}

describe('TakenEdits', () => {
  test('agrees with comparing against every taken edit, on random edits', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const taken = new TakenEdits();
      const all: OffsetEdit[] = [];
      for (let i = 0; i < 60; i++) {
        const edit = randomEdit(next, 80);
        const expected = all.some((other) => editsConflict(other, edit));
        expect(taken.conflictsWith(edit)).toBe(expected);
        if (!expected) {
          taken.add(edit);
          all.push(edit);
        }
      }
    }
  });

  test('an insertion inside a taken replacement conflicts; one at its end does not', () => {
    const taken = new TakenEdits();
    taken.add({ start: 10, end: 20, newText: 'x' });
    expect(taken.conflictsWith({ start: 15, end: 15, newText: 'y' })).toBe(true);
    expect(taken.conflictsWith({ start: 10, end: 10, newText: 'y' })).toBe(true);
    expect(taken.conflictsWith({ start: 20, end: 20, newText: 'y' })).toBe(false);
    expect(taken.conflictsWith({ start: 0, end: 11, newText: 'y' })).toBe(true);
  });
});

describe('applyOffsetEdits', () => {
  /** The edits applied one at a time from the last, each to the text the ones after it left. */
  function oneByOne(text: string, edits: OffsetEdit[], eol: '\n' | '\r\n'): string {
    let result = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
      result = result.slice(0, edit.start) + edit.newText.replace(/\r?\n/g, eol) + result.slice(edit.end);
    }
    return result;
  }

  test('gives what applying the edits one by one gives, overlapping or not', () => {
    const text = 'FROM a\nRUN one\nRUN two\nRUN three\nCMD x\n'.repeat(2);
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const edits = Array.from({ length: 1 + next(8) }, () => ({ ...randomEdit(next, text.length), newText: next(2) ? 'a\nb' : '' }));
      const eol = next(2) ? '\n' : '\r\n';
      expect(applyOffsetEdits(text, edits, eol)).toBe(oneByOne(text, edits, eol));
    }
  });
});
