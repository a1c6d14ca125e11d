import { movedPositions } from './moved';
import type { Position } from './range';

/** How much a ScriptCache keeps: its memory is bounded by the script text it holds. */
export interface ScriptCacheLimits {
  /** scripts kept at most */
  entries: number;
  /** UTF-16 units of script text kept at most, all entries together */
  chars: number;
}

interface Entry<Parsed> {
  parsed: Parsed;
  /** where the script started when it was parsed: the parsed positions are in that document */
  origin: Position;
}

/**
 * The results of parsing scripts, by script text, least recently used dropped first. A script's
 * parse depends only on its text; its positions depend on where it starts, so a hit elsewhere is
 * the kept result moved to the new origin: a copy in which every position on the script's first
 * line moves with the origin's line and column, and every later position with its line only (as
 * PositionMapper maps them). A hit at the same origin is the kept result itself: no caller may
 * change it (the next one gets it too). Under jest it is frozen, so a rule or fix that changes what
 * it was given fails its tests; elsewhere it is not (freezing every kept parse cost 1.2% of a
 * corpus run's CPU). An edit leaves every other RUN's text as it was, so re-analysing a document
 * after a keystroke parses only the script that changed.
 */
export class ScriptCache<Parsed extends object> {
  private readonly entries = new Map<string, Entry<Parsed>>();
  private chars = 0;

  constructor(private readonly limits: ScriptCacheLimits) {}

  /** A copy of what `text` parsed to, placed at `origin`; undefined when it is not kept. */
  get(text: string, origin: Position): Parsed | undefined {
    const entry = this.entries.get(text);
    if (!entry) return undefined;
    // most recently used last
    this.entries.delete(text);
    this.entries.set(text, entry);
    const sameOrigin = entry.origin.line === origin.line && entry.origin.character === origin.character;
    return sameOrigin ? entry.parsed : movedPositions(entry.parsed, entry.origin, origin);
  }

  /** What `text` parsed to, as kept: at the origin it was parsed at, for what does not depend on where the script stands; undefined when it is not kept. */
  peek(text: string): Parsed | undefined {
    return this.entries.get(text)?.parsed;
  }

  /** Keeps `parsed` for scripts with this text (not copied; frozen under tests, see the class). */
  set(text: string, origin: Position, parsed: Parsed): void {
    if (text.length > this.limits.chars / 8 || this.entries.has(text)) return;
    this.entries.set(text, { parsed: FREEZE_KEPT ? deepFrozen(parsed) : parsed, origin });
    this.chars += text.length;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.entries && this.chars <= this.limits.chars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

/** jest sets JEST_WORKER_ID in every process it runs tests in; DFLINT_FREEZE_CACHED=1 does the same elsewhere */
const FREEZE_KEPT = process.env.JEST_WORKER_ID !== undefined || process.env.DFLINT_FREEZE_CACHED === '1';

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFrozen(item);
  }
  return value;
}
