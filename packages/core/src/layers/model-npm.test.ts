import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDockerfile } from '../analyze/analyze';
import { loadNpmKnowledge } from '../package-index/npm-source';
import type { PackageIndexSource } from '../package-index/package-index-source';
import { OFFLINE_REASON, packageIndexesUnknown, type Knowledge, type NpmKnowledge, type PackageIndexStates } from '../package-index/package-knowledge';
import { fakeRegistry, MS_INTEGRITY, project } from '../package-index/test-npm-registry';

const SOURCE = 'npm registry metadata for package-lock.json, 2026-12-06';
const DOCKERFILE = 'FROM scratch\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nRUN npm prune --omit=dev\n';
/** made-up sizes of a prod package and a dev one, with their lockfile's real-format entries */
const KNOWLEDGE: Knowledge<NpmKnowledge> = {
  status: 'known',
  value: {
    source: SOURCE,
    hiddenLockfile: { all: 300, withoutDev: 200 },
    packages: [
      { path: 'node_modules/a', name: 'a', version: '1.0.0', dev: false, optional: false, unpackedSize: 1000, tarballSize: 400, resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' },
      { path: 'node_modules/b', name: 'b', version: '2.0.0', dev: true, optional: false, unpackedSize: 5000, tarballSize: 900, resolved: 'https://registry.npmjs.org/b/-/b-2.0.0.tgz' },
    ],
  },
};

function source(npm: Knowledge<NpmKnowledge>): PackageIndexSource {
  const states: PackageIndexStates = { ...packageIndexesUnknown(OFFLINE_REASON), npm: (path) => (path === 'package-lock.json' ? npm : { status: 'unknown', reason: 'no such lockfile' }) };
  return { load: async () => states, cached: () => states };
}

async function steps(npm: Knowledge<NpmKnowledge>) {
  const root = mkdtempSync(join(tmpdir(), 'dflint-npm-model-'));
  writeFileSync(join(root, 'package.json'), '{}\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n');
  const analysis = await analyzeDockerfile({ text: DOCKERFILE, contextRoot: root, packageIndexes: source(npm), rules: [] });
  return analysis.layers.stages[0].steps.filter((step) => step.createsLayer);
}

describe('the layer model over npm ci then npm prune --omit=dev', () => {
  test('npm ci adds the packages and the hidden lockfile estimated; the prune wastes the dev tree, the old hidden lockfile and the copied lockfile', async () => {
    const [copy, ci, prune] = await steps(KNOWLEDGE);
    expect(ci.addedBytes.estimate).toBe('estimated');
    expect(ci.addedBytes.source).toBe(SOURCE);
    // the cache: tarballs, each tarball URL twice, 624 bytes and name@version per package (npm-cache-bytes.ts)
    const cache = 400 + 900 + 2 * ('https://registry.npmjs.org/a/-/a-1.0.0.tgz'.length + 'https://registry.npmjs.org/b/-/b-2.0.0.tgz'.length) + 2 * 624 + 'a@1.0.0'.length + 'b@2.0.0'.length;
    expect(ci.addedBytes.value).toBe(1000 + 5000 + 300 + cache);
    expect([ci.wastedBytes.estimate, ci.wastedBytes.value]).toEqual(['estimated', 5000 + 300]);
    expect([copy.wastedBytes.estimate, copy.wastedBytes.value]).toEqual(['exact', '{"lockfileVersion": 3, "packages": {}}\n'.length]);
    expect([prune.addedBytes.estimate, prune.addedBytes.value]).toEqual(['estimated', 200 + '{"lockfileVersion": 3, "packages": {}}\n'.length]);
  });

  test('offline, both npm steps are unknown with the offline reason, never 0', async () => {
    const [, ci, prune] = await steps({ status: 'unknown', reason: OFFLINE_REASON });
    expect([ci.addedBytes.estimate, ci.addedBytes.reason]).toEqual(['unknown', OFFLINE_REASON]);
    expect([prune.addedBytes.estimate, prune.addedBytes.reason]).toEqual(['unknown', OFFLINE_REASON]);
    expect(ci.wastedBytes.estimate).toBe('unknown');
  });

  test("a tarball not matching the lockfile's integrity: npm ci's figures are a lower bound naming the package", async () => {
    const altered = MS_INTEGRITY.replace('sha512-T', 'sha512-U');
    const { root, cacheDir } = project('left-pad', { integrity: altered });
    const knowledge = await loadNpmKnowledge(root, 'package-lock.json', { cacheDir, fetch: fakeRegistry().fetcher, env: {} });
    const [, ci] = await steps(knowledge);
    const reason = `ms@2.0.0: tarball does not match package-lock.json's integrity ${altered}`;
    expect([ci.addedBytes.estimate, ci.addedBytes.reason]).toEqual(['lower-bound', expect.stringContaining(reason)]);
    // what is known still counts: left-pad's 4096 bytes unpacked (the fake registry's made-up figure)
    expect(ci.addedBytes.value).toBeGreaterThanOrEqual(4096);
  });
});
