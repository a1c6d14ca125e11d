import { Transform } from 'node:stream';

type Fzstd = typeof import('fzstd');
let fzstd: Fzstd | undefined;

/** what libzstd refuses by default (ZSTD_WINDOWLOG_LIMIT_DEFAULT = 27): a frame needing more memory */
const MAX_WINDOW_BYTES = 128 * 1024 * 1024;
/** input is fed in pieces this small, so the output waiting to be read stays small even for a highly compressible layer */
const SLICE_BYTES = 16 * 1024;

/**
 * A zstd decompressing stream for Node without zlib's zstd (before 22.15): fzstd, pure JS, required
 * on first use. Input is decoded a slice at a time and only as fast as the output is read, and a
 * frame whose window is larger than libzstd accepts is refused, so memory stays bounded.
 */
export function zstdDecompressor(): Transform {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fzstd ??= require('fzstd') as Fzstd;
  return new ZstdDecompress(fzstd);
}

class ZstdDecompress extends Transform {
  private output: Uint8Array[] = [];
  private readonly decoder: InstanceType<Fzstd['Decompress']>;
  private started = false;
  private continueFeeding?: () => void;

  constructor(library: Fzstd) {
    super();
    this.decoder = new library.Decompress((chunk) => this.output.push(chunk));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.feed(chunk).then(() => done(), done);
  }

  override _flush(done: (error?: Error | null) => void): void {
    this.feed(Buffer.alloc(0), true).then(() => done(), done);
  }

  override _read(size: number): void {
    const continueFeeding = this.continueFeeding;
    this.continueFeeding = undefined;
    continueFeeding?.();
    super._read(size);
  }

  private async feed(chunk: Buffer, final = false): Promise<void> {
    if (!this.started && chunk.length > 0) checkWindow(chunk);
    this.started ||= chunk.length > 0;
    for (let offset = 0; offset < chunk.length || (final && offset === 0); offset += SLICE_BYTES) {
      this.decoder.push(chunk.subarray(offset, offset + SLICE_BYTES), final && offset + SLICE_BYTES >= chunk.length);
      let wanted = true;
      for (const piece of this.output) wanted = this.push(piece);
      this.output = [];
      if (!wanted) await new Promise<void>((resolve) => (this.continueFeeding = resolve));
    }
  }
}

/** Refuses a first frame whose window (or single-segment content size) is over MAX_WINDOW_BYTES. */
function checkWindow(head: Buffer): void {
  if (head.length < 6) return;
  const descriptor = head[4];
  const singleSegment = (descriptor & 0x20) !== 0;
  let window: number;
  if (!singleSegment) {
    const exponent = head[5] >> 3;
    const base = 2 ** (10 + exponent);
    window = base + (base / 8) * (head[5] & 7);
  } else {
    const sizeBytes = [1, 2, 4, 8][descriptor >> 6];
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
    const start = 5 + dictionaryBytes;
    if (head.length < start + sizeBytes) return;
    window = sizeBytes === 8 ? Number(head.readBigUInt64LE(start)) : head.readUIntLE(start, sizeBytes) + (sizeBytes === 2 ? 256 : 0);
  }
  if (window > MAX_WINDOW_BYTES) throw new Error(`a zstd frame needs a ${window}-byte window, more than the ${MAX_WINDOW_BYTES} libzstd accepts`);
}
