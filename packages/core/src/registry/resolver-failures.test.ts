// Bad registries and bad layers: each ends as ONE unresolved stage with a one-line reason, the
// other stage of the same Dockerfile still resolved, and resolve() never rejects.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { parseDocument } from '../parse/document';
import type { RegistryOptions } from './base-image-state';
import { BaseImageResolver } from './resolver';
import { AMD64, INDEX, layerTar, MANIFEST, pushImage, removeTemporaryCaches, temporaryCache, type PushedImage } from './test-images';
import { startTestRegistry, type TestRegistry } from './test-registry-server';

let registry: TestRegistry;
let broken: PushedImage;

beforeAll(async () => {
  registry = await startTestRegistry({ requireToken: true });
  pushImage(registry, 'library/debian', 'bookworm', [{ 'etc/motd': 'hi\n' }]);
  broken = pushImage(registry, 'tools/broken', '1', [{ 'usr/bin/tool': 't'.repeat(200_000) }]);
});
afterAll(async () => {
  removeTemporaryCaches();
  await registry.close();
});
beforeEach(() => {
  registry.fail.clear();
  registry.hang.clear();
  registry.stall.clear();
  registry.truncate.clear();
  registry.tamper.clear();
});

const options = (more: RegistryOptions = {}): RegistryOptions => ({ mirrors: { 'docker.io': registry.url }, cacheDir: temporaryCache(), platform: AMD64, env: {}, ...more });

/** Resolves `FROM debian` + `FROM <image>`: debian must resolve; returns the other stage's reason. */
async function reasonFor(image: string, more: RegistryOptions = {}): Promise<string> {
  const states = await new BaseImageResolver(options(more)).resolve(await parseDocument(`FROM debian:bookworm\nFROM ${image}\n`));
  expect(states.get(0)?.status).toBe('resolved');
  const state = states.get(1)!;
  expect(state.status).toBe('unresolved');
  const reason = state.status === 'unresolved' ? state.reason : '';
  expect(reason).not.toContain('\n');
  return reason;
}

const manifestPath = '/v2/tools/broken/manifests/1';
const layerPath = () => `/v2/tools/broken/blobs/${broken.layers[0].digest}`;

describe('registry answers', () => {
  test('an unknown image', async () => {
    expect(await reasonFor('tools/none:1')).toBe('not found (404)');
  });

  test.each([
    [401, 'unauthorized (401): log in with docker login, or check ~/.docker/config.json'],
    [403, 'access denied (403)'],
    [404, 'not found (404)'],
    [429, 'too many requests (429): the registry rate-limits anonymous pulls; try later or log in'],
    [500, 'the registry answered 500 Internal Server Error'],
    [503, 'the registry answered 503 Service Unavailable'],
  ])('%i on the manifest', async (status, reason) => {
    registry.fail.set(manifestPath, status);
    expect(await reasonFor('tools/broken:1')).toBe(reason);
  });

  test('a 500 on a layer blob', async () => {
    registry.fail.set(layerPath(), 500);
    expect(await reasonFor('tools/broken:1')).toBe('the registry answered 500 Internal Server Error');
  });

  test('a server that never answers, and one that stops in the middle of a layer', async () => {
    registry.hang.add(manifestPath);
    expect(await reasonFor('tools/broken:1', { timeoutMs: 300 })).toBe('no answer within 300 ms');
    registry.hang.clear();
    registry.stall.add(layerPath());
    expect(await reasonFor('tools/broken:1', { timeoutMs: 300 })).toMatch(/^layer sha256:\w+: the layer cannot be read: no data for 300 ms$/);
  });

  test('an index with a manifest for another platform only', async () => {
    registry.put('tools/arm', '1', INDEX, { schemaVersion: 2, mediaType: INDEX, manifests: [{ mediaType: MANIFEST, digest: `sha256:${'a'.repeat(64)}`, size: 1, platform: { os: 'linux', architecture: 'arm64' } }] });
    expect(await reasonFor('tools/arm:1')).toBe('no image for linux/amd64 (it has linux/arm64)');
  });
});

describe('bad layers', () => {
  test('a truncated blob', async () => {
    registry.truncate.add(layerPath());
    expect(await reasonFor('tools/broken:1')).toMatch(/^layer sha256:\w+: the layer (cannot be read|is damaged or truncated): /);
  });

  test('a blob whose bytes do not match its digest', async () => {
    registry.tamper.set(layerPath(), gzipSync(layerTar({ 'usr/bin/tool': 'not the tool' })));
    expect(await reasonFor('tools/broken:1')).toMatch(/^layer sha256:\w+ does not match its digest \(got sha256:\w+\)$/);
  });

  test('a blob longer than the manifest says is stopped there', async () => {
    registry.tamper.set(layerPath(), gzipSync(layerTar({ 'usr/bin/tool': randomBytes(100_000).toString('base64') })));
    expect(await reasonFor('tools/broken:1')).toBe(`layer ${broken.layers[0].digest} is larger than the ${broken.layers[0].size} bytes its manifest says`);
  });

  test('a manifest whose layer has no valid size or digest', async () => {
    for (const layer of [{ digest: broken.layers[0].digest, size: 'big' }, { digest: '../../../v2/_catalog', size: 1 }, { size: 1 }]) {
      const config = registry.putBlob('tools/odd', { architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [] } });
      registry.put('tools/odd', '1', MANIFEST, { schemaVersion: 2, mediaType: MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }] });
      expect(await reasonFor('tools/odd:1')).toBe('the manifest lists a blob without a valid digest and size');
    }
  });

  test('a blob that is not a gzipped tar', async () => {
    pushImage(registry, 'tools/garbage', '1', [Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(700, 9)])]);
    expect(await reasonFor('tools/garbage:1')).toMatch(/^layer sha256:\w+: the layer (cannot be read|is not a readable tar|is damaged or truncated): /);
  });

  test('a malicious tar: a 200 MB pax header is refused; `../` and absolute paths never leave the root', async () => {
    const header = (fields: ConstructorParameters<typeof Header>[0]) => {
      const block = new Header({ mode: 0o644, mtime: new Date(0), ...fields });
      block.encode();
      return block.block!;
    };
    const huge = gzipSync(Buffer.concat([header({ path: 'PaxHeader/x', type: 'ExtendedHeader', size: 200 * 1024 * 1024 }), Buffer.alloc(200 * 1024 * 1024, 0x61), Buffer.alloc(1024)]));
    pushImage(registry, 'tools/pax', '1', [huge]);
    expect(await reasonFor('tools/pax:1')).toMatch(/^layer sha256:\w+: the layer has a pax header of 209715200 bytes, over the 1 MiB limit$/);

    const escaping = gzipSync(Buffer.concat([header({ path: '../../etc/shadow', type: 'File', size: 0 }), header({ path: '/etc/abs', type: 'File', size: 0 }), Buffer.alloc(1024)]));
    pushImage(registry, 'tools/escape', '1', [escaping]);
    const states = await new BaseImageResolver(options()).resolve(await parseDocument('FROM tools/escape:1\n'));
    const state = states.get(0)!;
    expect(state.status === 'resolved' && [...state.index.files.keys()]).toEqual(['etc/abs']);
  });
});
