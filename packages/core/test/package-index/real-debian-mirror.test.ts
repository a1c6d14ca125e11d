// loadAptIndex against Debian's real mirror (bookworm-updates main amd64: a small Packages.xz),
// when the mirror answers; the suite passes without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAptIndex } from '../../src/package-index/apt-fetch';
import { announceSkip } from '../../src/test-shared';

const MIRROR = 'http://deb.debian.org/debian';

/** why the mirror cannot be used, or undefined: asked once, synchronously, before the tests are declared */
function mirrorUnreachable(): string | undefined {
  const probe = spawnSync(process.execPath, ['-e', `fetch('${MIRROR}/dists/bookworm-updates/InRelease', { method: 'HEAD', signal: AbortSignal.timeout(8000) }).then((r) => process.exit(r.ok ? 0 : 3), () => process.exit(2))`], { timeout: 10_000 });
  return probe.status === 0 ? undefined : `${MIRROR} does not answer (probe exit ${probe.status ?? probe.signal})`;
}

const unreachable = mirrorUnreachable();
if (unreachable) announceSkip(`real Debian mirror test: ${unreachable}`);

(unreachable ? describe.skip : describe)('loadAptIndex against the Debian mirror', () => {
  const cacheDirectory = mkdtempSync(join(tmpdir(), 'dflint-apt-real-'));
  afterAll(() => rmSync(cacheDirectory, { recursive: true, force: true }));

  test('bookworm-updates main amd64: the InRelease, its Packages.xz checked and parsed, then the cache without a request', async () => {
    const source = { uri: MIRROR, suite: 'bookworm-updates', components: ['main'], file: 'etc/apt/sources.list.d/debian.sources' };
    const first = await loadAptIndex(source, 'main', 'amd64', { cacheDirectory });
    expect(first.status === 'indexed' && first.path).toBe('main/binary-amd64/Packages.xz');
    expect(first.status === 'indexed' && first.index.source).toMatch(/^Debian bookworm-updates main amd64 Packages, \d{4}-\d\d-\d\d$/);
    expect(first.status === 'indexed' && first.index.packages.length).toBeGreaterThan(0);
    expect(first.status === 'indexed' && first.index.packages.every((p) => p.installedSize > 0 && p.debSize > 0 && p.version !== '')).toBe(true);
    const offlineFetch = (() => Promise.reject(new Error('no request expected'))) as unknown as typeof fetch;
    const second = await loadAptIndex(source, 'main', 'amd64', { cacheDirectory, fetch: offlineFetch });
    expect(second.status === 'indexed' && second.index.packages.map((p) => p.name)).toEqual(first.status === 'indexed' && first.index.packages.map((p) => p.name));
  }, 60_000);
});
