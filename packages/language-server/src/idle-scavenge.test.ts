import { IdleScavenge, readYoungGeneration, type YoungGeneration } from './idle-scavenge';
import { v8Gc } from './v8-gc';

/** An IdleScavenge that reads the young generation from `readings`, one a call, and counts its scavenges. */
function scripted(readings: YoungGeneration[]) {
  const counter = { scavenges: 0 };
  const idle = new IdleScavenge(
    () => counter.scavenges++,
    () => {
      const reading = readings.shift();
      if (!reading) throw new Error('read the young generation more often than expected');
      return reading;
    },
  );
  return { idle, counter };
}

const MB = 1 << 20;

test('scavenges after an answer when less room is left than a request has allocated', () => {
  const { idle, counter } = scripted([
    { used: 1 * MB, room: 15 * MB },
    { used: 5 * MB, room: 11 * MB }, // allocated 4 MB, 11 left: no
    { used: 5 * MB, room: 11 * MB },
    { used: 8 * MB, room: 8 * MB }, // 3 MB, 8 left: no
    { used: 8 * MB, room: 8 * MB },
    { used: 13 * MB, room: 3 * MB }, // 5 MB, 3 left: scavenge
  ]);
  idle.started();
  idle.answered();
  idle.started();
  idle.answered();
  expect(counter.scavenges).toBe(0);
  idle.started();
  idle.answered();
  expect(counter.scavenges).toBe(1);
});

test('a request during which V8 scavenged tells nothing of what it allocated; the most is counted again after a scavenge', () => {
  const { idle, counter } = scripted([
    { used: 12 * MB, room: 4 * MB },
    { used: 2 * MB, room: 14 * MB }, // V8 scavenged: nothing learnt, plenty of room
    { used: 2 * MB, room: 14 * MB },
    { used: 13 * MB, room: 3 * MB }, // 11 MB, 3 left: scavenge
    { used: 13 * MB, room: 3 * MB },
    { used: 14 * MB, room: 2 * MB }, // 1 MB, 2 left: no, as the 11 MB before the scavenge no longer count
  ]);
  for (let request = 0; request < 3; request++) {
    idle.started();
    idle.answered();
  }
  expect(counter.scavenges).toBe(1);
});

test("V8's young generation is read, and a minor gc() empties it of garbage", () => {
  const gc = v8Gc();
  expect(gc).toBeDefined();
  let kept: unknown[] = [];
  for (let i = 0; i < 20_000; i++) kept.push({ i, text: `garbage ${i}` });
  const before = readYoungGeneration();
  expect(before.used).toBeGreaterThan(0);
  expect(Number.isFinite(before.room)).toBe(true);
  kept = [];
  gc?.({ type: 'minor' });
  expect(readYoungGeneration().used).toBeLessThan(before.used);
  expect(kept).toHaveLength(0);
});
