import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
export { announceSkip, SHARED } from '../../core/src/test-shared';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_BIN = path.join(REPO_ROOT, 'packages/language-server/bin/dflint-language-server.js');

/**
 * The spawned server's environment: offline unless a test says otherwise (no test reaches for
 * registry-1.docker.io); a key set to undefined in `env` is removed (`{ DFLINT_OFFLINE: undefined }`).
 */
export function serverEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { DFLINT_OFFLINE: '1', ...process.env, ...env };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  return merged;
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
}
export interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ textDocument: { uri: string; version: number }; edits: TextEdit[] }> };
  data?: unknown;
}

export interface ClientOptions {
  /** what workspace/configuration answers for the `dflint` section; 'never' leaves it unanswered */
  configuration?: unknown | 'never';
  capabilities?: Record<string, unknown>;
  initializationOptions?: unknown;
  rootUri?: string | null;
  /** over serverEnv's defaults */
  env?: NodeJS.ProcessEnv;
}

/** A real JSON-RPC client talking to the built server over stdio, as an editor would. */
export class LspClient {
  readonly published: PublishDiagnostics[] = [];
  readonly stderr: string[] = [];
  /** workspace/inlayHint/refresh requests the server sent */
  inlayHintRefreshes = 0;
  /** the values of $/progress notifications (work-done progress the server created), in order */
  readonly progress: Array<{ kind: string; title?: string; message?: string; percentage?: number }> = [];
  private readonly listeners = new Set<() => void>();
  private exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnostics) => {
      this.published.push(params);
      this.listeners.forEach((listener) => listener());
    });
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    if (!existsSync(path.join(REPO_ROOT, 'packages/language-server/dist/main.js'))) {
      throw new Error('the language server is not built: run `npx tsc -b` (npm test does it first)');
    }
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: REPO_ROOT, env: serverEnv(options.env) });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      options.configuration === 'never' ? new Promise(() => undefined) : params.items.map(() => options.configuration ?? null),
    );
    // like some editors: never answer registerCapability
    connection.onRequest('client/registerCapability', () => new Promise(() => undefined));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (params: { value: LspClient['progress'][number] }) => {
      client.progress.push(params.value);
      client.listeners.forEach((listener) => listener());
    });
    connection.onRequest('workspace/inlayHint/refresh', () => {
      client.inlayHintRefreshes++;
      client.listeners.forEach((listener) => listener());
      return null;
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: options.capabilities ?? {
        workspace: { configuration: options.configuration !== undefined, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
      },
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version, text } });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Resolves when `check` holds, checked now and after each publication or refresh request. */
  until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`${what}: not within ${timeoutMs} ms\n${this.stderr.join('')}`));
      }, timeoutMs);
      this.listeners.add(listener);
      listener();
    });
  }

  /** The first publication for `uri` (received so far or later) that satisfies `accept`. */
  waitForDiagnostics(uri: string, accept: (params: PublishDiagnostics) => boolean = () => true, timeoutMs = 20_000): Promise<PublishDiagnostics> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.published.find((params) => params.uri === uri && accept(params));
        if (!found) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching diagnostics for ${uri} in ${timeoutMs} ms; got ${JSON.stringify(this.published.map((p) => [p.version, p.diagnostics.length]))}\n${this.stderr.join('')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = () => void check();
      this.listeners.add(listener);
      check();
    });
  }

  isAlive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async stop(): Promise<number | null> {
    if (this.isAlive()) {
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
    }
    const timer = setTimeout(() => this.process.kill(), 5000);
    const code = await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/** Applies LSP edits (all against the same original text) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

/** The edits a code action makes to `uri`, whichever shape of WorkspaceEdit it uses. */
export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return [...(action.edit?.changes?.[uri] ?? []), ...(action.edit?.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits)];
}
