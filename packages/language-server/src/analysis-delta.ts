import type { Analysis, Posted, PostedAnalysis } from './analysis-types';
import { keepOn, keptOn } from './kept-on';
import { linesMoved, movedLines } from './moved-lines';

/** the lists an analysis posts as numbers where it can (PostedAnalysis) */
type Lists = Pick<Analysis, 'findings' | 'layers' | 'baseImages'>;

/** the documents kept on each side: the worker keeps its previous analyses of as many (analyze.ts) */
const DOCUMENTS_KEPT = 4;
/** how many items of the last list a new item is looked for in, from the one after the last it matched */
const LOOKAHEAD = 4;

/** The worker's side: what it last posted for each document, and the analyses it posts next. */
export class AnalysisPoster {
  private readonly posted = new Map<string, { lineCount: number; lists: Lists }>();
  private serial = 0;

  post(document: string | undefined, text: string, analysis: Analysis): PostedAnalysis {
    const serial = ++this.serial;
    const lineCount = linesOf(text);
    const before = document === undefined ? undefined : this.posted.get(document);
    const lineShift = before ? lineCount - before.lineCount : 0;
    const { findings, layers, baseImages } = analysis;
    const posted: PostedAnalysis = before
      ? { ...analysis, findings: encoded(findings, before.lists.findings, lineShift), layers: encoded(layers, before.lists.layers, lineShift), baseImages: encoded(baseImages, before.lists.baseImages, lineShift), serial, lineShift }
      : { ...analysis, serial, lineShift };
    if (document === undefined) return posted;
    posted.document = document;
    // a finding copied as posted: the worker adds its fix to it when a code action asks (fixesOf);
    // nothing else changes an object once posted (a hint is the same object while its step is)
    const kept = { findings: topLevelCopies(findings), layers, baseImages };
    this.posted.delete(document);
    this.posted.set(document, { lineCount, lists: kept });
    const dropped = [...this.posted.keys()].slice(0, Math.max(0, this.posted.size - DOCUMENTS_KEPT));
    for (const key of dropped) this.posted.delete(key);
    if (dropped.length > 0) posted.dropped = dropped;
    return posted;
  }
}

/** The main thread's side, one per worker: turns what the worker posted back into the analysis. */
export class AnalysisReceiver {
  private readonly received = new Map<string, { findings: Analysis['findings']; layers: Decoding<Analysis['layers'][number]>; baseImages: Analysis['baseImages'] }>();
  private lastSerial = 0;

  receive(posted: PostedAnalysis): Analysis {
    const { document, lineShift, serial, dropped, ...rest } = posted;
    if (serial !== this.lastSerial + 1) throw new Error(`analysis ${serial} arrived after ${this.lastSerial}`);
    this.lastSerial = serial;
    const before = document === undefined ? undefined : this.received.get(document);
    const layers = new Decoding(posted.layers, before?.layers, lineShift);
    const kept = {
      findings: decoded(posted.findings, before?.findings, lineShift),
      layers,
      baseImages: decoded(posted.baseImages, before?.baseImages, lineShift),
    };
    if (document !== undefined) {
      this.received.delete(document);
      this.received.set(document, kept);
    }
    for (const key of dropped ?? []) this.received.delete(key);
    // the layer hints are for inlay hints, not diagnostics: decoded after this turn, in which the diagnostics are written
    setImmediate(() => layers.items);
    // the kept findings stay as posted: the server adds fixes to the findings it hands out (layer hints
    // and base-image figures are only read, and a new analysis decodes new arrays of them)
    return {
      ...rest,
      findings: handedOut(kept.findings),
      get layers() {
        return layers.items;
      },
      baseImages: kept.baseImages,
    };
  }
}

/** A list decoded when first read (posted entries, and the list they refer to, itself decoded then). */
class Decoding<T> {
  private decodedItems: T[] | undefined;

  constructor(
    private entries: readonly Posted<T>[] | undefined,
    private before: Decoding<T> | undefined,
    private readonly lineShift: number,
  ) {}

  get items(): T[] {
    // the lists not decoded yet, this one first: decoded oldest first, without a call per list
    const pending: Decoding<T>[] = [];
    for (let list: Decoding<T> | undefined = this; list && list.decodedItems === undefined; list = list.before) pending.push(list);
    for (let at = pending.length - 1; at >= 0; at--) pending[at].decode();
    return this.decodedItems!;
  }

  private decode(): void {
    this.decodedItems = decoded(this.entries!, this.before?.decodedItems, this.lineShift);
    // what it was made from is not kept: no chain of lists back to the first
    this.entries = undefined;
    this.before = undefined;
  }
}

function encoded<T>(now: readonly T[], before: readonly T[], lineShift: number): Posted<T>[] {
  const entries: Posted<T>[] = new Array(now.length);
  let next = 0;
  for (let at = 0; at < now.length; at++) {
    entries[at] = now[at];
    for (let candidate = next; candidate < Math.min(before.length, next + LOOKAHEAD); candidate++) {
      // the same object: unchanged since it was posted (see post)
      const moved = now[at] === before[candidate] ? 0 : linesMoved(now[at], before[candidate], lineShift);
      if (moved === undefined) continue;
      entries[at] = moved === 0 ? candidate : ~candidate;
      next = candidate + 1;
      break;
    }
  }
  return entries;
}

function decoded<T>(entries: readonly Posted<T>[], before: readonly T[] | undefined, lineShift: number): T[] {
  const items: T[] = new Array(entries.length);
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at];
    if (typeof entry !== 'number') items[at] = entry;
    else if (!before) throw new Error('an analysis refers to one the main thread does not hold');
    else items[at] = entry >= 0 ? before[entry] : movedLines(before[~entry], lineShift);
  }
  return items;
}

/** kept on a list of findings the main thread hands out (kept-on.ts): the ones they copy, as posted, in the same order */
const POSTED = Symbol('posted findings');

/**
 * The findings as the worker posted them, for a list the receiver handed out (undefined for another),
 * in its order: an unchanged finding is the same object analysis after analysis, and is never changed
 * (what the server adds, it adds to the copy), so what is made from it can be kept with it (diagnostics.ts).
 */
export function postedFindings(findings: readonly object[]): readonly object[] | undefined {
  return keptOn<readonly object[]>(findings, POSTED);
}

function handedOut<T extends object>(kept: readonly T[]): T[] {
  const copies = topLevelCopies(kept);
  keepOn(copies, POSTED, kept);
  return copies;
}

function topLevelCopies<T>(items: readonly T[]): T[] {
  const copies: T[] = new Array(items.length);
  for (let at = 0; at < items.length; at++) copies[at] = { ...items[at] };
  return copies;
}

function linesOf(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
