import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { applyEdits, editsOf, LspClient, type CodeAction } from './lsp-client';
import { actionsAt, BLOATED, byRule, rules, URI, WHOLE, type InlayHint } from './fixtures';

describe('dflint-language-server over stdio', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  test('diagnostics, the merge quick fix, and diagnostics without the merged finding', async () => {
    await client.open(URI, BLOATED, 1);
    const first = await client.waitForDiagnostics(URI, (p) => p.version === 1);
    const merge = byRule(first, 'consecutive-run')!;
    expect(merge).toMatchObject({
      severity: 2,
      source: 'dflint',
      codeDescription: { href: expect.stringMatching(/rules\/consecutive-run\/README\.md$/) },
      range: { start: { line: 1, character: 0 }, end: { line: 6 } },
    });
    expect(merge.message).toContain('4.0 MiB');
    expect(merge.relatedInformation?.map((r) => r.location.range.start.line)).toEqual([2, 3, 4, 5, 6]);
    expect(merge.relatedInformation?.[0].location.uri).toBe(URI);
    expect(rules(first)).toContain('chmod-after-copy');

    const actions = await actionsAt(client, URI, merge);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true, title: expect.stringMatching(/^Merge the RUNs/) });
    expect(actions.map((a) => a.title)).toContain('Disable consecutive-run for this instruction');
    const merged = applyEdits(BLOATED, editsOf(actions[0], URI));
    expect(merged).toContain('RUN mkdir /data && \\\n    dd if=/dev/zero');

    await client.change(URI, 2, merged);
    const second = await client.waitForDiagnostics(URI, (p) => p.version === 2);
    expect(rules(second)).not.toContain('consecutive-run');
  });

  test('inlay hints after each layer-creating instruction, with bytes and waste', async () => {
    const uri = 'untitled:hints';
    await client.open(uri, BLOATED);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    expect(hints.map((h) => h.position)).toEqual(
      [1, 2, 3, 4, 5, 6].map((line) => ({ line, character: BLOATED.split('\n')[line].length })),
    );
    const labels = hints.map((h) => h.label);
    expect(labels[1]).toBe('+1.0 MiB · 1.0 MiB wasted'); // /data/one: deleted later
    expect(labels[4]).toBe('+2.0 MiB · 1.0 MiB wasted'); // chmod copies both files up; one is deleted
    const partial = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 99 } },
    });
    expect(partial.map((h) => h.position.line)).toEqual([2]);
  });

  test('a file: document reads COPY sizes from its folder; an untitled one cannot', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dflint-lsp-context-'));
    try {
      writeFileSync(path.join(dir, 'app.bin'), Buffer.alloc(100 * 1024));
      const text = 'FROM busybox:1.36\nCOPY app.bin /app.bin\n';
      const file = pathToFileURL(path.join(dir, 'Dockerfile')).href;
      await client.open(file, text);
      await client.open('untitled:copy', text);
      const hints = (uri: string) => client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
      expect((await hints(file)).map((h) => h.label)).toEqual(['+100.0 KiB']);
      expect((await hints('untitled:copy')).map((h) => h.label)).toEqual(['+?']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the build context is read once across edits, and again after a save', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dflint-lsp-context-'));
    try {
      writeFileSync(path.join(dir, 'app.bin'), Buffer.alloc(100 * 1024));
      const file = pathToFileURL(path.join(dir, 'Dockerfile')).href;
      const hints = async () => (await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: file }, range: WHOLE })).map((h) => h.label);
      await client.open(file, 'FROM busybox:1.36\nCOPY app.bin /app.bin\n');
      expect(await hints()).toEqual(['+100.0 KiB']);

      writeFileSync(path.join(dir, 'app.bin'), Buffer.alloc(200 * 1024));
      // an edit re-analyses with what was read before: the disk is not walked per keystroke
      await client.change(file, 2, 'FROM busybox:1.36\nCOPY app.bin /app.bin\nRUN true\n');
      expect(await hints()).toEqual(['+100.0 KiB', '+0 B']);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: file } });
      expect(await hints()).toEqual(['+200.0 KiB', '+0 B']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('hover on a finding: the rule, the bytes and the docs', async () => {
    const uri = 'untitled:hover';
    // CMD in JSON form: line 8 is then a line with no finding
    await client.open(uri, BLOATED.replace('CMD ls -alh /data', 'CMD ["ls", "-alh", "/data"]'));
    const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 2 },
    });
    expect(hover?.contents.kind).toBe('markdown');
    expect(hover?.contents.value).toContain('**dflint: consecutive-run**');
    expect(hover?.contents.value).toContain('Wasted: 4.0 MiB');
    expect(hover?.contents.value).toMatch(/\(https:\/\/\S+consecutive-run\/README\.md\)/);
    const from = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(from?.contents.value).toBe('**FROM busybox** — base image not resolved (offline)');
    const nothing = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 1 } });
    expect(nothing).toBeNull();
  });

  test('"Disable <rule> for this instruction" inserts an ignore comment with the same indentation', async () => {
    const uri = 'untitled:disable';
    const text = BLOATED.replace('RUN mkdir', '  RUN mkdir');
    await client.open(uri, text);
    const merge = byRule(await client.waitForDiagnostics(uri), 'consecutive-run')!;
    const disable = (await actionsAt(client, uri, merge)).find((a) => a.title === 'Disable consecutive-run for this instruction')!;
    const disabled = applyEdits(text, editsOf(disable, uri));
    expect(disabled.split('\n').slice(1, 3)).toEqual(['  # dflint-ignore consecutive-run', '  RUN mkdir /data']);
    await client.change(uri, 2, disabled);
    expect(rules(await client.waitForDiagnostics(uri, (p) => p.version === 2))).not.toContain('consecutive-run');
  });

  test('source.fixAll.dflint applies every safe fix in one edit', async () => {
    const uri = 'untitled:fix-all';
    await client.open(uri, BLOATED);
    const merge = byRule(await client.waitForDiagnostics(uri), 'consecutive-run')!;
    const actions = await actionsAt(client, uri, merge, ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.dflint']);
    const edits = editsOf(actions[0], uri);
    expect(edits).toHaveLength(1);
    const fixed = applyEdits(BLOATED, edits);
    await client.change(uri, 2, fixed);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    expect(rules(after)).not.toContain('consecutive-run');
    const left = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: WHOLE, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(left).toEqual([]);
  });

  test('never publishes diagnostics for an older version', async () => {
    const uri = 'untitled:race';
    // version 1 takes a while to lint, so every later version arrives while it is analysed
    const slow = ['FROM busybox:1.36', ...Array.from({ length: 1500 }, (_, i) => `RUN echo ${i} > /f${i}`)].join('\n');
    await client.open(uri, slow, 1);
    const last = 40;
    for (let version = 2; version <= last; version++) {
      // the last version has one RUN only, so its diagnostics differ from every earlier one
      await client.change(uri, version, version === last ? 'FROM busybox:1.36\nRUN true\n' : BLOATED + `# edit ${version}\n`);
    }
    const final = await client.waitForDiagnostics(uri, (p) => p.version === last);
    expect(final.diagnostics).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    expect(versions).toEqual([last]);
  });

  test('hundreds of rapid edits: one analysis of the last text, server still answering', async () => {
    const uri = 'untitled:rapid';
    await client.open(uri, 'FROM busybox:1.36\n', 1);
    for (let version = 2; version <= 400; version++) await client.change(uri, version, `FROM busybox:1.36\n${'RUN true\n'.repeat(version % 5)}`);
    const final = await client.waitForDiagnostics(uri, (p) => p.version === 400);
    expect(final.diagnostics).toEqual([]);
    // debounced: far fewer analyses than edits
    expect(client.published.filter((p) => p.uri === uri).length).toBeLessThan(40);
  });

  test('a malformed request gets an error response and the server keeps going', async () => {
    await expect(client.request('textDocument/hover', {})).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/codeAction', { textDocument: { uri: URI } })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/inlayHint', null)).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('dflint/no-such-method', {})).rejects.toMatchObject({ code: -32601 });
    // garbage on the wire
    client.process.stdin.write('Content-Length: 9\r\n\r\n{"oops":1');
    client.process.stdin.write('Content-Length: 2\r\n\r\n{}');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'untitled:not-open' }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
    expect(client.isAlive()).toBe(true);
  });

  test('a cancelled request is answered (result or RequestCancelled), never dropped', async () => {
    const uri = 'untitled:cancel';
    await client.open(uri, BLOATED);
    const source = new CancellationTokenSource();
    const answer = client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE }, source.token);
    source.cancel();
    await answer.then(
      (result) => expect(Array.isArray(result)).toBe(true),
      (error: { code: number }) => expect(error.code).toBe(-32800),
    );
    expect(client.isAlive()).toBe(true);
  });

  test('a 15,000-line document is analysed under the default limit', async () => {
    const uri = 'untitled:long';
    const text = BLOATED.repeat(15_000 / (BLOATED.split('\n').length - 1));
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, () => true, 60_000);
    const merges = published.diagnostics.filter((d) => d.code === 'consecutive-run');
    expect(merges.length).toBe(text.split('FROM ').length - 1);
    expect(merges.at(-1)?.range.start.line).toBeGreaterThan(14_900);
  }, 90_000);

  test('a 50,000-line document is answered without stalling the server', async () => {
    const uri = 'untitled:huge';
    const lines = ['FROM debian:bookworm'];
    while (lines.length < 50_000) lines.push(`RUN echo ${lines.length} > /f${lines.length}`);
    const started = Date.now();
    await client.open(uri, lines.join('\n') + '\n');
    const published = await client.waitForDiagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0].message).toMatch(/50000 lines is over the limit/);
    const hints = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    expect(hints).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
    // other documents are still served
    const small = 'untitled:after-huge';
    await client.open(small, BLOATED);
    expect(rules(await client.waitForDiagnostics(small))).toContain('consecutive-run');
  });
});
