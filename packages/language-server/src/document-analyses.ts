import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisInput } from './analysis-types';
import type { Analyzer } from './analyzer';
import type { ConfigProblem } from './project-config';
import type { Settings } from './settings';

/** a document's text when its analysis was asked for (TextDocuments updates documents in place) */
export interface DocumentSnapshot {
  uri: string;
  text: string;
}

/** Everything an analysis of one snapshot needs, resolved from settings and config files. */
export interface AnalysisRequest {
  input: AnalysisInput;
  settings: Settings;
  /** by the config's ignorePatterns: nothing is shown */
  ignored?: boolean;
  /** a config file that could not be used; the analysis goes on without it */
  configProblem?: ConfigProblem;
}

export interface AnalysesDeps {
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  inputFor(document: DocumentSnapshot): Promise<AnalysisRequest>;
  publish(uri: string, version: number, analysis: Analysis): void;
  /** each finished analysis, with the input it was made from */
  analysed?(snapshot: DocumentSnapshot, input: AnalysisInput, analysis: Analysis): void;
  /** the pause in typing to wait for before analysing a changed document (the dflint.debounceMs setting) */
  debounceMs(uri: string): Promise<number>;
}

/**
 * The analysis of each open document's current version, computed once per uri + version and
 * shared by diagnostics, code actions, hover and inlay hints. Diagnostics are published only
 * for the version the document still has when its analysis finishes.
 */
export class DocumentAnalyses {
  private readonly latest = new Map<string, { version: number; analysis: Promise<Analysis | undefined> }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly deps: AnalysesDeps) {}

  /** undefined when a newer version replaced this one before it was analysed */
  analysisOf(document: TextDocument): Promise<Analysis | undefined> {
    const cached = this.latest.get(document.uri);
    if (cached?.version === document.version) return cached.analysis;
    const analysis = this.run(document);
    this.latest.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  /** on change: wait for typing to pause */
  schedule(uri: string): void {
    const document = this.deps.documents.get(uri);
    if (!document || this.latest.get(uri)?.version === document.version) return;
    this.clearTimer(uri);
    const version = document.version;
    void this.deps.debounceMs(uri).then((debounceMs) => {
      // a later change scheduled its own analysis, a save or open started this one's; a closed document needs none
      if (this.deps.documents.get(uri)?.version !== version || this.latest.get(uri)?.version === version) return;
      this.clearTimer(uri);
      // no debounce: analysed now, not after a timer (Node waits at least 1 ms for any)
      if (debounceMs <= 0) return void this.publishCurrent(uri);
      this.timers.set(
        uri,
        setTimeout(() => {
          this.timers.delete(uri);
          void this.publishCurrent(uri);
        }, debounceMs),
      );
    });
  }

  /** on open, save and configuration change */
  publishNow(uri: string): void {
    this.clearTimer(uri);
    void this.publishCurrent(uri);
  }

  /** analyse again even if the version is the same (settings or build context changed) */
  invalidate(uri?: string): void {
    if (uri === undefined) this.latest.clear();
    else this.latest.delete(uri);
  }

  forget(uri: string): void {
    this.clearTimer(uri);
    this.latest.delete(uri);
  }

  private async publishCurrent(uri: string): Promise<void> {
    const document = this.deps.documents.get(uri);
    if (!document) return;
    // documents are updated in place: remember which version this analysis is for
    const version = document.version;
    const analysis = await this.analysisOf(document);
    // a newer version arrived (or the document closed) while this one was analysed
    if (analysis && this.deps.documents.get(uri)?.version === version) this.deps.publish(uri, version, analysis);
  }

  private async run(document: TextDocument): Promise<Analysis | undefined> {
    const snapshot: DocumentSnapshot = { uri: document.uri, text: document.getText() };
    const lineCount = document.lineCount - (snapshot.text.endsWith('\n') ? 1 : 0);
    const { input, settings, ignored, configProblem } = await this.deps.inputFor(snapshot);
    if (ignored) return { findings: [], layers: [], baseImages: [] };
    const tooLarge = sizeProblem(snapshot.text, lineCount, settings);
    const analysis = tooLarge ? { findings: [], layers: [], baseImages: [], skipped: `dflint skipped this document: ${tooLarge}` } : await this.deps.analyzer.analyze(input, document.uri);
    if (analysis) this.deps.analysed?.(snapshot, input, analysis);
    return analysis && configProblem ? { ...analysis, configProblem } : analysis;
  }

  private clearTimer(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}

function sizeProblem(text: string, lineCount: number, settings: Settings): string | undefined {
  if (lineCount > settings.maxLines) return `${lineCount} lines is over the limit of ${settings.maxLines} (setting dflint.maxLines)`;
  // UTF-8 is at most 3 bytes per UTF-16 unit: count only when it could matter
  const bytes = text.length * 3 > settings.maxBytes ? Buffer.byteLength(text) : text.length;
  if (bytes > settings.maxBytes) return `${bytes} bytes is over the limit of ${settings.maxBytes} (setting dflint.maxBytes)`;
  return undefined;
}
