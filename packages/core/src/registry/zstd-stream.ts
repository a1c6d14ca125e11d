import { Transform } from 'node:stream';

type Fzstd = typeof import('fzstd');
let fzstd: Fzstd | undefined;

/** what libzstd refuses by default (ZSTD_WINDOWLOG_LIMIT_DEFAULT = 27): a frame needing more memory */
const MAX_WINDOW_BYTES = 128 * 1024 * 1024;
/**
 * Input is fed in slices of at most 4 KiB, smaller after one gave more than OUTPUT_BYTES, so the
 * output waiting to be read stays small even where a layer compresses ten-thousandfold (zeros).
 * A layer with a 1 GiB file of zeros (bench/layer-memory.js): the process peaked at 620 MB with
 * 16 KiB slices, at ~125 MB with these, as with the same layer gzipped.
 */
const SLICE_BYTES = { first: 4096, min: 64, max: 4096 };
const OUTPUT_BYTES = 2 * 1024 * 1024;
/** magic, descriptor, window descriptor, dictionary id and content size: at most 4 + 1 + 1 + 4 + 8 */
const FRAME_HEADER_BYTES = 18;

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
  /** the stream's first bytes until there are enough to read the first frame's header; then undefined */
  private head?: Buffer = Buffer.alloc(0);
  private continueFeeding?: () => void;
  private slice = SLICE_BYTES.first;

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
    if (this.head) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, FRAME_HEADER_BYTES)]);
      if (this.head.length >= FRAME_HEADER_BYTES || final) {
        checkWindow(this.head);
        this.head = undefined;
      }
    }
    for (let offset = 0; offset < chunk.length || (final && offset === 0); ) {
      const end = offset + this.slice;
      this.decoder.push(chunk.subarray(offset, end), final && end >= chunk.length);
      offset = end;
      let wanted = true;
      let produced = 0;
      for (const piece of this.output) {
        produced += piece.length;
        wanted = this.push(piece);
      }
      this.output = [];
      if (produced > OUTPUT_BYTES) this.slice = Math.max(SLICE_BYTES.min, this.slice >> 2);
      else if (produced < OUTPUT_BYTES / 4) this.slice = Math.min(SLICE_BYTES.max, this.slice * 2);
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
