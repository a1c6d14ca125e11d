#!/usr/bin/env node
'use strict';
// Times reading a 1,066-package package-lock.json and giving its knowledge from a warm cache (no
// request), then the layer model of `COPY` + `RUN npm ci` over it. The cache is filled with
// placeholder sizes for the timing only (the figures are not real and not printed).
// Usage: node bench/npm-lockfile.js   (after `npx tsc -b`)
const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { gunzipSync } = require('node:zlib');
const core = require('../packages/core/dist');
const { buildLayerModel } = require('../packages/core/dist/layers/model');
const { cachedNpmKnowledge, loadNpmKnowledge, readLockfile } = require('../packages/core/dist/package-index/npm-source');
const { NpmSizeCache } = require('../packages/core/dist/package-index/npm-size-cache');
const { OFFLINE_REASON, packageIndexesUnknown } = require('../packages/core/dist/package-index/package-knowledge');

const RUNS = 15;
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
async function time(run) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'dflint-bench-npm-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'dflint-bench-npm-cache-'));
  writeFileSync(path.join(root, 'package-lock.json'), gunzipSync(readFileSync(path.join(__dirname, 'npm-1000/package-lock.json.gz'))));
  writeFileSync(path.join(root, 'package.json'), readFileSync(path.join(__dirname, 'npm-1000/package.json')));
  const lock = readLockfile(root, 'package-lock.json');
  const cache = new NpmSizeCache(cacheDir, 'https://registry.npmjs.org/');
  for (const item of lock.packages) cache.set(item.name, item.version, { unpackedSize: 1, tarballSize: 1, packumentSize: 1, integrity: item.integrity ?? '' }, '2026-12-06');
  cache.save();
  const options = { cacheDir, env: {}, fetch: () => Promise.reject(new Error('the bench asks nothing')) };

  const parse = await time(() => readLockfile(root, 'package-lock.json'));
  const cached = await time(() => cachedNpmKnowledge(root, 'package-lock.json', options));
  const loaded = await time(() => loadNpmKnowledge(root, 'package-lock.json', options));
  const npm = cachedNpmKnowledge(root, 'package-lock.json', options);
  const states = { ...packageIndexesUnknown(OFFLINE_REASON), npm: () => npm };
  const packageIndexes = { load: async () => states, cached: () => states };
  const text = 'FROM scratch\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nRUN npm prune --omit=dev\n';
  const analysis = await core.analyzeDockerfile({ text, contextRoot: root, packageIndexes, rules: [] });
  const model = await time(() => buildLayerModel(analysis.document, { context: analysis.context, packages: states }));
  const bare = await time(() => buildLayerModel(analysis.document, { context: analysis.context }));
  console.log(`npm lockfile, ${lock.packages.length} packages (package-lock.json v3, ${(readFileSync(path.join(root, 'package-lock.json')).length / 1024).toFixed(0)} KiB), median of ${RUNS}:`);
  console.log(`  parse                 ${parse.toFixed(1)} ms`);
  console.log(`  knowledge, cache only ${cached.toFixed(1)} ms (parse + sizes from the cache)`);
  console.log(`  knowledge, warm load  ${loaded.toFixed(1)} ms (every size cached: no request)`);
  console.log(`  layer model           ${model.toFixed(1)} ms (COPY, npm ci, npm prune --omit=dev over it; ${bare.toFixed(1)} ms without the sizes)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
