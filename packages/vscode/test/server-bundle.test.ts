import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { buildExtension } from '../scripts/build';

interface PublishDiagnostics {
  uri: string;
  diagnostics: Array<{ code?: string; source?: string; range: { start: { line: number } } }>;
}

// two RUNs whose merge saves bytes (the default profile reports no merge that saves only a layer)
const DOCKERFILE = 'FROM busybox\nRUN echo hi > /data\nRUN rm /data\n';
const URI = 'untitled:Dockerfile';

/** `--stdio` as other editors run the server, `--node-ipc` as the extension does (TransportKind.ipc). */
function startServer(serverModule: string, transport: '--stdio' | '--node-ipc'): { child: ChildProcess; connection: MessageConnection } {
  // cwd and the bundle both outside the checkout: nothing can be resolved from its node_modules
  const options = { cwd: path.dirname(serverModule), silent: true };
  if (transport === '--node-ipc') {
    const child = fork(serverModule, [transport], options);
    return { child, connection: createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
  }
  const child = fork(serverModule, [transport], { ...options, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  return { child, connection: createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
}

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
    const { child, connection } = startServer(path.join(outDir, 'server.js'), transport);
    const stderr: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const published = new Promise<PublishDiagnostics>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnostics) => {
        if (params.uri === URI) resolve(params);
      }),
    );
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dockerfile', version: 1, text: DOCKERFILE } });
      const { diagnostics } = await published;
      expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'consecutive-run', source: 'dflint', range: expect.objectContaining({ start: expect.objectContaining({ line: 1 }) }) }));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
    expect(stderr.join('')).toBe('');
  });
});
