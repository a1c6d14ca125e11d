'use strict';
// Issue 16: how long a cached apt Packages index takes to load (Debian bookworm main amd64, ~63,000
// packages; goal: tens of ms), the first fetch + check + xz + parse + lz4 sizing that fills the cache,
// and `apt-get install build-essential` resolved over the cached index in a fresh process.
// `node bench/apt-index.js` after `npx tsc -b`. Needs Debian's mirror once (the index is kept in
// $TMPDIR/dflint-bench-apt between runs); prints and skips without it; never fails.
const { execFileSync } = require('node:child_process');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadAptIndex } = require('../packages/core/dist/package-index/apt-fetch.js');

const cacheDirectory = join(tmpdir(), 'dflint-bench-apt');
const source = { uri: 'http://deb.debian.org/debian', suite: 'bookworm', components: ['main'], file: 'bench' };

async function main() {
  const start = process.hrtime.bigint();
  const result = await loadAptIndex(source, 'main', 'amd64', { cacheDirectory });
  if (result.status !== 'indexed') return console.log(`apt index: skipped, ${result.reason}`);
  const first = Number(process.hrtime.bigint() - start) / 1e6;
  const sha256 = result.release.files.get(result.path).sha256;
  console.log(`apt index: ${result.index.source}, ${result.index.packages.length} packages; this run's loadAptIndex (fetch, sha256, xz, parse, store — or the caches): ${first.toFixed(0)} ms`);
  // what a CLI run pays: the first load in a fresh process
  const script = `const { AptIndexCache } = require(${JSON.stringify(require.resolve('../packages/core/dist/package-index/apt-index-cache.js'))});
const t = process.hrtime.bigint();
const index = new AptIndexCache(${JSON.stringify(cacheDirectory)}).read(${JSON.stringify(sha256)});
const loaded = Number(process.hrtime.bigint() - t) / 1e6;
const byName = new Map(index.packages.map((p) => [p.name, p]));
const c = process.hrtime.bigint();
let relations = 0;
for (const name of ['build-essential', 'gcc-12', 'g++-12', 'libc6-dev', 'make', 'dpkg-dev', 'perl', 'binutils']) relations += byName.get(name).depends.length;
console.log(loaded, Number(process.hrtime.bigint() - c) / 1e6);`;
  const runs = Array.from({ length: 5 }, () => execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ').map(Number));
  const loads = runs.map(([load]) => load).sort((a, b) => a - b);
  const reads = runs.map(([, read]) => read).sort((a, b) => a - b);
  console.log(`apt index: cached load in a fresh process: median ${loads[2].toFixed(1)} ms (min ${loads[0].toFixed(1)}, max ${loads[4].toFixed(1)}); then the Depends of 8 packages (parsed on first use): median ${reads[2].toFixed(2)} ms`);
  if (result.stored) console.log(`apt index: /var/lib/apt/lists as apt-get update leaves it (GzipIndexes): InRelease ${result.releaseFile.bytes} B + Packages.lz4 ≈ ${result.stored.lz4Bytes} B (decompressed ${result.stored.bytes} B)`);
  // what an analysis pays in a fresh process: the Release and the index from the cache files (cachedAptIndex,
  // as createPackageIndexSource's cached() and a CLI run within the Release's TTL), then `apt-get install
  // build-essential` over the essential packages and apt, resolved twice (the first builds the lookup maps)
  const dist = (name) => JSON.stringify(require.resolve(`../packages/core/dist/package-index/${name}.js`));
  const closure = `const { cachedAptIndex } = require(${dist('apt-fetch')});
const { aptInstallClosure } = require(${dist('apt-closure')});
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
let t = process.hrtime.bigint();
const cached = cachedAptIndex(${JSON.stringify(source)}, 'main', 'amd64', { cacheDirectory: ${JSON.stringify(cacheDirectory)} });
const load = ms(t);
const indexes = [cached.index];
const base = aptInstallClosure({ indexes, installed: [], request: [...cached.index.packages.filter((p) => p.essential).map((p) => p.name), 'apt'], installRecommends: false, architecture: 'amd64' }).installed;
t = process.hrtime.bigint();
const first = aptInstallClosure({ indexes, installed: base, request: ['build-essential'], architecture: 'amd64' });
const firstMs = ms(t);
t = process.hrtime.bigint();
aptInstallClosure({ indexes, installed: base, request: ['build-essential'], architecture: 'amd64' });
console.log(load, firstMs, ms(t), first.packages.length);`;
  const resolves = Array.from({ length: 5 }, () => execFileSync(process.execPath, ['-e', closure], { encoding: 'utf8' }).trim().split(' ').map(Number));
  const at = (column) => resolves.map((run) => run[column]).sort((a, b) => a - b)[2];
  console.log(
    `apt index: in a fresh process, cachedAptIndex (Release + index from the cache files): median ${at(0).toFixed(1)} ms; ` +
      `apt-get install build-essential (${resolves[0][3]} packages) once loaded: first ${at(1).toFixed(1)} ms (lookup maps built), then ${at(2).toFixed(2)} ms (medians of 5)`,
  );
}

main().catch((error) => console.log(`apt index: the benchmark failed: ${error.message}`));
