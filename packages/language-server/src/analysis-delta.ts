import type { Position } from '@dflint/core';
import type { Analysis, AnalysisInput, AnalyzedFinding, LayerHint, WireAnalysis } from './analysis-types';

// An edit changes a few of a document's hundreds of findings and layer hints: copying all of them
// to the main thread at every edit was the worker's largest cost after the rules (bench/lsp.js
// --trace). The worker sends those equal to one of the document's previous analysis as its index.

/** The document an analysis is of, for what is kept between its analyses; undefined: nothing is kept. */
export function documentKey(input: Pick<AnalysisInput, 'uri' | 'dockerfilePath'>): string | undefined {
  return input.uri ?? input.dockerfilePath;
}

interface Sent {
  findings: readonly AnalyzedFinding[];
  layers: readonly LayerHint[];
}

/**
 * The last analysis sent (or received) for each of the few documents analysed last. The encoder
 * and the decoder each hold one and see the same analyses in the same order, so they keep and drop
 * the same documents.
 */
class LastByDocument {
  private static readonly DOCUMENTS = 4;
  private readonly last = new Map<string, Sent>();

  get(key: string): Sent | undefined {
    return this.last.get(key);
  }

  set(key: string, sent: Sent): void {
    this.last.delete(key);
    this.last.set(key, sent);
    for (const oldest of this.last.keys()) {
      if (this.last.size <= LastByDocument.DOCUMENTS) break;
      this.last.delete(oldest);
    }
  }
}

/** In the worker: each analysis as the decoder on the main thread can rebuild it. */
export class AnalysisEncoder {
  private readonly sent = new LastByDocument();

  encode(key: string | undefined, analysis: Analysis): WireAnalysis {
    if (key === undefined) return analysis;
    const before = this.sent.get(key);
    const wire = before
      ? {
          ...analysis,
          findings: unchangedAsIndexes(analysis.findings, before.findings, (finding) => finding.range.start),
          layers: unchangedAsIndexes(analysis.layers, before.layers, (hint) => hint.position),
        }
      : analysis;
    this.sent.set(key, { findings: analysis.findings, layers: analysis.layers });
    return wire;
  }
}

/** On the main thread: the analysis the worker encoded, each finding a fresh object (code actions add its fix to it). */
export class AnalysisDecoder {
  private readonly received = new LastByDocument();

  decode(key: string | undefined, wire: WireAnalysis): Analysis {
    const before = key === undefined ? undefined : this.received.get(key);
    const resolve = <T>(entries: Array<T | number>, previous: readonly T[] | undefined): T[] =>
      entries.map((entry) => {
        if (typeof entry !== 'number') return entry;
        if (!previous || entry >= previous.length) throw new Error(`the analysis worker referred to an entry the main thread does not have (${entry})`);
        return previous[entry];
      });
    const findings = resolve(wire.findings, before?.findings);
    const layers = resolve(wire.layers, before?.layers);
    // kept as received: what the server adds to the findings it is given stays with this version
    if (key !== undefined) this.received.set(key, { findings, layers });
    return { ...wire, findings: findings.map((finding) => ({ ...finding })), layers };
  }
}

/**
 * `entries` with each one equal to an entry of `previous` replaced by that entry's index. Both are
 * sorted by position, so one walk down both finds the candidates: the previous entries at the same
 * position.
 */
function unchangedAsIndexes<T>(entries: readonly T[], previous: readonly T[], positionOf: (entry: T) => Position): Array<T | number> {
  let next = 0;
  return entries.map((entry) => {
    const at = positionOf(entry);
    while (next < previous.length && before(positionOf(previous[next]), at)) next++;
    for (let i = next; i < previous.length && !before(at, positionOf(previous[i])); i++) {
      if (sameValue(entry, previous[i])) return i;
    }
    return entry;
  });
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Deep equality of data that crosses threads (plain objects, arrays, primitives); loops, not Object.keys: it runs on every entry of every analysis. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (!Object.prototype.hasOwnProperty.call(right, key) || !sameValue(left[key], right[key])) return false;
    keys++;
  }
  for (const _key in right) keys--;
  return keys === 0;
}
