import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { parseDocument } from '../parse/document';
import { proxyFetch } from './proxy-fetch';
import { BaseImageResolver } from './resolver';
import { AMD64, pushImage, removeTemporaryCaches, temporaryCache } from './test-images';
import { startTestRegistry, type TestRegistry } from './test-registry-server';

/** A forward proxy: CONNECT tunnels and absolute-form GETs, each counted. */
async function startProxy(): Promise<{ url: string; used: string[]; close(): Promise<void> }> {
  const used: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    used.push(`GET ${incoming.url}`);
    const target = new URL(incoming.url!);
    const forwarded = httpRequest({ host: target.hostname, port: target.port, path: target.pathname + target.search, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(forwarded);
  });
  server.on('connect', (incoming, socket, head) => {
    used.push(`CONNECT ${incoming.url}`);
    const [host, port] = incoming.url!.split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    used,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

let registry: TestRegistry;
let proxy: Awaited<ReturnType<typeof startProxy>>;

beforeAll(async () => {
  registry = await startTestRegistry({ requireToken: true });
  pushImage(registry, 'library/debian', 'bookworm', [{ 'etc/motd': 'hi\n' }]);
  proxy = await startProxy();
});
afterAll(async () => {
  removeTemporaryCaches();
  await registry.close();
  await proxy.close();
});
beforeEach(() => (proxy.used.length = 0));

async function resolveWith(env: NodeJS.ProcessEnv) {
  const resolver = new BaseImageResolver({ mirrors: { 'docker.io': registry.url }, cacheDir: temporaryCache(), platform: AMD64, env });
  return (await resolver.resolve(await parseDocument('FROM debian:bookworm\n'))).get(0)?.status;
}

describe('HTTP_PROXY / HTTPS_PROXY / NO_PROXY', () => {
  test('no proxy variable: no proxying fetch', () => {
    expect(proxyFetch({ PATH: '/usr/bin' })).toBeUndefined();
  });

  test('every request of a resolution goes through the proxy (upper- or lowercase variable)', async () => {
    const host = new URL(registry.url).host;
    for (const name of ['HTTP_PROXY', 'http_proxy']) {
      proxy.used.length = 0;
      expect(await resolveWith({ [name]: proxy.url })).toBe('resolved');
      // the manifest, the token, the manifest again, the config, the layer: tunnelled or forwarded
      expect(proxy.used.length).toBeGreaterThan(0);
      expect(proxy.used.every((line) => line.includes(host))).toBe(true);
    }
  });

  test('NO_PROXY=127.0.0.1 bypasses it', async () => {
    expect(await resolveWith({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' })).toBe('resolved');
    expect(proxy.used).toEqual([]);
  });

  test('a proxy that is down is a one-line reason', async () => {
    const down = await startProxy();
    await down.close();
    const resolver = new BaseImageResolver({ mirrors: { 'docker.io': registry.url }, cacheDir: temporaryCache(), platform: AMD64, env: { HTTP_PROXY: down.url } });
    const state = (await resolver.resolve(await parseDocument('FROM debian:bookworm\n'))).get(0)!;
    expect(state.status === 'unresolved' && state.reason).toMatch(/^cannot reach 127\.0\.0\.1:\d+/);
  });
});
