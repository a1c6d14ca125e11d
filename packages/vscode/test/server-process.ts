import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface PublishDiagnostics {
  uri: string;
  diagnostics: Array<{ code?: string; source?: string; range: { start: { line: number } } }>;
}

export interface LspSession {
  diagnostics: PublishDiagnostics['diagnostics'];
  exitCode: number | null;
  stderr: string;
}

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

/** Starts the server module, opens `text` as an untitled Dockerfile, waits for its diagnostics, then shuts the server down. */
export async function lintOverLsp(serverModule: string, transport: '--stdio' | '--node-ipc', text: string): Promise<LspSession> {
  const { child, connection } = startServer(serverModule, transport);
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
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dockerfile', version: 1, text } });
    const { diagnostics } = await published;
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return { diagnostics, exitCode: await exited, stderr: stderr.join('') };
  } finally {
    connection.dispose();
    child.kill();
  }
}
