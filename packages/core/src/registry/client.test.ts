import { RegistryClient, RegistryError } from './client';
import { parseImageReference } from './reference';
import { startTestRegistry, type TestRegistry } from './test-registry-server';

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const AMD64 = { os: 'linux', architecture: 'amd64' };

let registry: TestRegistry;
let platformDigest: string;

/** debian:bookworm as Docker Hub has it: an index for amd64 and arm64/v8 (and an attestation), a config, two layers */
function pushDebian(target: TestRegistry): string {
  const config = target.putBlob('library/debian', {
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOPATH=/go'], Cmd: ['bash'], WorkingDir: '/go', User: '' },
    rootfs: { type: 'layers', diff_ids: ['sha256:' + 'a'.repeat(64), 'sha256:' + 'b'.repeat(64)] },
    history: [{ created_by: 'ADD rootfs.tar.xz /' }, { created_by: 'CMD ["bash"]', empty_layer: true }, { created_by: 'RUN mkdir /go' }],
  });
  const layers = [
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:' + 'c'.repeat(64), size: 48_000_000 },
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd', digest: 'sha256:' + 'd'.repeat(64), size: 120 },
  ];
  const amd64 = target.put('library/debian', 'amd64-only', MANIFEST, { schemaVersion: 2, mediaType: MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers });
  const arm64 = target.put('library/debian', 'arm64-only', MANIFEST, { schemaVersion: 2, mediaType: MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers: [] });
  target.put('library/debian', 'bookworm', INDEX, {
    schemaVersion: 2,
    mediaType: INDEX,
    manifests: [
      { mediaType: MANIFEST, digest: arm64, size: 1, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { mediaType: MANIFEST, digest: amd64, size: 1, platform: { os: 'linux', architecture: 'amd64' } },
      { mediaType: MANIFEST, digest: 'sha256:' + 'e'.repeat(64), size: 1, platform: { os: 'unknown', architecture: 'unknown' } },
    ],
  });
  return amd64;
}

beforeAll(async () => {
  registry = await startTestRegistry({ requireToken: true });
  platformDigest = pushDebian(registry);
});
afterAll(() => registry.close());
beforeEach(() => {
  registry.requests.length = 0;
  registry.tokenAuthorizations.length = 0;
  registry.fail.clear();
  registry.hang.clear();
  registry.stall.clear();
  registry.truncate.clear();
  registry.tamper.clear();
});

const client = (options: ConstructorParameters<typeof RegistryClient>[0] = {}) => new RegistryClient({ mirrors: { 'docker.io': registry.url }, ...options });

describe('RegistryClient.resolve', () => {
  test('`debian:bookworm` through a Docker Hub mirror: token auth, the index, the platform manifest, the config', async () => {
    const image = await client().resolve(parseImageReference('debian:bookworm'), AMD64);
    expect(image.digest).toBe(platformDigest);
    expect(image.layers.map((layer) => layer.size)).toEqual([48_000_000, 120]);
    expect(image.config).toMatchObject({ env: expect.arrayContaining(['GOPATH=/go']), workingDir: '/go', cmd: ['bash'], user: undefined });
    expect(image.config.diffIds).toHaveLength(2);
    expect(image.config.history.map((entry) => entry.emptyLayer)).toEqual([false, true, false]);
    // 401, token, retried index; then the manifest and config with the token already held
    expect(registry.requests).toEqual([
      '/v2/library/debian/manifests/bookworm',
      '/token',
      '/v2/library/debian/manifests/bookworm',
      `/v2/library/debian/manifests/${platformDigest}`,
      expect.stringMatching(/^\/v2\/library\/debian\/blobs\/sha256:/),
    ]);
  });

  test('the variant: arm64 without a variant in the index serves linux/arm64/v8', async () => {
    const image = await client().resolve(parseImageReference('debian:bookworm'), { os: 'linux', architecture: 'arm64', variant: 'v8' });
    expect(image.layers).toEqual([]);
  });

  test('a digest-pinned reference is checked against the bytes it names', async () => {
    const image = await client().resolve(parseImageReference(`debian@${platformDigest}`), AMD64);
    expect(image.digest).toBe(platformDigest);
    await expect(client().resolve(parseImageReference(`debian@sha256:${'0'.repeat(64)}`), AMD64)).rejects.toThrow(/not found \(404\)/);
  });

  test("credentials go to the token service as basic auth: a mirror's own, never the mirrored registry's", async () => {
    const mirrorHost = new URL(registry.url).host;
    const stored: Record<string, { username: string; password: string }> = {
      'docker.io': { username: 'hub-user', password: 'hub-secret' },
      [mirrorHost]: { username: 'me', password: 's3cret' },
    };
    await client({ credentials: (name) => stored[name] }).resolve(parseImageReference('debian:bookworm'), AMD64);
    expect(registry.tokenAuthorizations).toEqual([`Basic ${Buffer.from('me:s3cret').toString('base64')}`]);
  });

  test('a mirror with no credentials of its own gets none, even when the mirrored registry has some', async () => {
    const credentials = (name: string) => (name === 'docker.io' ? { username: 'hub-user', password: 'hub-secret' } : undefined);
    await client({ credentials }).resolve(parseImageReference('debian:bookworm'), AMD64);
    expect(registry.tokenAuthorizations).toEqual(['']); // one anonymous token request
  });

  test('a registry named in the reference is asked over plain http when it is 127.0.0.1', async () => {
    const host = new URL(registry.url).host;
    const image = await new RegistryClient().resolve(parseImageReference(`${host}/library/debian:amd64-only`), AMD64);
    expect(image.digest).toBe(platformDigest);
  });
});

describe('RegistryClient failures are one line each', () => {
  const failing = async (reference: string, options = {}) => {
    const error = await client(options)
      .resolve(parseImageReference(reference), AMD64)
      .then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  };

  test('unknown image, 403, 429, 5xx', async () => {
    expect(await failing('nope:1')).toBe('docker.io/library/nope:1: not found (404)');
    for (const [status, words] of [[403, /access denied \(403\)/], [429, /too many requests \(429\)/], [503, /answered 503/]] as const) {
      registry.fail.set('/v2/library/debian/manifests/bookworm', status);
      expect(await failing('debian:bookworm')).toMatch(words);
    }
  });

  test('a token service that refuses', async () => {
    registry.fail.set('/token', 401);
    expect(await failing('debian:bookworm')).toMatch(/token service 127\.0\.0\.1:\d+ answered 401/);
  });

  test('an index without the platform names what it has', async () => {
    const error = await client().resolve(parseImageReference('debian:bookworm'), { os: 'linux', architecture: 's390x' }).catch((caught: Error) => caught);
    expect((error as Error).message).toBe('docker.io/library/debian:bookworm: no image for linux/s390x (it has linux/arm64/v8, linux/amd64)');
  });

  test('no answer within the timeout', async () => {
    registry.hang.add('/v2/library/debian/manifests/bookworm');
    expect(await failing('debian:bookworm', { timeoutMs: 200 })).toBe('docker.io/library/debian:bookworm: no answer within 200 ms');
  });

  test('nothing listening', async () => {
    const closed = await startTestRegistry();
    await closed.close();
    const message = await new RegistryClient({ mirrors: { 'docker.io': closed.url } })
      .resolve(parseImageReference('debian'), AMD64)
      .catch((caught: Error) => caught.message);
    expect(message).toBe(`docker.io/library/debian:latest: cannot reach ${new URL(closed.url).host} (ECONNREFUSED)`);
  });
});
