import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { SERVER_BIN, REPO_ROOT, serverEnv } from './lsp-client';

export interface RawMessage {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** The built server over stdio with the bytes on its stdin under the test's control: for framing abuse. */
export class RawServer {
  readonly received: RawMessage[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<number | null>;
  private nextId = 1;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    private readonly input: Writable = process.stdin,
    output: Readable = process.stdout,
  ) {
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    new StreamMessageReader(output).listen((message) => this.received.push(message as RawMessage));
  }

  static async start(env: NodeJS.ProcessEnv = {}, initializationOptions?: unknown): Promise<RawServer> {
    return new RawServer(spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: REPO_ROOT, env: serverEnv(env) })).initialize(initializationOptions);
  }

  /** the server started with --socket=<port>: it connects to the test, which listens like an editor */
  static async startOverSocket(): Promise<RawServer> {
    const listener = createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const connected = new Promise<import('node:net').Socket>((resolve) => listener.once('connection', resolve));
    const child = spawn(process.execPath, [SERVER_BIN, `--socket=${(listener.address() as AddressInfo).port}`], { cwd: REPO_ROOT, env: serverEnv() });
    const socket = await connected;
    listener.close();
    return new RawServer(child, socket, socket).initialize();
  }

  private async initialize(initializationOptions?: unknown): Promise<RawServer> {
    await this.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions });
    this.notify('initialized', {});
    return this;
  }

  /** `Content-Length` + body; `length` overrides the true byte count */
  static frame(message: object, length?: number): Buffer {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    return Buffer.concat([Buffer.from(`Content-Length: ${length ?? body.length}\r\n\r\n`), body]);
  }

  write(bytes: string | Buffer): void {
    this.input.write(bytes);
  }

  notify(method: string, params: unknown): void {
    this.write(RawServer.frame({ method, params }));
  }

  /** sends a well-framed request and waits for its answer (a response or an error) */
  request(method: string, params?: unknown, id: number | string = this.nextId++): Promise<RawMessage> {
    this.write(RawServer.frame({ id, method, params }));
    return this.answer(id);
  }

  answer(id: number | string, timeoutMs = 20_000): Promise<RawMessage> {
    return this.waitFor((message) => message.id === id && message.method === undefined, `an answer to request ${id}`, timeoutMs);
  }

  waitFor(accept: (message: RawMessage) => boolean, what: string, timeoutMs = 20_000): Promise<RawMessage> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const poll = setInterval(() => {
        const found = this.received.find(accept);
        if (!found && Date.now() - started < timeoutMs) return;
        clearInterval(poll);
        if (found) resolve(found);
        else reject(new Error(`no ${what} in ${timeoutMs} ms; stderr:\n${this.stderr.join('')}`));
      }, 10);
    });
  }

  /** shutdown, exit: the exit code */
  async stop(): Promise<number | null> {
    await this.request('shutdown');
    this.notify('exit', undefined);
    const timer = setTimeout(() => this.process.kill(), 5000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
