import { PassThrough, Writable } from 'node:stream';
import type { Message } from 'vscode-jsonrpc';
import { DirectMessageWriter } from './message-writer';

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
