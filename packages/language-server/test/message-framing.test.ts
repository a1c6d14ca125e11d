import { PassThrough } from 'node:stream';
import { RecoveringMessageReader } from '../src/message-framing';

const frame = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;
const request = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { text: 'é → ✓' } });

/** what the reader delivers and drops for `bytes`, written in pieces of `chunkSize` */
function read(bytes: string, chunkSize: number, maxMessageBytes = 1000) {
  const stream = new PassThrough();
  const messages: unknown[] = [];
  const dropped: Array<[string, number | string | undefined]> = [];
  new RecoveringMessageReader(stream, { maxMessageBytes, onDropped: (problem, id) => dropped.push([problem, id]) }).listen((message) => messages.push((message as { id?: unknown }).id));
  const buffer = Buffer.from(bytes);
  for (let at = 0; at < buffer.length; at += chunkSize) stream.write(buffer.subarray(at, at + chunkSize));
  return { messages, dropped };
}

// every abuse of the protocol-abuse test in one stream, each followed by a good message
const ABUSED = [
  frame(request(1)),
  frame(request(90), 10), // short: the rest of its body is junk before the next header
  frame(request(2)),
  `Content-Length: ${Buffer.byteLength(request(91)) + 300}\r\n\r\n${request(91)}`, // long: runs into the next message
  frame(request(3)),
  `Content-Length: -4\r\n\r\n${request(92)}`,
  frame(request(4)),
  `Content-Length: 99999999999\r\n\r\n${request(93)}`, // over the limit: skipped until the next header
  frame(request(5)),
  'x'.repeat(5000),
  frame(request(6)),
].join('');

describe('RecoveringMessageReader', () => {
  test.each([1, 7, 64, 65_536])('drops each badly framed message and reads every good one, in chunks of %i bytes', (chunkSize) => {
    const { messages, dropped } = read(ABUSED, chunkSize);
    expect(messages).toEqual([1, 2, 3, 4, 5, 6]);
    // the short request's id is found in its dropped bytes, so it can be answered
    expect(dropped.map(([, id]) => id).filter((id) => id !== undefined)).toContain(90);
    expect(dropped.length).toBeGreaterThanOrEqual(5);
  });

  test('a message over the limit is not buffered: the reader holds no more than a header', () => {
    const stream = new PassThrough();
    const reader = new RecoveringMessageReader(stream, { maxMessageBytes: 100, onDropped: () => undefined });
    const messages: unknown[] = [];
    reader.listen((message) => messages.push((message as { id?: unknown }).id));
    stream.write(`Content-Length: 10000000\r\n\r\n`);
    for (let i = 0; i < 1000; i++) stream.write('"a":"0123456789",'.repeat(100));
    // 1.7 MB written: the reader keeps what a header needs, not the body
    expect(JSON.stringify(reader).length).toBeLessThan(10_000);
    stream.write(frame(request(7)));
    // a header inside the skipped length ends the skipping: it cannot be JSON, so the length was wrong
    expect(messages).toEqual([7]);
  });
});
