// A small registry for the client's tests: the Distribution API's manifest and blob endpoints on
// 127.0.0.1, behind a Docker-token-spec token endpoint, with failures a test can switch on.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestRegistry {
  url: string;
  /** every request path, in order */
  requests: string[];
  /** the Authorization header of each token request ('' when none) */
  tokenAuthorizations: string[];
  /** path → a status to answer instead (`/v2/library/debian/manifests/bookworm` → 404) */
  fail: Map<string, number>;
  /** paths that never get an answer */
  hang: Set<string>;
  /** paths answered with headers and half the body, then nothing */
  stall: Set<string>;
  /** paths answered with headers and half the body, then a closed connection */
  truncate: Set<string>;
  /** path → bytes to serve instead of the stored ones (a blob that does not match its digest) */
  tamper: Map<string, Buffer>;
  put(repository: string, reference: string, mediaType: string, body: unknown): string;
  /** a JSON body, or bytes as they are (a layer) */
  putBlob(repository: string, body: unknown): { digest: string; size: number };
  close(): Promise<void>;
}

const TOKEN = 'test-token';

export const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export async function startTestRegistry(options: { requireToken?: boolean } = {}): Promise<TestRegistry> {
  const objects = new Map<string, { mediaType: string; bytes: Buffer }>();
  const requests: string[] = [];
  const tokenAuthorizations: string[] = [];
  const fail = new Map<string, number>();
  const hang = new Set<string>();
  const stall = new Set<string>();
  const truncate = new Set<string>();
  const tamper = new Map<string, Buffer>();
  let base = '';
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '').split('?')[0];
    requests.push(path);
    if (hang.has(path)) return;
    if (fail.has(path)) return void response.writeHead(fail.get(path)!).end();
    if (path === '/token') {
      tokenAuthorizations.push(request.headers.authorization ?? '');
      const scope = new URL(request.url!, base).searchParams.get('scope');
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: TOKEN, scope }));
    }
    if (options.requireToken && request.headers.authorization !== `Bearer ${TOKEN}`) {
      const repository = path.replace(/^\/v2\/(.*)\/(manifests|blobs)\/.*$/, '$1');
      response.writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="test-registry",scope="repository:${repository}:pull"` });
      return void response.end();
    }
    const object = objects.get(path);
    if (!object) return void response.writeHead(404).end();
    const bytes = tamper.get(path) ?? object.bytes;
    response.writeHead(200, { 'content-type': object.mediaType, 'content-length': bytes.length, 'docker-content-digest': sha256(object.bytes) });
    if (!stall.has(path) && !truncate.has(path)) return void response.end(bytes);
    response.write(bytes.subarray(0, bytes.length >> 1));
    if (truncate.has(path)) setTimeout(() => response.destroy(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    tokenAuthorizations,
    fail,
    hang,
    stall,
    truncate,
    tamper,
    put(repository, reference, mediaType, body) {
      const bytes = Buffer.from(JSON.stringify(body));
      const digest = sha256(bytes);
      for (const ref of [reference, digest]) objects.set(`/v2/${repository}/manifests/${ref}`, { mediaType, bytes });
      return digest;
    },
    putBlob(repository, body) {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      const digest = sha256(bytes);
      objects.set(`/v2/${repository}/blobs/${digest}`, { mediaType: 'application/octet-stream', bytes });
      return { digest, size: bytes.length };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
