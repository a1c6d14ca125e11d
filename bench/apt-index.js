'use strict';
// Issue 16: how long a cached apt Packages index takes to load (Debian bookworm main amd64, ~63,000
// packages; goal: tens of ms), and the first fetch + check + xz + parse that fills the cache.
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
}

main().catch((error) => console.log(`apt index: the benchmark failed: ${error.message}`));
