import { createGunzip } from 'node:zlib';
import { pipeline, Readable, type Transform } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { AptIndexError } from './apt-release';

/** xz-embedded's xz_ret codes after the two that are not errors */
const XZ_ERRORS: Record<string, string> = { 2: 'unsupported check', 3: 'out of memory', 4: 'memory limit', 5: 'not xz', 6: 'unsupported options', 7: 'corrupt data', 8: 'truncated or not xz' };

/**
 * The decompressed bytes of an index file as they stream, by its name's extension (`.xz`, `.gz`,
 * none). xz is decoded by xz-decompress (xz-embedded compiled to WebAssembly, no dependencies;
 * Node has no xz); a damaged or truncated stream is a one-line AptIndexError.
 */
export async function* decompressed(name: string, body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    if (name.endsWith('.xz')) {
      // required here only: a run that reads no xz index never loads the WebAssembly module
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { XzReadableStream } = require('xz-decompress') as typeof import('xz-decompress');
      yield* new XzReadableStream(body as unknown as globalThis.ReadableStream<Uint8Array>) as unknown as AsyncIterable<Uint8Array>;
    } else if (name.endsWith('.gz')) yield* through(body, createGunzip());
    else yield* body as AsyncIterable<Uint8Array>;
  } catch (error) {
    if (error instanceof AptIndexError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const code = /error code (\d+)/.exec(message)?.[1];
    throw new AptIndexError(`${name} cannot be decompressed: ${code ? (XZ_ERRORS[code] ?? message) : message}`);
  }
}

/** The body through a decompressor; an error of the body (a checksum that does not match) fails the output too, which `.pipe()` would not do (the read would wait for ever). */
export function through(body: ReadableStream<Uint8Array>, decompressor: Transform): AsyncIterable<Uint8Array> {
  pipeline(Readable.fromWeb(body), decompressor, () => undefined);
  return decompressor;
}
