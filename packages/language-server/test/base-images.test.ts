// Issue 15 in the editor: base images resolve in the background against the real distribution
// registry (Debian's docker-registry) behind a proxy that holds its answers until the test says.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cannotRunRegistry, pushImage, startRegistry, type RunningRegistry } from '../../core/test/registry/distribution-registry';
import { startGatedProxy, type GatedProxy } from './gated-proxy';
import { announceSkip, LspClient } from './lsp-client';
import { WHOLE } from './fixtures';

const cannot = cannotRunRegistry();
if (cannot) announceSkip(`language server base-image tests: ${cannot}`);

type HoverResult = { contents: { value: string } } | null;
const DOCKERFILE = 'FROM debian:bookworm\nRUN chmod -R a+r /usr/share/doc\n';
const CAPABILITIES = { workspace: { configuration: false, inlayHint: { refreshSupport: true } }, window: { workDoneProgress: true } };

(cannot ? describe.skip : describe)('base images in the language server', () => {
  let registry: RunningRegistry;
  let proxy: GatedProxy;
  let digest: string;

  beforeAll(async () => {
    registry = await startRegistry();
    digest = pushImage(registry.host, 'library/debian:bookworm', { 'etc/motd': 'hello\n', 'usr/share/doc/a/README': 'x'.repeat(64 * 1024) }, { Env: ['PATH=/usr/bin:/bin'] });
    proxy = await startGatedProxy(registry.url);
  }, 60_000);
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  /** a workspace whose config sends docker.io to the proxy, a fresh cache, and a server online */
  async function session(options: { cache?: string; env?: NodeJS.ProcessEnv } = {}) {
    const root = mkdtempSync(path.join(tmpdir(), 'dflint-lsp-base-'));
    writeFileSync(path.join(root, '.dflintrc.json'), JSON.stringify({ registryMirrors: { 'docker.io': proxy.url }, platform: 'linux/amd64' }));
    const cache = options.cache ?? mkdtempSync(path.join(tmpdir(), 'dflint-lsp-cache-'));
    const client = await LspClient.start({ rootUri: pathToFileURL(root).href, capabilities: CAPABILITIES, env: { DFLINT_OFFLINE: undefined, XDG_CACHE_HOME: cache, ...options.env } });
    const open = async (name: string, text: string) => {
      const uri = pathToFileURL(path.join(root, name)).href;
      writeFileSync(path.join(root, name), text);
      await client.open(uri, text);
      return uri;
    };
    const hoverOnFrom = async (uri: string) => (await client.request<HoverResult>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }))?.contents.value;
    const hintOn = async (uri: string) => {
      const [hint] = await client.request<Array<{ label: string; tooltip?: string }>>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
      return { label: hint.label, ...(hint.tooltip === undefined ? {} : { tooltip: hint.tooltip }) };
    };
    return { client, cache, open, hoverOnFrom, hintOn };
  }

  test('diagnostics and hints come before the registry answers; when it does, they are published again, inlay hints refreshed with the figures, and the hover has them', async () => {
    proxy.close();
    const before = proxy.requests.length;
    const { client, cache, open, hoverOnFrom, hintOn } = await session();
    try {
      const uri = await open('Dockerfile', DOCKERFILE);
      await client.waitForDiagnostics(uri);
      expect(await hoverOnFrom(uri)).toBe('**FROM debian:bookworm** — base image not resolved (being resolved)');
      expect(await hintOn(uri)).toEqual({ label: '+?', tooltip: expect.stringMatching(/of unknown size: base image not resolved \(being resolved\)$/) });
      await proxy.requestsReach(before + 1);
      expect(proxy.held()).toBeGreaterThan(0);
      const published = client.published.length;
      expect(client.inlayHintRefreshes).toBe(0);

      proxy.open();
      await client.until(() => client.inlayHintRefreshes > 0 && client.published.length > published, 'a new publication and an inlay hint refresh');
      const hover = await hoverOnFrom(uri);
      // the chmod copies up the base's 64 KiB under /usr/share/doc
      expect(await hintOn(uri)).toEqual({ label: '+64.0 KiB' });
      // the download had a progress bar: begun, reported, ended
      await client.until(() => client.progress.some((value) => value.kind === 'end'), 'the progress bar ends');
      expect(client.progress[0]).toEqual({ kind: 'begin', title: 'dflint: downloading docker.io/library/debian:bookworm', percentage: 0 });
      expect(client.progress).toContainEqual({ kind: 'report', percentage: 100, message: expect.stringMatching(/^\d+ B of \d+ B \(1\/1 layers\)$/) });
      expect(client.progress[client.progress.length - 1]).toEqual({ kind: 'end' });
      expect(hover).toMatch(/^\*\*FROM debian:bookworm\*\* — 64\.0 KiB in 1 layer \([\d.]+ (B|KiB) compressed\) · linux\/amd64 · sha256:[0-9a-f]{12}…/);
      expect(hover).toContain(`\`docker.io/library/debian:bookworm@${digest}\``);

      // a second session on the same cache knows the image at once, without a request
      const requests = proxy.requests.length;
      const again = await session({ cache });
      try {
        const second = await again.open('Dockerfile', DOCKERFILE);
        await again.client.waitForDiagnostics(second);
        expect(await again.hoverOnFrom(second)).toContain('64.0 KiB in 1 layer');
        expect(await again.hintOn(second)).toEqual({ label: '+64.0 KiB' });
        expect(proxy.requests.length).toBe(requests);
      } finally {
        await again.client.stop();
      }
    } finally {
      proxy.open();
      await client.stop();
    }
  });

  test('offline: the hover says so and no request reaches the registry', async () => {
    const before = proxy.requests.length;
    const { client, open, hoverOnFrom, hintOn } = await session({ env: { DFLINT_OFFLINE: '1' } });
    try {
      const uri = await open('Dockerfile', DOCKERFILE);
      await client.waitForDiagnostics(uri);
      expect(await hoverOnFrom(uri)).toBe('**FROM debian:bookworm** — base image not resolved (offline)');
      expect(await hintOn(uri)).toEqual({ label: '+?', tooltip: expect.stringMatching(/base image not resolved \(offline\)$/) });
      expect(proxy.requests.length).toBe(before);
    } finally {
      await client.stop();
    }
  });

  test('an image the registry does not have: the hover says why, and edits do not ask again', async () => {
    const { client, open, hoverOnFrom } = await session();
    try {
      const text = 'FROM debian:missing\nRUN true\n';
      const uri = await open('Dockerfile', text);
      await client.waitForDiagnostics(uri);
      await client.until(() => client.inlayHintRefreshes > 0, 'a refresh once the resolution failed');
      const hover = await hoverOnFrom(uri);
      expect(hover).toBe('**FROM debian:missing** — base image not resolved (not found (404))');
      const requests = proxy.requests.length;
      for (let version = 2; version <= 4; version++) {
        await client.change(uri, version, `${text}RUN echo ${version}\n`);
        await client.waitForDiagnostics(uri, (params) => params.version === version);
      }
      expect(await hoverOnFrom(uri)).toBe(hover);
      expect(proxy.requests.length).toBe(requests);
    } finally {
      await client.stop();
    }
  });

  test("a tag cached past its TTL is used at once, then re-checked in the background: moved, the documents get the new image's figures", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'dflint-lsp-cache-'));
    const text = 'FROM debian:trixie\nRUN chmod -R a+r /usr/share/doc\n';
    pushImage(registry.host, 'library/debian:trixie', { 'usr/share/doc/a/README': 'x'.repeat(64 * 1024) }, {});
    const first = await session({ cache });
    try {
      const uri = await first.open('Dockerfile', text);
      await first.client.until(() => first.client.inlayHintRefreshes > 0, 'the first resolution');
      expect(await first.hintOn(uri)).toEqual({ label: '+64.0 KiB' });
    } finally {
      await first.client.stop();
    }
    const moved = pushImage(registry.host, 'library/debian:trixie', { 'usr/share/doc/a/README': 'x'.repeat(128 * 1024) }, {});
    // a day and more later: the tag's resolution is past its TTL
    const images = path.join(cache, 'dflint', 'images');
    for (const name of readdirSync(images)) {
      const file = path.join(images, name);
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), at: 0 }));
    }
    const later = await session({ cache });
    try {
      const uri = await later.open('Dockerfile', text);
      await later.client.waitForDiagnostics(uri);
      expect(await later.hintOn(uri)).toEqual({ label: '+64.0 KiB' });
      await later.client.until(() => later.client.inlayHintRefreshes > 0, 'a refresh once the tag was re-checked');
      expect(await later.hintOn(uri)).toEqual({ label: '+128.0 KiB' });
      expect(await later.hoverOnFrom(uri)).toContain(`@${moved}\``);
    } finally {
      await later.client.stop();
    }
  });
});
