import { getHeapSpaceStatistics } from 'node:v8';
import { v8Gc } from './v8-gc';

/** The young generation's bytes in use and the room left in it before V8 must scavenge. */
export interface YoungGeneration {
  used: number;
  room: number;
}

/**
 * Scavenges (V8's collection of the young generation) in the analysis worker between analyses
 * rather than inside them. A moving edit of the bench file allocates ~4 MB and ~1.5 MB of it stays
 * alive, so every few edits V8 stopped an analysis for a 4-7 ms scavenge that copies what is alive.
 * After each answer is posted: when the young generation has less room left than the most any
 * request has allocated since the last scavenge, the next request would likely stop for one, so it
 * runs now, while the main thread and the editor handle the answer (or the user pauses). A request
 * that arrives meanwhile waits for it, as it would have waited inside the analysis.
 */
export class IdleScavenge {
  private usedAtStart = 0;
  private mostAllocated = 0;

  constructor(
    private readonly scavenge: (() => void) | undefined = minorGc(),
    private readonly youngGeneration: () => YoungGeneration = readYoungGeneration,
  ) {}

  /** a request starts */
  started(): void {
    this.usedAtStart = this.youngGeneration().used;
  }

  /** the request that started last has been answered: scavenge now if the next would likely have to */
  answered(): void {
    const { used, room } = this.youngGeneration();
    // less in use than at the start: V8 scavenged during the request, so what it allocated is unknown
    if (used >= this.usedAtStart) this.mostAllocated = Math.max(this.mostAllocated, used - this.usedAtStart);
    if (!this.scavenge || room >= this.mostAllocated) return;
    this.scavenge();
    this.mostAllocated = 0;
  }
}

function minorGc(): (() => void) | undefined {
  const gc = v8Gc();
  return gc && (() => gc({ type: 'minor' }));
}

export function readYoungGeneration(): YoungGeneration {
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space') return { used: space.space_used_size, room: space.space_available_size };
  }
  return { used: 0, room: Number.POSITIVE_INFINITY };
}
