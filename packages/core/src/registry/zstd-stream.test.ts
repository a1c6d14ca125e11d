// zstd layers as the zstd binary makes them: read by fzstd on a Node without zlib's zstd (20, 22 before
// 22.15), by zlib's libzstd on a later one; fzstd's own refusals are tested on every Node.
import * as zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { Header } from 'tar';
import { announceSkip } from '../test-shared';
import { indexLayer, LayerIndexError } from './layer-index';
import { zstdDecompressor } from './zstd-stream';

const member = (path: string, size: number): Buffer => {
  const header = new Header({ path, type: 'File', size, mode: 0o644, mtime: new Date(0) });
  header.encode();
  return header.block!;
};
const padded = (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512)]);
const END = Buffer.alloc(1024);

async function refusal(chunks: () => Iterable<Buffer>): Promise<string> {
  const error = await indexLayer(Readable.from(chunks(), { objectMode: false })).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(LayerIndexError);
  expect((error as Error).message).not.toContain('\n');
  return (error as Error).message;
}

const zstdMissing = spawnSync('zstd', ['--version']).status !== 0;
if (zstdMissing) announceSkip('zstd layer tests: the zstd binary is absent (.ci/run installs it)');

(zstdMissing ? describe.skip : describe)('zstd layers', () => {
  const tar = Buffer.concat([member('etc/passwd', 5), padded(Buffer.from('root\n')), member('big', 3 * 1024 * 1024), Buffer.alloc(3 * 1024 * 1024, 7), END]);
  const compressed = (bytes: Buffer, ...flags: string[]) => spawnSync('zstd', ['-q', '-c', ...flags], { input: bytes, maxBuffer: 1 << 26 }).stdout;

  test('a layer the zstd binary compressed is indexed (by fzstd on a Node without zlib zstd)', async () => {
    const layer = await indexLayer(Readable.from([compressed(tar)]));
    expect(layer.entries.map((entry) => [entry.path, entry.size])).toEqual([['big', 3 * 1024 * 1024], ['etc/passwd', 5]]);
    expect(layer.keptFiles['etc/passwd']).toBe('root\n');
  });

  test('the pure-JS decoder itself: the same bytes back, fed in small chunks', async () => {
    const frames = compressed(tar, '--no-check');
    const pieces = Array.from({ length: Math.ceil(frames.length / 1000) }, (_, i) => frames.subarray(i * 1000, (i + 1) * 1000));
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from(pieces).pipe(zstdDecompressor())) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(tar)).toBe(true);
  });

  const greedy = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xf8, 0, 0, 0, 0, 0, 0]);
  // the header arriving a byte at a time is read all the same
  const greedyByteByByte = () => [...greedy, ...Buffer.alloc(20)].map((byte) => Buffer.from([byte]));
  const fzstdRefusal = /window, more than the 134217728 libzstd accepts/;
  // libzstd refuses such a frame itself, in its own words
  const windowRefused = 'createZstdDecompress' in zlib ? /Frame requires too much memory/ : fzstdRefusal;

  test('a truncated zstd layer, and a frame asking for a 2 TB window, are one-line errors', async () => {
    const whole = compressed(tar);
    expect(await refusal(() => [whole.subarray(0, whole.length >> 1)])).toMatch(/^the layer (cannot be read|is damaged or truncated): /);
    expect(await refusal(() => [greedy])).toMatch(windowRefused);
    expect(await refusal(greedyByteByByte)).toMatch(windowRefused);
  });

  test('the pure-JS decoder refuses a frame asking for more window than libzstd accepts, read whole or a byte at a time', async () => {
    const refusedBy = async (pieces: Buffer[]) => {
      const stream = Readable.from(pieces).pipe(zstdDecompressor());
      return new Promise<string>((settle) => {
        stream.on('error', (error) => settle(error.message));
        stream.resume();
        stream.on('end', () => settle('no error'));
      });
    };
    expect(await refusedBy([greedy])).toMatch(fzstdRefusal);
    expect(await refusedBy(greedyByteByByte())).toMatch(fzstdRefusal);
  });
});
