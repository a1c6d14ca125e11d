import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-jsonrpc';

/**
 * Writes `Content-Length`-framed JSON-RPC messages as vscode-jsonrpc's StreamMessageWriter does, but
 * each message as one write, made when `write` is called. That writer waits a turn of the event loop
 * before each message (its queue) and writes the body only once the header's write has called back:
 * ~0.4 ms at the median, ~1.4 ms at p95 before an editor got the diagnostics of an edit
 * (bench/lsp.js). Writes made in order reach the stream in order, so no queue is needed.
 */
export class DirectMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly writable: NodeJS.WritableStream) {
    super();
    writable.on('error', (error: Error) => this.fireError(error));
    writable.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let framed: Buffer;
    try {
      const json = JSON.stringify(message);
      const length = Buffer.byteLength(json, 'utf8');
      const header = `Content-Length: ${length}\r\n\r\n`;
      framed = Buffer.allocUnsafe(header.length + length);
      framed.write(json, framed.write(header, 0, 'ascii'), 'utf8');
    } catch (error) {
      this.fireError(error, message, ++this.errorCount);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.writable.write(framed, (error) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.errorCount);
        reject(error);
      });
    });
  }

  end(): void {
    this.writable.end();
  }
}
