// A reverse proxy in front of a test registry that counts requests and can hold them: the
// registry "answers" only when the test opens the gate.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatedProxy {
  url: string;
  /** every request path, in order */
  requests: string[];
  /** requests waiting for the gate */
  held(): number;
  close(): void;
  open(): void;
  /** resolves once `count` requests have arrived (held or not) */
  requestsReach(count: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startGatedProxy(target: string): Promise<GatedProxy> {
  const requests: string[] = [];
  const waiting: Array<() => void> = [];
  const watchers = new Set<() => void>();
  let closed = false;
  const forward = (incoming: IncomingMessage, response: ServerResponse) => {
    const upstream = httpRequest(new URL(incoming.url ?? '/', target), { method: incoming.method, headers: { ...incoming.headers, host: new URL(target).host } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    incoming.pipe(upstream);
  };
  const server: Server = createServer((incoming, response) => {
    requests.push((incoming.url ?? '').split('?')[0]);
    watchers.forEach((watch) => watch());
    if (closed) waiting.push(() => forward(incoming, response));
    else forward(incoming, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    held: () => waiting.length,
    close: () => void (closed = true),
    open: () => {
      closed = false;
      for (const release of waiting.splice(0)) release();
    },
    requestsReach: (count) =>
      new Promise<void>((resolve) => {
        const watch = () => {
          if (requests.length < count) return;
          watchers.delete(watch);
          resolve();
        };
        watchers.add(watch);
        watch();
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
