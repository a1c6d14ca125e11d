// What a Packages index takes in /var/lib/apt/lists once apt has stored it: with Acquire::GzipIndexes
// apt keeps it recompressed with the cheapest compressor it has (lz4 on Debian's apt 2.x:
// `..._Packages.lz4`), a size no Release file states. It is measured by compressing the index as it
// is fetched.

/** apt's liblz4 frames hold blocks of at most 64 KiB (LZ4F's default), each after a 4-byte size */
const FRAME_BLOCK = 64 * 1024;
/** magic (4), FLG, BD, header checksum; the end mark (4) */
const FRAME_OVERHEAD = 7 + 4;
/** compressed a piece at a time: matches reach 64 KiB back, so pieces this large lose almost nothing at their seams */
const PIECE = 1024 * 1024;

type Compress = (input: Uint8Array) => Uint8Array;

/**
 * Counts the bytes of a text as it streams, and the size of its LZ4 frame: each 1 MiB piece is
 * compressed by lz4_flex (the lz4-wasm-nodejs package, its one fast level, like liblz4's default
 * apt uses) and framed as liblz4 frames it, 64 KiB blocks. An estimate: liblz4's match finder is
 * not lz4_flex's (on bookworm's main amd64 Packages, 18,768,175 bytes against apt's 18,840,233).
 */
export class Lz4FrameSize {
  private readonly compress: Compress;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private compressed = 0;
  /** the uncompressed bytes seen */
  bytes = 0;

  constructor() {
    // required here only: only a download of an index measures it, start-up never loads the WebAssembly module
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.compress = (require('lz4-wasm-nodejs') as { compress: Compress }).compress;
  }

  add(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < PIECE) return;
    // whole pieces only, whatever the network's chunks: the same index always measures the same
    const joined = Buffer.concat(this.pending, this.pendingBytes);
    let at = 0;
    for (; joined.length - at >= PIECE; at += PIECE) this.compressPiece(joined.subarray(at, at + PIECE));
    this.pending = at < joined.length ? [joined.subarray(at)] : [];
    this.pendingBytes = joined.length - at;
  }

  /** the frame's size; call once, after the last chunk */
  frameBytes(): number {
    if (this.pendingBytes > 0) this.compressPiece(Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
    return FRAME_OVERHEAD + 4 * Math.ceil(this.bytes / FRAME_BLOCK) + this.compressed;
  }

  private compressPiece(piece: Uint8Array): void {
    // lz4_flex's compress() prefixes the block with its uncompressed size (4 bytes); liblz4 keeps a block uncompressed when that is smaller
    this.compressed += Math.min(this.compress(piece).length - 4, piece.length);
  }
}

/** The chunks as they stream, each also given to `sizer`. */
export async function* measured(chunks: AsyncIterable<Uint8Array>, sizer: Lz4FrameSize): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    sizer.add(chunk);
    yield chunk;
  }
}
