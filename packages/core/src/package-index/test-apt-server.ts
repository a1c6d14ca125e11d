// A fake apt mirror for the tests: the committed bookworm excerpts (fixtures/README.md) served from a URL table.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AptSource } from './apt-sources';

export const FIXTURES = join(__dirname, 'fixtures');
export const PACKAGES = readFileSync(join(FIXTURES, 'bookworm-main-amd64-Packages'));
export const PACKAGES_XZ = readFileSync(join(FIXTURES, 'bookworm-main-amd64-Packages.xz'));
export const SOURCE: AptSource = { uri: 'http://deb.debian.org/debian', suite: 'bookworm', components: ['main'], file: 'etc/apt/sources.list.d/debian.sources' };
export const SUITE = 'http://deb.debian.org/debian/dists/bookworm/';

/** the real InRelease head with its SHA256 list replaced by the committed excerpt's (not signed); Acquire-By-Hash only when asked */
export function release(files: Record<string, Buffer>, { byHash = false } = {}): string {
  const head = readFileSync(join(FIXTURES, 'bookworm-InRelease'), 'utf8')
    .split('\n')
    .slice(3, 15)
    .filter((line) => byHash || !line.startsWith('Acquire-By-Hash:'))
    .join('\n');
  const sums = Object.entries(files).map(([path, bytes]) => ` ${createHash('sha256').update(bytes).digest('hex')} ${bytes.length} ${path}`);
  return `${head}\nSHA256:\n${sums.join('\n')}\n`;
}

/** a fetch answering from a URL → body table (404 otherwise), recording the URLs asked */
export function fakeFetch(table: Record<string, string | Buffer>) {
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    const body = table[url];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(typeof body === 'string' ? body : new Uint8Array(body));
  }) as unknown as typeof fetch;
  return { fetcher, asked };
}
