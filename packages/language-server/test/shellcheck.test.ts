import { mkdirSync, symlinkSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspClient } from './lsp-client';
import { withShellcheck } from '../../../test/shellcheck-tests';

// issue 17 item 5 in the editor: the first diagnostics never wait for ShellCheck; its findings
// follow once the worker has checked the RUN scripts in the background
const SCRIPT = 'FROM alpine:3.20\nRUN echo $name\n';

const describeWithShellcheck = withShellcheck() ? describe : describe.skip;

describeWithShellcheck('ShellCheck in the editor', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({ env: { DFLINT_SHELLCHECK: 'on' } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  test('SC2086 at its word, published once the background check is done', async () => {
    const uri = 'untitled:shellcheck-sc2086';
    await client.open(uri, SCRIPT, 1);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.some((d) => d.code === 'shellcheck'));
    const found = published.diagnostics.filter((d) => d.code === 'shellcheck').map(({ range, message }) => ({ range, message }));
    expect(found).toContainEqual({ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } }, message: '`$name`: Double quote to prevent globbing and word splitting (SC2086)' });
  });
});

describe('the editor without ShellCheck', () => {
  test('diagnostics as usual, and no shellcheck ones', async () => {
    const bin = path.join(mkdtempSync(path.join(tmpdir(), 'no-shellcheck-')), 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const client = await LspClient.start({ env: { DFLINT_SHELLCHECK: undefined, PATH: bin } });
    try {
      const uri = 'untitled:no-shellcheck';
      await client.open(uri, 'FROM alpine:3.20\nMAINTAINER me\nRUN echo $name\n', 1);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      expect(published.diagnostics.map((d) => d.code)).toEqual(['maintainer-deprecated']);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
