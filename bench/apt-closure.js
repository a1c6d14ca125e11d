'use strict';
// How long the apt install closure takes once the index is loaded (issue 16: a 200-package install in
// <= 20 ms): `apt-get install build-essential` and 200 packages at once, on the real bookworm main amd64
// index over a minimal base (Priority: required + apt). The index is the file named by
// DFLINT_APT_PACKAGES, else <tmpdir>/dflint-bench-apt-closure/bookworm-main-amd64.Packages, downloaded from
// deb.debian.org and unpacked with xz on first use. `node bench/apt-closure.js` after `npx tsc -b`. Prints, never fails.
const { existsSync, mkdirSync, readFileSync, renameSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ms, median } = require('./timing');

const URL = 'http://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.xz';
const dir = join(tmpdir(), 'dflint-bench-apt-closure');
const file = process.env.DFLINT_APT_PACKAGES || join(dir, 'bookworm-main-amd64.Packages');

function ensureIndex() {
  if (existsSync(file)) return true;
  if (process.env.DFLINT_APT_PACKAGES) {
    console.log(`apt closure: skipped, ${file} (DFLINT_APT_PACKAGES) is absent`);
    return false;
  }
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync('curl', ['-fsS', '--max-time', '120', '-o', join(dir, 'Packages.xz'), URL]);
    execFileSync('xz', ['-df', join(dir, 'Packages.xz')]);
    renameSync(join(dir, 'Packages'), file);
    return true;
  } catch (error) {
    console.log(`apt closure: skipped, could not fetch ${URL} (${String(error.message).split('\n')[0]})`);
    return false;
  }
}

function main() {
  if (!ensureIndex()) return;
  const { parseAptPackages, parseStanzas } = require('../packages/core/dist/package-index/apt-stanzas.js');
  const { aptCatalog } = require('../packages/core/dist/package-index/apt-catalog.js');
  const { aptInstallClosure } = require('../packages/core/dist/package-index/apt-closure.js');
  const text = readFileSync(file, 'utf8');
  let start = process.hrtime.bigint();
  const index = { source: 'Debian bookworm main amd64 Packages', packages: parseAptPackages(text) };
  console.log(`apt closure: ${index.packages.length} packages, ${(text.length / 1048576).toFixed(1)} MiB of Packages text parsed by apt-stanzas in ${ms(start).toFixed(0)} ms (the index reader's cached form replaces this)`);
  const indexes = [index];
  start = process.hrtime.bigint();
  const catalog = aptCatalog(indexes, 'amd64');
  console.log(`apt closure: lookup maps (${catalog.candidates.size} names, ${catalog.providers.size} provided names) built once in ${ms(start).toFixed(0)} ms`);
  start = process.hrtime.bigint();
  catalog.firstSeen();
  console.log(`apt closure: apt's package-ID order, built the first time two providers tie: ${ms(start).toFixed(0)} ms`);
  const required = parseStanzas(text).filter((fields) => fields.get('Priority') === 'required').map((fields) => fields.get('Package'));
  const base = aptInstallClosure({ indexes, installed: [], request: [...required, 'apt'], installRecommends: false, architecture: 'amd64' }).installed;
  const essential = median(15, () => aptInstallClosure({ indexes, installed: base, request: ['build-essential'], architecture: 'amd64' }));
  console.log(`apt closure: install build-essential over a ${base.length}-package base: ${essential.result.packages.length} packages, ${(essential.result.installedSize / 1e6).toFixed(1)} MB, median ${essential.ms.toFixed(2)} ms (min ${essential.min.toFixed(2)}, max ${essential.max.toFixed(2)})`);
  // a 200-package install: the fewest of a spread of names (every 300th of the index) whose closure reaches 200 packages
  const spread = [...catalog.candidates.keys()].filter((_, i) => i % 300 === 0);
  let count = 1;
  while (count < spread.length && aptInstallClosure({ indexes, installed: base, request: spread.slice(0, count), architecture: 'amd64' }).packages.length < 200) count++;
  const two = median(15, () => aptInstallClosure({ indexes, installed: base, request: spread.slice(0, count), architecture: 'amd64' }));
  console.log(`apt closure: a 200-package install (${spread.slice(0, count).join(' ')}): ${two.result.packages.length} packages, ${(two.result.installedSize / 1e6).toFixed(0)} MB, median ${two.ms.toFixed(2)} ms (min ${two.min.toFixed(2)}, max ${two.max.toFixed(2)})`);
  // 200 requests at once
  const names = spread.slice(0, 200);
  const many = median(15, () => aptInstallClosure({ indexes, installed: base, request: names, architecture: 'amd64' }));
  const result = many.result;
  console.log(`apt closure: ${names.length} requests at once: ${result.packages.length} packages, ${(result.installedSize / 1e6).toFixed(0)} MB, ${result.unresolved.length} unresolved, median ${many.ms.toFixed(2)} ms (min ${many.min.toFixed(2)}, max ${many.max.toFixed(2)})`);
  const noRecommends = median(15, () => aptInstallClosure({ indexes, installed: base, request: names, installRecommends: false, architecture: 'amd64' }));
  console.log(`apt closure: the same without Recommends: ${noRecommends.result.packages.length} packages, median ${noRecommends.ms.toFixed(2)} ms`);
}

try {
  main();
} catch (error) {
  console.log(`apt closure: could not run: ${error.message}`);
}
