// Issue 16 in the editor (lane A2): once the base image is resolved in the background, the apt
// index its sources name is fetched in the background too (never awaited by an analysis), then the
// document is analysed again. The base comes from Debian's docker-registry; the apt mirror is a
// server in this process serving the committed bookworm excerpt.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cannotRunRegistry, pushImage, startRegistry, type RunningRegistry } from '../../core/test/registry/distribution-registry';
import { PACKAGES, PACKAGES_XZ, release } from '../../core/src/package-index/test-apt-server';
import { announceSkip, LspClient } from './lsp-client';

const cannot = cannotRunRegistry();
if (cannot) announceSkip(`language server package-index tests: ${cannot}`);

const DOCKERFILE = 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n';
const FILES: Record<string, Buffer | string> = {
  '/debian/dists/bookworm/InRelease': release({ 'main/binary-amd64/Packages': PACKAGES, 'main/binary-amd64/Packages.xz': PACKAGES_XZ }),
  '/debian/dists/bookworm/main/binary-amd64/Packages.xz': PACKAGES_XZ,
};

(cannot ? describe.skip : describe)('package indexes in the language server', () => {
  let registry: RunningRegistry;
  let mirror: Server;
  const requests: string[] = [];

  beforeAll(async () => {
    mirror = createServer((request, response) => {
      requests.push(request.url!);
      const body = FILES[request.url!];
      if (body === undefined) response.writeHead(404).end('not found');
      else response.writeHead(200).end(body);
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    const port = (mirror.address() as AddressInfo).port;
    registry = await startRegistry();
    pushImage(registry.host, 'library/debian:bookworm', { 'etc/apt/sources.list': `deb http://127.0.0.1:${port}/debian bookworm main\n`, 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n' }, { Env: ['PATH=/usr/bin:/bin'] });
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => mirror?.close(resolve));
    await registry?.stop();
  });

  async function session(cache: string) {
    const root = mkdtempSync(path.join(tmpdir(), 'dflint-lsp-indexes-'));
    writeFileSync(path.join(root, '.dflintrc.json'), JSON.stringify({ registryMirrors: { 'docker.io': registry.url }, platform: 'linux/amd64' }));
    const client = await LspClient.start({ rootUri: pathToFileURL(root).href, capabilities: { workspace: { configuration: false } }, env: { DFLINT_OFFLINE: undefined, XDG_CACHE_HOME: cache } });
    const uri = pathToFileURL(path.join(root, 'Dockerfile')).href;
    writeFileSync(path.join(root, 'Dockerfile'), DOCKERFILE);
    await client.open(uri, DOCKERFILE);
    return { client, uri };
  }

  test('after the base image, the index is fetched once in the background and the document published again; a later session reads the cache', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'dflint-lsp-cache-'));
    const { client, uri } = await session(cache);
    try {
      // published at once (the base being resolved), again once it is (the index now missing), and again once the index is cached
      await client.until(() => requests.length >= 2 && client.published.filter((params) => params.uri === uri).length >= 3, 'three publications and the index requests');
      expect(requests).toEqual(['/debian/dists/bookworm/InRelease', '/debian/dists/bookworm/main/binary-amd64/Packages.xz']);
      expect(readdirSync(path.join(cache, 'dflint/apt')).filter((name) => name.endsWith('.index'))).toHaveLength(1);
    } finally {
      await client.stop();
    }
    const again = await session(cache);
    try {
      await again.client.waitForDiagnostics(again.uri);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(requests).toHaveLength(2);
    } finally {
      await again.client.stop();
    }
  });
});
