import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, editsOf, LspClient, type CodeAction, type PublishDiagnostics } from './lsp-client';
import { BLOATED, byRule, rules, URI, WHOLE } from './fixtures';

describe('configuration', () => {
  test('workspace/configuration: a rule switched off, inlay hints off', async () => {
    const client = await LspClient.start({ configuration: { rules: { 'consecutive-run': 'off', 'chmod-after-copy': 'error' }, inlayHints: { enabled: false } } });
    try {
      await client.open(URI, BLOATED);
      const published = await client.waitForDiagnostics(URI);
      expect(rules(published)).not.toContain('consecutive-run');
      expect(byRule(published, 'chmod-after-copy')?.severity).toBe(1);
      expect(await client.request('textDocument/inlayHint', { textDocument: { uri: URI }, range: WHOLE })).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  test('a client that never answers workspace/configuration still gets diagnostics (defaults)', async () => {
    const client = await LspClient.start({ configuration: 'never' });
    try {
      await client.open(URI, BLOATED);
      expect(rules(await client.waitForDiagnostics(URI))).toContain('consecutive-run');
    } finally {
      await client.stop();
    }
  });

  test('pushed settings: initializationOptions, then workspace/didChangeConfiguration', async () => {
    const client = await LspClient.start({ initializationOptions: { dflint: { rules: { 'chmod-after-copy': 'off' } } } });
    try {
      await client.open(URI, BLOATED);
      const first = await client.waitForDiagnostics(URI);
      expect(rules(first)).toContain('consecutive-run');
      expect(rules(first)).not.toContain('chmod-after-copy');
      const before = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { dflint: { rules: { 'consecutive-run': 'off' } } } });
      const second = await client.waitForDiagnostics(URI, (p) => client.published.indexOf(p) >= before);
      expect(rules(second)).not.toContain('consecutive-run');
      expect(rules(second)).toContain('chmod-after-copy');
    } finally {
      await client.stop();
    }
  });

  // the limit leaves a fresh worker's first analysis (a cold start) time on a loaded machine; the slow
  // document takes several times the limit (~4 s alone on a 2-core machine)
  test('an analysis that runs too long is stopped; the server goes on with a fresh worker', async () => {
    const client = await LspClient.start({ configuration: { maxLines: 1_000_000, maxBytes: 10_000_000 }, env: { DFLINT_LSP_ANALYSIS_TIMEOUT_MS: '1500' } });
    try {
      const uri = 'untitled:slow';
      const lines = ['FROM debian:bookworm'];
      while (lines.length < 100_000) lines.push(`RUN echo ${lines.length} > /f${lines.length}`);
      await client.open(uri, lines.join('\n'));
      const published = await client.waitForDiagnostics(uri);
      expect(published.diagnostics.map((d) => d.message)).toEqual(['dflint stopped analysing this document after 1.5 s']);
      await client.open(URI, BLOATED);
      expect(rules(await client.waitForDiagnostics(URI))).toContain('consecutive-run');
    } finally {
      await client.stop();
    }
  });

  test('without resolve support the fix-all edit comes with the action; with it, from codeAction/resolve', async () => {
    const client = await LspClient.start({
      capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } },
    });
    try {
      await client.open(URI, BLOATED);
      await client.waitForDiagnostics(URI);
      const [action] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: WHOLE, context: { diagnostics: [], only: ['source.fixAll.dflint'] } });
      expect(action.edit).toBeUndefined();
      const resolved = await client.request<CodeAction>('codeAction/resolve', action);
      // no documentChanges capability: plain `changes`
      expect(resolved.edit?.changes?.[URI]).toHaveLength(1);
      expect(applyEdits(BLOATED, editsOf(resolved, URI))).not.toBe(BLOATED);
    } finally {
      await client.stop();
    }
  });
});

describe("the project's config files, as the CLI reads them", () => {
  let folder: string;
  let dockerfileUri: string;
  const configFile = () => path.join(folder, '.dflintrc.json');
  const later = (client: LspClient) => {
    const before = client.published.length;
    return (p: PublishDiagnostics) => client.published.indexOf(p) >= before && p.uri === dockerfileUri;
  };

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'dflint-lsp-config-'));
    writeFileSync(path.join(folder, 'Dockerfile'), BLOATED);
    dockerfileUri = pathToFileURL(path.join(folder, 'Dockerfile')).href;
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('.dflintrc.json applies, the editor settings go over it, and a watched change re-lints', async () => {
    writeFileSync(configFile(), JSON.stringify({ rules: { 'consecutive-run': 'error', 'chmod-after-copy': 'off', 'layer-count': ['info', { max: 2 }] } }));
    const client = await LspClient.start({ rootUri: pathToFileURL(folder).href, configuration: { rules: { 'layer-count': 'warning' } } });
    try {
      await client.open(dockerfileUri, BLOATED);
      const first = await client.waitForDiagnostics(dockerfileUri);
      expect(byRule(first, 'consecutive-run')?.severity).toBe(1);
      expect(rules(first)).not.toContain('chmod-after-copy');
      // the editor's severity replaces the file's; the file's options stay
      expect(byRule(first, 'layer-count')).toMatchObject({ severity: 2, message: expect.stringContaining('6 layers') });

      const changed = later(client);
      writeFileSync(configFile(), JSON.stringify({ rules: { 'consecutive-run': 'off' } }));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile()).href, type: 2 }] });
      const second = await client.waitForDiagnostics(dockerfileUri, changed);
      expect(rules(second)).not.toContain('consecutive-run');
      expect(rules(second)).toContain('chmod-after-copy');
    } finally {
      await client.stop();
    }
  });

  test('a config file the CLI rejects: one error at the top naming file, line and key; findings still shown', async () => {
    writeFileSync(configFile(), '{\n  "rules": {\n    "consecutive-run": "loud"\n  }\n}\n');
    const client = await LspClient.start({ rootUri: pathToFileURL(folder).href });
    try {
      await client.open(dockerfileUri, BLOATED);
      const published = await client.waitForDiagnostics(dockerfileUri);
      const [problem] = published.diagnostics;
      expect(problem).toMatchObject({ code: 'config-error', severity: 1, range: { start: { line: 0, character: 0 } } });
      expect(problem.message).toMatch(/^dflint config error, the config file is not applied: \.dflintrc\.json:3: rules\.consecutive-run: /);
      expect(problem.relatedInformation?.[0].location).toMatchObject({ uri: pathToFileURL(configFile()).href, range: { start: { line: 2 } } });
      expect(rules(published)).toContain('consecutive-run');
    } finally {
      await client.stop();
    }
  });

  test('ignorePatterns: an ignored Dockerfile shows nothing; .hadolint.yaml ignores are honoured', async () => {
    writeFileSync(configFile(), JSON.stringify({ ignorePatterns: ['Dockerfile'] }));
    const client = await LspClient.start({ rootUri: pathToFileURL(folder).href });
    try {
      await client.open(dockerfileUri, BLOATED);
      expect((await client.waitForDiagnostics(dockerfileUri)).diagnostics).toEqual([]);

      rmSync(configFile());
      writeFileSync(path.join(folder, '.hadolint.yaml'), 'ignored:\n  - DL3059\n');
      const changed = later(client);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: dockerfileUri } });
      const saved = await client.waitForDiagnostics(dockerfileUri, changed);
      expect(saved.diagnostics.length).toBeGreaterThan(0);
      expect(rules(saved)).not.toContain('consecutive-run');
    } finally {
      await client.stop();
    }
  });
});
