// The registry client against the real CNCF distribution registry (Debian's docker-registry),
// started on 127.0.0.1 for this file, with an image skopeo pushed to it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexBaseImage } from '../../src/registry/base-image-index';
import { RegistryClient, RegistryError } from '../../src/registry/client';
import { LayerIndexCache, ResolvedImageCache } from '../../src/registry/index-cache';
import { parseImageReference } from '../../src/registry/reference';
import { announceSkip } from '../../src/test-shared';
import { cannotRunRegistry, pushImage, startRegistry, type RunningRegistry } from './distribution-registry';

const cannot = cannotRunRegistry();
if (cannot) announceSkip(`real registry tests: ${cannot}`);

const AMD64 = { os: 'linux', architecture: 'amd64' };

(cannot ? describe.skip : describe)('RegistryClient against docker-registry', () => {
  let registry: RunningRegistry;
  let digest: string;

  beforeAll(async () => {
    registry = await startRegistry();
    digest = pushImage(registry.host, 'tools/base:1', { 'etc/motd': 'hello\n', 'usr/share/doc/a/README': 'x'.repeat(4096) }, { Env: ['GOPATH=/go', 'PATH=/go/bin:/usr/bin:/bin'], WorkingDir: '/srv', User: 'app' });
  }, 60_000);
  afterAll(() => registry?.stop());

  test('resolves a pushed image by tag, over plain http to 127.0.0.1: config, layers, digest', async () => {
    const image = await new RegistryClient().resolve(parseImageReference(`${registry.host}/tools/base:1`), AMD64);
    expect(image.digest).toBe(digest);
    expect(image.config).toMatchObject({ env: ['GOPATH=/go', 'PATH=/go/bin:/usr/bin:/bin'], workingDir: '/srv', user: 'app' });
    expect(image.layers).toHaveLength(1);
    expect(image.layers[0].size).toBeGreaterThan(0);
    expect(image.config.diffIds).toHaveLength(1);
  });

  test('resolves it through a mirror of Docker Hub, by digest, and fetches its layer blob', async () => {
    const client = new RegistryClient({ mirrors: { 'docker.io': registry.url } });
    const image = await client.resolve(parseImageReference(`tools/base@${digest}`), AMD64);
    const blob = await client.blob(image.reference, image.layers[0].digest);
    expect(Buffer.from(await blob.arrayBuffer()).length).toBe(image.layers[0].size);
  });

  test("indexes the image's files once; a second run takes everything from the cache and makes no request", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dflint-cache-'));
    const cache = { layers: new LayerIndexCache(directory), images: new ResolvedImageCache(directory) };
    const requests: string[] = [];
    const counting: typeof fetch = (input, init) => {
      requests.push(new URL(String(input)).pathname);
      return fetch(input, init);
    };
    const reference = parseImageReference(`${registry.host}/tools/base:1`);
    const first = await indexBaseImage(new RegistryClient({ fetch: counting }), cache, reference, AMD64);
    expect(first.files.get('etc/motd')).toMatchObject({ type: 'file', size: 6 });
    expect(first.fileBytes).toBe(6 + 4096);
    const blobsFetched = () => requests.filter((path) => path.includes('/blobs/') && !path.endsWith(first.image.digest)).length;
    // the config and the one layer
    expect(blobsFetched()).toBe(2);
    requests.length = 0;
    const second = await indexBaseImage(new RegistryClient({ fetch: counting }), cache, reference, AMD64);
    expect(second.fileBytes).toBe(first.fileBytes);
    expect(second.image.digest).toBe(digest);
    expect(requests).toEqual([]);
  });

  test('an unknown repository or tag is a one-line RegistryError', async () => {
    const client = new RegistryClient();
    for (const name of ['tools/none:1', 'tools/base:2']) {
      const error = await client.resolve(parseImageReference(`${registry.host}/${name}`), AMD64).catch((caught: Error) => caught);
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as Error).message).toBe(`${registry.host}/${name}: not found (404)`);
    }
  });
});
