// The resolver against the real CNCF distribution registry (Debian's docker-registry): a base
// image resolved once is served by the cache afterwards, with no request at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../../src/parse/document';
import type { RegistryOptions } from '../../src/registry/base-image-state';
import { BaseImageResolver } from '../../src/registry/resolver';
import { announceSkip } from '../../src/test-shared';
import { cannotRunRegistry, pushImage, startRegistry, type RunningRegistry } from './distribution-registry';

const cannot = cannotRunRegistry();
if (cannot) announceSkip(`real registry resolver tests: ${cannot}`);

(cannot ? describe.skip : describe)('BaseImageResolver against docker-registry', () => {
  let registry: RunningRegistry;
  let digest: string;
  const requests: string[] = [];
  const counting: typeof fetch = (input, init) => {
    requests.push(new URL(String(input)).pathname);
    return fetch(input, init);
  };

  beforeAll(async () => {
    registry = await startRegistry();
    digest = pushImage(registry.host, 'tools/base:1', { 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n', 'usr/share/doc/a/README': 'x'.repeat(4096) }, { Env: ['GOPATH=/go'] });
  }, 60_000);
  const cacheDirs: string[] = [];
  afterAll(async () => {
    for (const directory of cacheDirs) rmSync(directory, { recursive: true, force: true });
    await registry?.stop();
  });

  test('resolved through a Docker Hub mirror; then a cached base costs no request, in resolve() and cached()', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dflint-cache-'));
    cacheDirs.push(cacheDir);
    const options: RegistryOptions = { mirrors: { 'docker.io': registry.url }, cacheDir, platform: { os: 'linux', architecture: 'amd64' }, env: {}, fetch: counting };
    const document = await parseDocument('FROM tools/base:1 AS build\nFROM build\n');

    const first = (await new BaseImageResolver(options).resolve(document)).get(0)!;
    expect(first.status === 'resolved' && first.index.image.digest).toBe(digest);
    expect(first.status === 'resolved' && first.index.textFiles).toEqual({ 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n' });
    expect(requests.filter((path) => path.includes('/blobs/'))).toHaveLength(2);

    requests.length = 0;
    const nextRun = new BaseImageResolver({ ...options, networkBudgetBytes: 0 });
    const editor = new BaseImageResolver(options);
    const before = editor.cached(document).get(0)!;
    const second = (await nextRun.resolve(document)).get(0)!;
    expect(before.status === 'resolved' && before.index.fileBytes).toBe(30 + 4096);
    expect(second.status === 'resolved' && second.index.fileBytes).toBe(30 + 4096);
    expect(requests).toEqual([]);
  });
});
