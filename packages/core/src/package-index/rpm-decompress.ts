import { createHash } from 'node:crypto';
import { TransformStream, type ReadableStream } from 'node:stream/web';
import { zstdDecompressor } from '../registry/zstd-stream';
import { AptIndexError } from './apt-release';
import { decompressed, through } from './decompress';
import { RpmIndexError } from './rpm-types';

/**
 * The decompressed bytes of a repository metadata file by its name's extension: `.zst` (Fedora 39+,
 * RHEL 10) by the registry's fzstd stream, `.gz`/`.xz`/none as the apt indexes are; a damaged or
 * truncated stream is a one-line RpmIndexError. bz2 (only for the sqlite databases dnf does not read) is not.
 */
export async function* rpmDecompressed(name: string, body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    if (name.endsWith('.zst')) yield* through(body, zstdDecompressor());
    else if (name.endsWith('.bz2') || name.endsWith('.zck')) throw new RpmIndexError(`${name}: ${name.slice(name.lastIndexOf('.'))} metadata is not read`);
    else yield* decompressed(name, body);
  } catch (error) {
    if (error instanceof RpmIndexError) throw error;
    if (error instanceof AptIndexError) throw new RpmIndexError(error.message);
    throw new RpmIndexError(`${name} cannot be decompressed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The body as it streams, failing past the stated size, and at its end unless the size (when stated) and checksum match repomd's. */
export function checkedAgainstRepomd(body: ReadableStream<Uint8Array>, name: string, algorithm: string, checksum: string, size: number | undefined): ReadableStream<Uint8Array> {
  const hash = createHash(algorithm);
  let received = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.length;
        if (size !== undefined && received > size) throw new RpmIndexError(`${name} is larger than the ${size} bytes repomd.xml lists`);
        hash.update(chunk);
        controller.enqueue(chunk);
      },
      flush() {
        if (size !== undefined && received !== size) throw new RpmIndexError(`${name} is ${received} bytes, not the ${size} repomd.xml lists`);
        const actual = hash.digest('hex');
        if (actual !== checksum) throw new RpmIndexError(`${name} does not match repomd.xml's ${algorithm} ${checksum} (got ${actual})`);
      },
    }),
  );
}
