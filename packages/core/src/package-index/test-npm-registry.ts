// A fake npm registry and a lockfile project for the npm source's tests (no network).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, 'fixtures', 'npm');
/** ms 2.0.0's real tarball (2,874 bytes; its four files: 704 + 2764 + 1077 + 1721 bytes) */
export const MS_TARBALL = readFileSync(join(FIXTURES, 'ms-2.0.0.tgz'));
/** its real integrity (package-lock-v3.json here, as npm wrote it) and shasum (`sha1sum ms-2.0.0.tgz`) */
export const MS_INTEGRITY = 'sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A==';
export const MS_SHASUM = '5608aeadfc00be6c2901df5f9861788de0d597c8';
export const REGISTRY = 'https://registry.npmjs.org/';

/** a lockfile v3 with ms 2.0.0 (prod, `msEntry` added to its entry) and `dev` as its only dev package, in a fresh context and cache */
export function project(dev = 'left-pad', msEntry: Record<string, unknown> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'dflint-npm-'));
  const packages = { '': {}, 'node_modules/ms': { version: '2.0.0', ...msEntry }, [`node_modules/${dev}`]: { version: '1.3.0', dev: true } };
  writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ name: 'p', lockfileVersion: 3, requires: true, packages }, null, 2));
  return { root, cacheDir: mkdtempSync(join(tmpdir(), 'dflint-npm-cache-')) };
}

/**
 * A registry: ms 2.0.0's document without dist.unpackedSize (as this machine's registry mirror
 * serves it; `msDist` adds to its dist) and its tarball; left-pad's document states unpackedSize
 * 4096 and its tarball a content-length of 1500 (made-up figures); anything else is 404.
 */
export function fakeRegistry(msDist: Record<string, unknown> = {}) {
  const asked: string[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    asked.push(`${init?.method ?? 'GET'} ${url}`);
    const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (url === `${REGISTRY}ms/2.0.0`) return json({ name: 'ms', version: '2.0.0', dist: { tarball: `${REGISTRY}ms/-/ms-2.0.0.tgz`, ...msDist } });
    if (url === `${REGISTRY}ms/-/ms-2.0.0.tgz`) {
      return init?.method === 'HEAD' ? new Response(null, { headers: { 'content-length': String(MS_TARBALL.length) } }) : new Response(MS_TARBALL);
    }
    if (url === `${REGISTRY}left-pad/1.3.0`) return json({ dist: { tarball: `${REGISTRY}left-pad/-/left-pad-1.3.0.tgz`, unpackedSize: 4096 } });
    if (url === `${REGISTRY}left-pad/-/left-pad-1.3.0.tgz`) return new Response(null, { headers: { 'content-length': '1500' } });
    if (url === `${REGISTRY}ms` || url === `${REGISTRY}left-pad`) return new Response(null, { headers: { 'content-length': '777' } });
    return new Response('{"error":"Not found"}', { status: 404 });
  }) as typeof fetch;
  return { fetcher, asked };
}
