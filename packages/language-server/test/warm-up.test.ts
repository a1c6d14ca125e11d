import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, REPO_ROOT } from './lsp-client';
import { WHOLE, type InlayHint } from './fixtures';

// After a first analysis the server warms its analysis code up while the editor is idle
// (analyzer.ts, warm-up.ts): it publishes nothing of its own, and the document's next edit still
// gets what the same text opened afresh gets.

const text = `${readFileSync(path.join(REPO_ROOT, 'examples/python-api/Dockerfile'), 'utf8').trimEnd()}\n`;
const WARMED = /warmed the analysis up: (\d+) rounds, \d+ ms\n/;

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('the server warms up once while idle, publishes nothing for it, and an edit afterwards is analysed as a fresh document', async () => {
  const client = await LspClient.start({ env: { DFLINT_DEBUG: '1' }, initializationOptions: { dflint: { debounceMs: 0 } } });
  try {
    const uri = 'untitled:warm';
    await client.open(uri, text, 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    await until(() => WARMED.test(client.stderr.join('')), 'the warm-up log line');
    const rounds = Number(WARMED.exec(client.stderr.join(''))![1]);
    expect(rounds).toBeGreaterThan(1);
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1]);

    const edited = text.replace('RUN mkdir -p /srv/app', '# RUN mkdir -p /srv/app');
    await client.change(uri, 2, edited);
    const afterEdit = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    await client.open('untitled:fresh', edited, 1);
    const fresh = await client.waitForDiagnostics('untitled:fresh', (p) => p.version === 1);
    const freshHints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: 'untitled:fresh' }, range: WHOLE });
    // related information names each document's own URI
    const withoutUri = (diagnostics: unknown, own: string) => JSON.stringify(diagnostics).split(JSON.stringify(own)).join('"<uri>"');
    expect(withoutUri(afterEdit.diagnostics, uri)).toEqual(withoutUri(fresh.diagnostics, 'untitled:fresh'));
    expect(hints).toEqual(freshHints);
    // once per server: the second document does not warm it up again
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(client.stderr.join('').match(new RegExp(WARMED.source, 'g'))).toHaveLength(1);
  } finally {
    expect(await client.stop()).toBe(0);
  }
});
