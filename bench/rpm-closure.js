'use strict';
// How long rpm repository metadata takes to parse, to load from dflint's cache, and how long a dnf
// install closure takes once loaded (issue 16: a 200-package install in <= 20 ms). Fedora's, RHEL's and
// Rocky's mirrors are not reachable where this was written, so the repository is SYNTHETIC, generated
// here with a fixed seed in Fedora's shape (70,000 packages; each provides itself, its name(x86-64) and
// shared-library sonames, requires ~8 sonames/names/file paths/rpmlib() of other packages, some rich
// and weak dependencies, a short description). Its figures time dflint's code, not a real repository's
// contents. `node bench/rpm-closure.js` after `npx tsc -b`. Prints, never fails.
const { mkdtempSync, readdirSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ms, median } = require('./timing');

const COUNT = 70000;

/** a small deterministic PRNG (mulberry32) */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticPrimary() {
  const next = random(16);
  const name = (i) => `pkg${String(i).padStart(5, '0')}${i % 7 === 0 ? '-devel' : i % 11 === 0 ? '-libs' : ''}`;
  const parts = [`<?xml version="1.0" encoding="UTF-8"?>\n<metadata xmlns="http://linux.duke.edu/metadata/common" xmlns:rpm="http://linux.duke.edu/metadata/rpm" packages="${COUNT}">\n`];
  for (let i = 0; i < COUNT; i++) {
    const n = name(i);
    const rel = `${1 + (i % 5)}.fc40`;
    const entry = (cap, extra = '') => `      <rpm:entry name="${cap}"${extra}/>\n`;
    const provides = [entry(n, ` flags="EQ" epoch="0" ver="1.${i % 13}" rel="${rel}"`), entry(`${n}(x86-64)`, ` flags="EQ" epoch="0" ver="1.${i % 13}" rel="${rel}"`)];
    for (let s = 0; s < 1 + (i % 4); s++) provides.push(entry(`lib${n}.so.${s}()(64bit)`));
    const requires = [entry('rpmlib(CompressedFileNames)', ' flags="LE" epoch="0" ver="3.0.4" rel="1"'), entry('/bin/sh', ' pre="1"')];
    // dependencies point at lower-numbered packages, mostly near ones, as libraries stack
    const deps = i === 0 ? 0 : 3 + Math.floor(next() * 8);
    for (let d = 0; d < deps; d++) {
      const target = Math.max(0, i - 1 - Math.floor(next() ** 3 * Math.min(i, 5000)));
      requires.push(next() < 0.7 ? entry(`lib${name(target)}.so.0()(64bit)`) : entry(name(target), ` flags="GE" epoch="0" ver="1.0"`));
    }
    if (i > 10 && next() < 0.05) requires.push(entry(`(${name(i - 3)} if ${name(i - 5)})`));
    const recommends = i > 2 && next() < 0.3 ? `    <rpm:recommends>\n${entry(name(i - 1 - Math.floor(next() * Math.min(i - 1, 200))))}    </rpm:recommends>\n` : '';
    const files = i === 0 ? '    <file>/bin/sh</file>\n    <file>/usr/bin/sh</file>\n' : `    <file>/usr/bin/${n}</file>\n`;
    parts.push(
      `<package type="rpm">\n  <name>${n}</name>\n  <arch>${i % 9 === 0 ? 'noarch' : 'x86_64'}</arch>\n  <version epoch="0" ver="1.${i % 13}" rel="${rel}"/>\n  <summary>Synthetic package ${i}</summary>\n  <description>${'A package generated for the benchmark, shaped like a Fedora package entry. '.repeat(3)}</description>\n  <size package="${20000 + Math.floor(next() * 2e6)}" installed="${60000 + Math.floor(next() * 8e6)}" archive="0"/>\n  <format>\n    <rpm:provides>\n${provides.join('')}    </rpm:provides>\n    <rpm:requires>\n${requires.join('')}    </rpm:requires>\n${recommends}${files}  </format>\n</package>\n`,
    );
  }
  parts.push('</metadata>\n');
  return Buffer.from(parts.join(''));
}

async function main() {
  const { parsePrimary } = require('../packages/core/dist/package-index/rpm-primary.js');
  const { RpmIndexCache } = require('../packages/core/dist/package-index/rpm-index-cache.js');
  const { rpmCatalog } = require('../packages/core/dist/package-index/rpm-catalog.js');
  const { dnfInstallClosure } = require('../packages/core/dist/package-index/rpm-closure.js');
  const { dnfRemoval } = require('../packages/core/dist/package-index/rpm-remove.js');
  const xml = syntheticPrimary();
  function* pieces() {
    for (let at = 0; at < xml.length; at += 65536) yield xml.subarray(at, at + 65536);
  }
  let start = process.hrtime.bigint();
  const packages = await parsePrimary(pieces(), 'synthetic primary.xml');
  console.log(`rpm index: SYNTHETIC Fedora-shaped primary.xml (${packages.length} packages, ${(xml.length / 1048576).toFixed(0)} MiB) streamed through saxes in ${ms(start).toFixed(0)} ms`);
  const dir = mkdtempSync(join(tmpdir(), 'dflint-bench-rpm-'));
  try {
    const cache = new RpmIndexCache(dir);
    start = process.hrtime.bigint();
    cache.write('synthetic', { source: 'synthetic', packages });
    const bytes = statSync(join(dir, 'rpm', readdirSync(join(dir, 'rpm'))[0])).size;
    console.log(`rpm index: compact cache (${(bytes / 1048576).toFixed(0)} MiB) written in ${ms(start).toFixed(0)} ms`);
    const load = median(5, () => cache.read('synthetic'));
    console.log(`rpm index: cached index loaded in median ${load.ms.toFixed(0)} ms (min ${load.min.toFixed(0)}, max ${load.max.toFixed(0)})`);
    const indexes = [load.result];
    start = process.hrtime.bigint();
    const catalog = rpmCatalog(indexes, 'x86_64');
    console.log(`rpm closure: lookup maps (${catalog.byName.size} names; providers looked up when asked) built once in ${ms(start).toFixed(0)} ms`);
    const base = dnfInstallClosure({ indexes, installed: [], request: ['pkg00000', 'pkg00001', 'pkg00002'], architecture: 'x86_64' }).installed;
    // the fewest of a spread of names (every 500th) whose closure reaches 200 packages
    const spread = [...catalog.byName.keys()].filter((_, i) => i % 500 === 250);
    let count = 1;
    while (count < spread.length && dnfInstallClosure({ indexes, installed: base, request: spread.slice(0, count), architecture: 'x86_64' }).packages.length < 200) count++;
    const two = median(15, () => dnfInstallClosure({ indexes, installed: base, request: spread.slice(0, count), architecture: 'x86_64' }));
    console.log(`rpm closure: a ${two.result.packages.length}-package dnf install (${count} requests): ${(two.result.installedSize / 1e6).toFixed(0)} MB, ${two.result.unresolved.length} unresolved, median ${two.ms.toFixed(2)} ms (min ${two.min.toFixed(2)}, max ${two.max.toFixed(2)})`);
    const noWeak = median(15, () => dnfInstallClosure({ indexes, installed: base, request: spread.slice(0, count), architecture: 'x86_64', installWeakDeps: false }));
    console.log(`rpm closure: the same with install_weak_deps=False: ${noWeak.result.packages.length} packages, median ${noWeak.ms.toFixed(2)} ms`);
    const installed = two.result.installed;
    const removal = median(15, () => dnfRemoval({ indexes, installed, request: spread.slice(0, count), architecture: 'x86_64' }));
    console.log(`rpm closure: dnf remove of the same requests: ${removal.result.removed.length} packages, median ${removal.ms.toFixed(2)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => console.log(`rpm closure: could not run: ${error.message}`));
