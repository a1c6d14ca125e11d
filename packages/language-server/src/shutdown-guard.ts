import { ErrorCodes, Message, type DataCallback, type Disposable, type MessageReader, type MessageWriter } from 'vscode-jsonrpc';

/**
 * Sits between the transport and the connection: once `shutdown` has been received, every other
 * request (whatever its method, handled or not) is answered InvalidRequest, as the LSP requires,
 * and every notification but `exit` is dropped. vscode-languageserver would still serve them.
 */
export class ShutdownGuard implements MessageReader {
  private shutdown = false;

  constructor(
    private readonly reader: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get shutdownReceived(): boolean {
    return this.shutdown;
  }

  get onError() {
    return this.reader.onError;
  }

  get onClose() {
    return this.reader.onClose;
  }

  get onPartialMessage() {
    return this.reader.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.reader.listen((message) => {
      if (this.shutdown && Message.isRequest(message)) {
        void this.writer.write({ jsonrpc: '2.0', id: message.id, error: { code: ErrorCodes.InvalidRequest, message: `${message.method}: the server is shutting down` } } as Message);
        return;
      }
      if (this.shutdown && Message.isNotification(message) && message.method !== 'exit') return;
      if (Message.isRequest(message) && message.method === 'shutdown') this.shutdown = true;
      callback(message);
    });
  }

  dispose(): void {
    this.reader.dispose();
  }
}
