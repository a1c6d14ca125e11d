import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildExtension } from '../scripts/build';
import { lintOverLsp } from './server-process';

// two RUNs whose merge saves bytes (the default profile reports no merge that saves only a layer)
const DOCKERFILE = 'FROM busybox\nRUN echo hi > /data\nRUN rm /data\n';

describe('the server bundled into the extension', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'dflint-vscode-server-'));
    await buildExtension(outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('holds the server, its analysis worker and the wasm files they load side by side', () => {
    expect(readdirSync(outDir).sort()).toEqual(['analysis-worker.js', 'dflint.schema.json', 'extension.js', 'lz4_wasm_nodejs_bg.wasm', 'server.js', 'tree-sitter-bash.wasm', 'web-tree-sitter.wasm']);
  });

  test.each(['--stdio', '--node-ipc'] as const)('lints a Dockerfile over %s from a folder with no node_modules', async (transport) => {
    const { diagnostics, exitCode, stderr } = await lintOverLsp(path.join(outDir, 'server.js'), transport, DOCKERFILE);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'consecutive-run', source: 'dflint', range: expect.objectContaining({ start: expect.objectContaining({ line: 1 }) }) }));
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
  });
});
