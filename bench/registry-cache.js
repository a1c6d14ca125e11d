'use strict';
// How long a cached base-image index takes to load and merge (issue 15: a 50,000-file base in
// <= 50 ms), and merging it under an upper layer's 1,000 whiteouts.
// `node bench/registry-cache.js [entries]` after `npx tsc -b`. Prints, never fails.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { LayerIndexCache } = require('../packages/core/dist/registry/index-cache.js');
const { mergeLayers, regularFileBytes } = require('../packages/core/dist/registry/image-filesystem.js');

const count = Number(process.argv[2] ?? 50_000);
const directory = mkdtempSync(join(tmpdir(), 'dflint-bench-cache-'));
const entries = Array.from({ length: count }, (_, i) => ({ path: `usr/lib/pkg${i % 500}/file-${i}.so`, type: 'file', mode: 0o644, uid: 0, gid: 0, size: 1000 + i }));
// sorted by path, as indexLayer leaves a layer's entries
entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const cache = new LayerIndexCache(directory);
cache.write('sha256:bench', { entries, whiteouts: [], opaqueDirs: [], keptFiles: {}, refused: [] });

const runs = [];
for (let i = 0; i < 7; i++) {
  const start = process.hrtime.bigint();
  const files = mergeLayers([new LayerIndexCache(directory).read('sha256:bench')]);
  regularFileBytes(files);
  runs.push(Number(process.hrtime.bigint() - start) / 1e6);
}
runs.sort((a, b) => a - b);
console.log(`registry cache: ${count} entries, load + merge: median ${runs[3].toFixed(1)} ms (min ${runs[0].toFixed(1)}, max ${runs[6].toFixed(1)})`);

// what a CLI run pays: the first load in a fresh process, before the JIT has warmed up
const { execFileSync } = require('node:child_process');
const coldScript = `const { LayerIndexCache } = require(${JSON.stringify(require.resolve('../packages/core/dist/registry/index-cache.js'))});
const { mergeLayers } = require(${JSON.stringify(require.resolve('../packages/core/dist/registry/image-filesystem.js'))});
const l = process.hrtime.bigint();
mergeLayers([new LayerIndexCache(${JSON.stringify(directory)}).read('sha256:bench')]);
console.log(Number(process.hrtime.bigint() - l) / 1e6);`;
const colds = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['-e', coldScript], { encoding: 'utf8' }))).sort((a, b) => a - b);
console.log(`registry cache: ${count} entries, first load + merge in a fresh process: median ${colds[2].toFixed(1)} ms (min ${colds[0].toFixed(1)}, max ${colds[4].toFixed(1)})`);

// whiteouts: an upper layer deleting 1,000 paths (500 files, 500 directories) of the 50,000-file base
const whiteouts = [...Array.from({ length: 500 }, (_, i) => `usr/lib/pkg${i % 500}/file-${i * 7}.so`), ...Array.from({ length: 500 }, (_, i) => `usr/lib/gone${i}`)];
const upper = { entries: [], whiteouts, opaqueDirs: [], keptFiles: {}, refused: [] };
const base = { entries, whiteouts: [], opaqueDirs: [], keptFiles: {}, refused: [] };
const merges = [];
for (let i = 0; i < 7; i++) {
  const start = process.hrtime.bigint();
  mergeLayers([base, upper]);
  merges.push(Number(process.hrtime.bigint() - start) / 1e6);
}
merges.sort((a, b) => a - b);
console.log(`registry merge: ${count} entries, ${whiteouts.length} whiteouts above them: median ${merges[3].toFixed(1)} ms (min ${merges[0].toFixed(1)}, max ${merges[6].toFixed(1)})`);

// what a cached base adds to a run: a resolver's first resolve() of a Dockerfile whose FROM the cache
// holds (load + merge, no request), then each further FROM of it, and cached() as the editor calls it
const { BaseImageResolver } = require('../packages/core/dist/registry/resolver.js');
const { ResolvedImageCache } = require('../packages/core/dist/registry/index-cache.js');
const { parseDocument } = require('../packages/core/dist/parse/document.js');
const { parseImageReference } = require('../packages/core/dist/registry/reference.js');
const platform = { os: 'linux', architecture: 'amd64' };
new ResolvedImageCache(directory).write({ reference: parseImageReference('bench/base:1'), digest: 'sha256:image', platform, config: { env: [], diffIds: [], history: [] }, layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:bench', size: 1 }] });
const noNetwork = () => Promise.reject(new Error('the bench makes no request'));
(async () => {
  const document = await parseDocument('FROM bench/base:1\nRUN true\n');
  const time = async (work) => {
    const start = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const firsts = [];
  const agains = [];
  const cachedCalls = [];
  for (let i = 0; i < 5; i++) {
    const resolver = new BaseImageResolver({ cacheDir: directory, platform, env: {}, fetch: noNetwork });
    firsts.push(await time(() => resolver.resolve(document)));
    agains.push(await time(() => resolver.resolve(document)));
    cachedCalls.push(await time(() => resolver.cached(document)));
  }
  const state = (await new BaseImageResolver({ cacheDir: directory, platform, env: {}, fetch: noNetwork }).resolve(document)).get(0);
  if (state.status !== 'resolved') console.log(`registry resolver: the cached base did not resolve (${state.reason})`);
  const median = (runs) => runs.sort((a, b) => a - b)[2].toFixed(2);
  console.log(`registry resolver: cached ${count}-entry base, first FROM of a run ${median(firsts)} ms, each further FROM ${median(agains)} ms, cached() ${median(cachedCalls)} ms (medians of 5)`);
  rmSync(directory, { recursive: true, force: true });
})();
