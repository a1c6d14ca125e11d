import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-jsonrpc';

export interface FramingOptions {
  /** a message longer than this is skipped as it arrives, never buffered */
  maxMessageBytes: number;
  /** a message could not be read; `id` is the request id found in the dropped bytes, if any, so it can be answered */
  onDropped(problem: string, id?: number | string): void;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /content-length:/i;
/** a header inside a body: raw CR LF cannot occur in a JSON string and `Content-Length` is not JSON outside one */
const EMBEDDED_HEADER = /content-length:[ \t]*\d+\r\n/i;
const MAX_HEADER_BYTES = 4096;
/** bytes kept from one chunk to the next so a header split across chunks is still seen */
const OVERLAP = 64;
/** only this much of dropped bytes is searched for a request id */
const ID_SEARCH_BYTES = 4096;

/**
 * Reads `Content-Length`-framed JSON-RPC messages like vscode-jsonrpc's StreamMessageReader, but a
 * bad frame (a length that is missing, negative, not a number, too short or too long for its body,
 * or a body that is not JSON) drops that message and goes on at the next `Content-Length:` header,
 * instead of leaving the reader stuck. A length over `maxMessageBytes` is skipped without buffering.
 */
export class RecoveringMessageReader extends AbstractMessageReader implements MessageReader {
  /** bytes not yet framed: a header being read, or the start of the next one */
  private pending: Buffer = Buffer.alloc(0);
  /** the body being read: its declared length and the chunks so far */
  private body: { length: number; chunks: Buffer[]; received: number; tail: string } | undefined;
  /** an over-size body being discarded: bytes left, and the end of the last chunk (an embedded header) */
  private skip: { left: number; tail: string } | undefined;
  /** what was dropped since the last good message, searched for the request id */
  private dropped = '';
  private callback: DataCallback | undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly options: FramingOptions,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.onData(chunk);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.callback = undefined;
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('end', onClose);
      this.readable.off('close', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    let data: Buffer | undefined = chunk;
    while (data && data.length > 0) {
      if (this.skip) data = this.skipBody(data);
      else if (this.body) data = this.readBody(data);
      else data = this.readHeader(data);
    }
  }

  /** the rest of `data` after a complete header, or undefined while more is needed */
  private readHeader(data: Buffer): Buffer | undefined {
    this.pending = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    const end = this.pending.indexOf(HEADER_END);
    if (end < 0) {
      if (this.pending.length > MAX_HEADER_BYTES) this.resync('a message header longer than 4096 bytes or no header', this.pending.length - OVERLAP);
      return this.takePending();
    }
    const header = this.pending.subarray(0, end).toString('latin1');
    const rest = this.pending.subarray(end + HEADER_END.length);
    const length = contentLength(header);
    if (typeof length === 'string') {
      this.resync(length, end + HEADER_END.length);
      return this.takePending();
    }
    this.pending = Buffer.alloc(0);
    if (length > this.options.maxMessageBytes) {
      this.drop(`a message of ${length} bytes, over the limit of ${this.options.maxMessageBytes}`, '');
      this.skip = { left: length, tail: '' };
    } else {
      this.body = { length, chunks: [], received: 0, tail: '' };
    }
    return rest;
  }

  private readBody(data: Buffer): Buffer | undefined {
    const body = this.body!;
    const wanted = body.length - body.received;
    const part = data.subarray(0, wanted);
    const embedded = findEmbeddedHeader(body.tail, part);
    if (embedded !== undefined) {
      // the declared length runs into the next message: drop this one, read that one
      this.body = undefined;
      this.drop('a Content-Length longer than its message', (body.chunks[0] ?? part).toString('utf8', 0, ID_SEARCH_BYTES));
      return embedded >= 0 ? data.subarray(embedded) : Buffer.concat([Buffer.from(body.tail.slice(embedded), 'latin1'), data]);
    }
    body.chunks.push(part);
    body.received += part.length;
    body.tail = tailOf(body.tail, part);
    if (body.received < body.length) return undefined;
    this.body = undefined;
    this.deliver(Buffer.concat(body.chunks).toString('utf8'));
    return data.subarray(wanted);
  }

  private skipBody(data: Buffer): Buffer | undefined {
    const skip = this.skip!;
    const part = data.subarray(0, skip.left);
    const embedded = findEmbeddedHeader(skip.tail, part);
    if (embedded !== undefined) {
      this.skip = undefined;
      return embedded >= 0 ? data.subarray(embedded) : Buffer.concat([Buffer.from(skip.tail.slice(embedded), 'latin1'), data]);
    }
    skip.left -= part.length;
    skip.tail = tailOf(skip.tail, part);
    if (skip.left === 0) this.skip = undefined;
    return data.subarray(part.length);
  }

  private deliver(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.drop('a message body that is not JSON (is its Content-Length right?)', text.slice(0, ID_SEARCH_BYTES));
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.drop('a message body that is not a JSON-RPC object', text);
      return;
    }
    this.dropped = '';
    this.callback?.(message as Message);
  }

  /** junk at the start of `pending`: drop up to the next `Content-Length:`, or else `fallbackCut` bytes */
  private resync(problem: string, fallbackCut: number): void {
    const next = this.pending.subarray(1).toString('latin1').search(CONTENT_LENGTH);
    const cut = next >= 0 ? next + 1 : fallbackCut;
    this.drop(problem, this.pending.subarray(0, cut).toString('utf8'));
    this.pending = this.pending.subarray(cut);
  }

  /** what is left of `pending` once it cannot be framed yet: nothing (kept in `pending`) or its rest */
  private takePending(): Buffer | undefined {
    if (this.pending.indexOf(HEADER_END) < 0 || this.pending.length === 0) return undefined;
    const again = this.pending;
    this.pending = Buffer.alloc(0);
    return again;
  }

  private drop(problem: string, bytes: string): void {
    this.dropped = (this.dropped + bytes.slice(0, ID_SEARCH_BYTES)).slice(0, ID_SEARCH_BYTES);
    const id = requestId(this.dropped);
    if (id !== undefined) this.dropped = '';
    this.options.onDropped(problem, id);
  }
}

/** the declared body length, or why the header block is not one */
function contentLength(header: string): number | string {
  let length: number | string = 'a message header without Content-Length';
  for (const line of header.split('\r\n')) {
    const field = /^([!#-'*+.0-9A-Z^-z|~-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!field) return 'bytes that are not a message header';
    if (field[1].toLowerCase() !== 'content-length') continue;
    if (!/^\d{1,15}$/.test(field[2])) return `a Content-Length that is not a byte count: ${JSON.stringify(field[2].slice(0, 40))}`;
    length = Number(field[2]);
  }
  return length;
}

/** where a header starts in `part` (negative: it starts in `tail`, that many bytes before its end), if it does */
function findEmbeddedHeader(tail: string, part: Buffer): number | undefined {
  const text = tail + part.toString('latin1');
  const at = text.search(EMBEDDED_HEADER);
  return at < 0 ? undefined : at - tail.length;
}

function tailOf(tail: string, part: Buffer): string {
  return (tail + part.subarray(Math.max(0, part.length - OVERLAP)).toString('latin1')).slice(-OVERLAP);
}

/** the id of a request in bytes that could not be parsed, so the client is not left waiting for it */
function requestId(text: string): number | string | undefined {
  if (!/"method"\s*:/.test(text)) return undefined;
  const id = /"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.){0,200}")/.exec(text);
  if (!id) return undefined;
  return id[1].startsWith('"') ? (JSON.parse(id[1]) as string) : Number(id[1]);
}
