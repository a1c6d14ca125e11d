// Layers a registry should never serve: each one is refused with one line, in bounded memory,
// never a hang. (Paths leaving the root, truncated and corrupt blobs: layer-index.test.ts.)
import { Readable } from 'node:stream';
import { Header } from 'tar';
import { indexLayer, LayerIndexError } from './layer-index';

const member = (fields: ConstructorParameters<typeof Header>[0]): Buffer => {
  const header = new Header({ mode: 0o644, mtime: new Date(0), ...fields });
  header.encode();
  return header.block!;
};
const padded = (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512)]);
const END = Buffer.alloc(1024);

async function refusal(chunks: () => Iterable<Buffer>): Promise<string> {
  const error = await indexLayer(Readable.from(chunks())).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(LayerIndexError);
  expect((error as Error).message).not.toContain('\n');
  return (error as Error).message;
}

describe('huge tar headers are refused, not read into memory', () => {
  test('a pax header of 300 MB: refused at its header, the 300 MB behind it never all read', async () => {
    let served = 0;
    const message = await refusal(function* () {
      yield member({ path: 'PaxHeader/x', type: 'ExtendedHeader', size: 300 * 1024 * 1024 });
      const megabyte = Buffer.alloc(1024 * 1024, 0x61);
      for (; served < 300; served++) yield megabyte;
      yield member({ path: 'after', type: 'File', size: 0 });
      yield END;
    });
    expect(message).toBe('the layer has a pax header of 314572800 bytes, over the 1 MiB limit');
    expect(served).toBeLessThan(300);
  });

  test('a name of 1 MB, as a pax path or a GNU long name', async () => {
    const pathRecord = (name: string) => {
      const body = ` path=${name}\n`;
      const length = body.length + String(body.length + String(body.length).length).length;
      return Buffer.from(`${length}${body}`);
    };
    const pax = pathRecord('a/'.repeat(512 * 1024));
    expect(await refusal(() => [member({ path: 'PaxHeader/x', type: 'ExtendedHeader', size: pax.length }), padded(pax), member({ path: 'x', type: 'File', size: 0 }), END])).toMatch(/pax header of 1048590 bytes/);
    const long = Buffer.from(`${'b/'.repeat(512 * 1024)}end\0`);
    expect(await refusal(() => [member({ path: '././@LongLink', type: 'NextFileHasLongPath', size: long.length }), padded(long), member({ path: 'x', type: 'File', size: 0 }), END])).toMatch(/long-name header of 1048580 bytes/);
  });

  test('a size field of 8 GB with a 4 KB body is a truncated layer', async () => {
    expect(await refusal(() => [member({ path: 'big', type: 'File', size: 8 * 1024 ** 3 }), Buffer.alloc(4096, 1)])).toMatch(/^the layer is damaged or truncated: /);
  });

  test('a name just under the limit is read as written', async () => {
    const name = `${'c/'.repeat(1000)}file`;
    const layer = await indexLayer(Readable.from([longNameMember(name), END]));
    expect(layer.entries.map((entry) => entry.path)).toEqual([name]);
  });
});

function longNameMember(name: string): Buffer {
  const body = Buffer.from(`${name}\0`);
  return Buffer.concat([member({ path: '././@LongLink', type: 'NextFileHasLongPath', size: body.length }), padded(body), member({ path: name.slice(0, 99), type: 'File', size: 0 })]);
}

describe('a layer of very many members', () => {
  test('is refused past the limit (2,000,000; 3 here) rather than indexed without bound', async () => {
    const members = Array.from({ length: 5 }, (_, i) => member({ path: `f${i}`, type: 'File', size: 0 }));
    const error = await indexLayer(Readable.from([Buffer.concat([...members, END])]), { maxMembers: 3 }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(LayerIndexError);
    expect((error as Error).message).toBe('the layer has more than 3 members');
    expect((await indexLayer(Readable.from([Buffer.concat([...members, END])]), { maxMembers: 5 })).entries).toHaveLength(5);
  });
});

describe('whiteouts as buildah writes them', () => {
  test('an empty regular file named .wh.<name> with a link name set is a whiteout, not damage (Go ignores the link name)', async () => {
    const linked = (path: string) => member({ path, type: 'File', size: 0, linkpath: 'x' });
    const index = await indexLayer(Readable.from([linked('var/lib/apt/lists/.wh.auxfiles'), linked('.wh..wh..opq'), member({ path: 'kept', type: 'File', size: 0 }), END]));
    expect(index.whiteouts).toEqual(['var/lib/apt/lists/auxfiles']);
    expect(index.opaqueDirs).toEqual(['']);
    expect(index.entries.map((entry) => entry.path)).toEqual(['kept']);
  });

  test('any other member with a forbidden link name still makes the layer damaged', async () => {
    const message = await refusal(() => [member({ path: 'etc/conf', type: 'File', size: 0, linkpath: 'x' }), END]);
    expect(message).toBe('the layer is damaged or truncated: linkpath forbidden');
  });
});
