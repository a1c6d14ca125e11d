import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, REPO_ROOT, type PublishDiagnostics } from './lsp-client';
import { WHOLE, type InlayHint } from './fixtures';

// The worker analyses an edited document reusing what its analysis of the version before built
// (instructions, layer model stages, moved when lines moved): after every kind of edit, through the
// server, the diagnostics and inlay hints must be those of the same text opened afresh.

const example = readFileSync(path.join(REPO_ROOT, 'examples/python-api/Dockerfile'), 'utf8').trimEnd().split('\n');
const lines = [0, 1, 2, 3].flatMap((stage) => example.map((line) => (line.startsWith('FROM ') ? `${line} AS stage${stage}` : line)));
const runLine = lines.findIndex((line, at) => at > lines.length / 2 && line.startsWith('RUN '));

/** each version of the text, each from the one before */
const EDITS: Array<[string, (text: string[]) => string[]]> = [
  ['a comment in place of a RUN', (text) => text.map((line, at) => (at === runLine ? `#${line}` : line))],
  ['a line inserted (every line below moves)', (text) => [...text.slice(0, 5), '', ...text.slice(5)]],
  ['the comment undone', (text) => text.map((line) => (line.startsWith('#RUN ') ? line.slice(1) : line))],
  ['a RUN changed in place', (text) => text.map((line, at) => (at === runLine + 1 ? `${line} && apt-get update` : line))],
  ['the first stage deleted', (text) => text.slice(text.findIndex((line, at) => at > 0 && line.startsWith('FROM ')))],
  ['nothing changed', (text) => text],
  ['a new stage at the top', (text) => ['FROM alpine AS first', 'RUN apk add curl', ...text]],
];

describe('edited documents get the analysis a fresh one gets', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({ initializationOptions: { dflint: { debounceMs: 0 } } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  const analysed = async (uri: string, version: number) => {
    const published = await client.waitForDiagnostics(uri, (p) => p.version === version);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    return { diagnostics: withoutUri(published, uri), hints };
  };

  test('after each kind of edit, the same diagnostics and inlay hints as the text opened afresh', async () => {
    const uri = 'untitled:edited';
    let text = lines;
    await client.open(uri, `${text.join('\n')}\n`, 1);
    const first = await analysed(uri, 1);
    expect(first.diagnostics.length).toBeGreaterThan(20);
    expect(first.hints.length).toBeGreaterThan(10);
    for (const [at, [edit, apply]] of EDITS.entries()) {
      text = apply(text);
      const version = at + 2;
      await client.change(uri, version, `${text.join('\n')}\n`);
      const edited = await analysed(uri, version);
      const freshUri = `untitled:fresh-${version}`;
      await client.open(freshUri, `${text.join('\n')}\n`, 1);
      const fresh = await analysed(freshUri, 1);
      // as JSON: the same keys in the same order too (the worker posts only what changed, analysis-delta.ts)
      expect({ edit, diagnostics: JSON.stringify(edited.diagnostics), hints: JSON.stringify(edited.hints) }).toEqual({ edit, diagnostics: JSON.stringify(fresh.diagnostics), hints: JSON.stringify(fresh.hints) });
    }
  });
});

/** the diagnostics with the document's own URI (in related information) left out */
function withoutUri(published: PublishDiagnostics, uri: string): PublishDiagnostics['diagnostics'] {
  return JSON.parse(JSON.stringify(published.diagnostics).split(JSON.stringify(uri)).join('"<uri>"'));
}
