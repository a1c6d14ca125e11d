import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { Analysis } from './analysis-types';
import type { Analyzer } from './analyzer';
import { DocumentAnalyses } from './document-analyses';
import { DEFAULT_SETTINGS } from './settings';

const URI = 'file:///project/Dockerfile';

/** DocumentAnalyses over one document, with an analyzer that records what it was asked and answers at once */
function analysesWith(debounceMs: number) {
  let document = TextDocument.create(URI, 'dockerfile', 1, 'FROM alpine\n');
  const documents = { get: (uri: string) => (uri === URI ? document : undefined) } as unknown as TextDocuments<TextDocument>;
  const analysed: string[] = [];
  const published: number[] = [];
  const analyzer = {
    analyze: async (input: { text: string }) => {
      analysed.push(input.text);
      return { findings: [], layers: [], baseImages: [] } satisfies Analysis;
    },
  } as unknown as Analyzer;
  const analyses = new DocumentAnalyses({
    documents,
    analyzer,
    inputFor: async (snapshot) => ({ input: { text: snapshot.text, uri: snapshot.uri, rules: {}, layers: false, registry: { offline: true } } as never, settings: DEFAULT_SETTINGS }),
    publish: (_uri, version) => published.push(version),
    debounceMs: async () => debounceMs,
  });
  const edit = (text: string) => {
    document = TextDocument.update(document, [{ text }], document.version + 1);
    analyses.schedule(URI);
  };
  return { edit, analysed, published };
}

/** lets promise callbacks run, and nothing else: no timer fires */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('DocumentAnalyses.schedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('with a debounce, the analysis waits for the pause in typing, and only the last version is analysed', async () => {
    const { edit, analysed, published } = analysesWith(50);
    edit('FROM alpine:3.19\n');
    await settle();
    edit('FROM alpine:3.20\n');
    await settle();
    expect(analysed).toEqual([]);
    jest.advanceTimersByTime(49);
    await settle();
    expect(analysed).toEqual([]);
    jest.advanceTimersByTime(1);
    await settle();
    expect(analysed).toEqual(['FROM alpine:3.20\n']);
    expect(published).toEqual([3]);
  });

  test('with debounce 0, the analysis starts without waiting for a timer', async () => {
    const { edit, analysed, published } = analysesWith(0);
    edit('FROM alpine:3.19\n');
    await settle();
    expect(analysed).toEqual(['FROM alpine:3.19\n']);
    expect(published).toEqual([2]);
  });
});
