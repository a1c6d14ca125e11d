import { PassThrough, Writable } from 'node:stream';
import type { Message } from 'vscode-jsonrpc';
import { DirectMessageWriter, framedMessage } from './message-writer';

const notification = (text: string): Message => ({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: text } }) as Message;

describe('DirectMessageWriter', () => {
  test('frames each message in one write, in the order written, with its length in bytes (not characters)', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new DirectMessageWriter(stream);
    const messages = [notification('first'), notification('zweite: Größe 5 µs, ünïcödé ✓'), notification('third')];
    // not awaited one by one: what is written at once still arrives in order
    await Promise.all(messages.map((message) => writer.write(message)));
    expect(chunks).toHaveLength(3);
    chunks.forEach((chunk, i) => {
      const text = chunk.toString('utf8');
      const [header, body] = text.split('\r\n\r\n');
      expect(header).toBe(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
      expect(JSON.parse(body)).toEqual(messages[i]);
    });
    expect(Buffer.byteLength(chunks[1].toString('utf8').split('\r\n\r\n')[1])).toBeGreaterThan(chunks[1].toString('utf8').split('\r\n\r\n')[1].length);
  });

  test('a failed write rejects and fires onError with the message', async () => {
    const failing = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error('EPIPE: the editor went away')) });
    failing.on('error', () => undefined);
    const writer = new DirectMessageWriter(failing);
    const errors: unknown[] = [];
    writer.onError(([error, message]) => errors.push([error.message, message]));
    const message = notification('lost');
    await expect(writer.write(message)).rejects.toThrow('EPIPE');
    expect(errors).toContainEqual(['EPIPE: the editor went away', message]);
  });

  test('a message that cannot be serialised rejects without writing anything', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new DirectMessageWriter(stream);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(writer.write({ jsonrpc: '2.0', method: 'x', params: circular } as Message)).rejects.toThrow(/circular/i);
    expect(chunks).toEqual([]);
  });
});

describe('framedMessage', () => {
  const body = (message: Message) => framedMessage(message).toString('utf8').split('\r\n\r\n').slice(1).join('\r\n\r\n');
  const diagnostic = (line: number, message: string) => ({ range: { start: { line, character: 0 }, end: { line, character: 4 } }, severity: 2, source: 'dflint', code: 'some-rule', message });
  const publish = (diagnostics: object[], uri = 'file:///p/Dockerfile'): Message => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 3, diagnostics } }) as Message;

  test('a publishDiagnostics is the JSON JSON.stringify writes, byte for byte, with its length', () => {
    for (const message of [
      publish([diagnostic(1, 'plain'), diagnostic(2, 'ünïcödé ✓ "quoted" \\ and \n a newline')]),
      publish([]),
      publish([diagnostic(1, 'one')], 'file:///p/\u0001diagnostics\u0001/Dockerfile'),
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: [diagnostic(0, 'first key')], uri: 'file:///p/Dockerfile' } } as Message,
      notification('not diagnostics'),
    ]) {
      const framed = framedMessage(message).toString('utf8');
      expect(body(message)).toBe(JSON.stringify(message));
      expect(framed.startsWith(`Content-Length: ${Buffer.byteLength(JSON.stringify(message))}\r\n\r\n`)).toBe(true);
    }
  });

  test('a diagnostic published again is written as it was serialised then: one not changed after it was sent is not serialised again', () => {
    const kept = diagnostic(5, 'kept');
    framedMessage(publish([kept]));
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      const fresh = diagnostic(6, 'new');
      expect(body(publish([kept, fresh]))).toBe(JSON.stringify(publish([kept, fresh])));
      // serialised: the message around the diagnostics, and the new one (the check above's own calls aside)
      const calls = stringify.mock.calls.filter(([value]) => value === kept);
      expect(calls).toHaveLength(0);
      expect(stringify.mock.calls.some(([value]) => value === fresh)).toBe(true);
    } finally {
      stringify.mockRestore();
    }
  });
});
