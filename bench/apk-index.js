'use strict';
// Issue 16, apk: how long a cached APKINDEX takes to load in a fresh process, and the `apk add` closure of
// a typical build set (build-base; build-base + curl + git + python3) and an `apk del` after it. Alpine's
// mirrors may not be reachable, so the index is DFLINT_APKINDEX (a real APKINDEX.tar.gz, e.g. Alpine main
// x86_64) when set, else a SYNTHETIC one: the committed real excerpt (77 Alpine 3.16 records) copied under
// new names (`<name>_c<n>`, dependencies renamed within each copy) to about Alpine main + community's size.
// Its sizes are the excerpt's, repeated: only the timings mean anything. `node bench/apk-index.js` after
// `npx tsc -b`. Prints, never fails.
const { createReadStream, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Readable } = require('node:stream');

const DIST = join(__dirname, '../packages/core/dist/package-index');
const { parseApkIndexText, readApkIndexArchive } = require(join(DIST, 'apk-index.js'));
const { ApkIndexCache } = require(join(DIST, 'apk-index-cache.js'));
const EXCERPT = join(__dirname, '../packages/core/src/package-index/fixtures/apk/alpine-3.16-main-x86_64.APKINDEX');
const COPIES = 340;
const BASE = ['alpine-baselayout-data', 'musl', 'busybox', 'alpine-baselayout', 'alpine-keys', 'ca-certificates-bundle', 'libcrypto1.1', 'libssl1.1', 'ssl_client', 'zlib', 'apk-tools', 'scanelf', 'musl-utils', 'libc-utils'];
const URL = 'https://bench.invalid/alpine/main/x86_64/APKINDEX.tar.gz';

/** the excerpt's packages, then COPIES renamed copies: names, provides and dependencies get `~n` */
function synthetic() {
  const real = parseApkIndexText(readFileSync(EXCERPT, 'utf8'));
  const packages = [...real];
  const rename = (n) => (item) => ({ ...item, name: `${item.name}_c${n}` });
  for (let n = 1; n <= COPIES; n++) packages.push(...real.map((p) => ({ ...p, name: `${p.name}_c${n}`, depends: p.depends.map(rename(n)), provides: p.provides.map(rename(n)), installIf: p.installIf.map(rename(n)) })));
  return { source: `SYNTHETIC: the Alpine 3.16 excerpt and ${COPIES} renamed copies`, packages };
}

async function load() {
  const file = process.env.DFLINT_APKINDEX;
  if (!file) return synthetic();
  const archive = await readApkIndexArchive(Readable.toWeb(createReadStream(file)), file);
  return { source: `${file}${archive.description ? ` (${archive.description})` : ''}`, packages: archive.packages };
}

async function main() {
  const index = await load();
  const directory = mkdtempSync(join(tmpdir(), 'dflint-bench-apk-'));
  try {
    new ApkIndexCache(directory).write(URL, index, { at: Date.now(), signer: { key: 'bench.rsa.pub', digest: 'bench' } }); // the bench times loading, not signature checks
    console.log(`apk index: ${index.source}, ${index.packages.length} packages`);
    const script = `const t0 = process.hrtime.bigint();
const { ApkIndexCache } = require(${JSON.stringify(join(DIST, 'apk-index-cache.js'))});
const { apkAddClosure } = require(${JSON.stringify(join(DIST, 'apk-closure.js'))});
const { apkRemoval } = require(${JSON.stringify(join(DIST, 'apk-remove.js'))});
const { parseApkWorld } = require(${JSON.stringify(join(DIST, 'apk-catalog.js'))});
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const required = ms(t0);
let t = process.hrtime.bigint();
const { index } = new ApkIndexCache(${JSON.stringify(directory)}).read(${JSON.stringify(URL)});
const loaded = ms(t);
const indexes = [index];
const byName = new Map(index.packages.map((p) => [p.name, p]));
const installed = ${JSON.stringify(BASE)}.map((n) => byName.get(n)).filter(Boolean);
const world = parseApkWorld('alpine-baselayout alpine-keys apk-tools busybox libc-utils');
t = process.hrtime.bigint();
const first = apkAddClosure({ indexes, installed, world, request: ['build-base'] });
const firstMs = ms(t);
t = process.hrtime.bigint();
const again = apkAddClosure({ indexes, installed, world, request: ['build-base'] });
const againMs = ms(t);
t = process.hrtime.bigint();
const big = apkAddClosure({ indexes, installed, world, request: ['build-base', 'curl', 'git', 'python3'], virtual: '.build-deps' });
const bigMs = ms(t);
t = process.hrtime.bigint();
const removal = apkRemoval({ installed: big.installed, world: big.world, request: ['.build-deps'] });
const delMs = ms(t);
console.log(JSON.stringify([required, loaded, firstMs, againMs, bigMs, delMs, first.added.length, big.added.length, removal.removed.length]));`;
    const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
    const median = (i) => runs.map((run) => run[i]).sort((a, b) => a - b)[2];
    const [, , , , , , buildBase, big, removed] = runs[0];
    console.log(`apk index: fresh process, median of 5: require ${median(0).toFixed(1)} ms; cached load ${median(1).toFixed(1)} ms`);
    console.log(`apk closure: build-base (${buildBase} packages) ${median(2).toFixed(1)} ms first (lookup maps built), ${median(3).toFixed(2)} ms again; --virtual .build-deps build-base curl git python3 (${big} packages) ${median(4).toFixed(2)} ms; apk del .build-deps (${removed} packages) ${median(5).toFixed(2)} ms`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error) => console.log(`apk index: the benchmark failed: ${error.message}`));
