#!/usr/bin/env node
'use strict';
// Predicts the npm layers of the ground truth npm-ci-then-prune (npm ci, then npm prune --omit=dev;
// express prod, typescript + @types/node dev; built with buildah on Debian bookworm, nodejs 18 and
// npm 9 from Debian) from the lockfile and the npm registry's sizes, and prints predicted vs measured.
// Usage: node bench/npm-groundtruth.js [case dir] [measured json]   (builds first; fetches sizes once, then cached)
const path = require('node:path');
const { readFileSync, existsSync } = require('node:fs');
const core = require('../packages/core/dist');
const { loadNpmKnowledge } = require('../packages/core/dist/package-index/npm-source');
const { OFFLINE_REASON } = require('../packages/core/dist/package-index/package-knowledge');

const dir = process.argv[2] ?? '/work/gt16/npm-ci-then-prune';
const measuredFile = process.argv[3] ?? '/work/gt16-out/npm-ci-then-prune.json';

/** what later layers hide, per layer, measured by /work/gt16-files.py on the built image */
const MEASURED_HIDDEN = { copy: 26025, ci: 25133799 };

async function main() {
  if (!existsSync(measuredFile)) return console.log(`npm ground truth: skipped, ${measuredFile} is absent`);
  const measured = JSON.parse(readFileSync(measuredFile, 'utf8'));
  const unknown = { status: 'unknown', reason: OFFLINE_REASON };
  const offline = process.argv.includes('--offline');
  const npm = offline ? unknown : await loadNpmKnowledge(dir, 'package-lock.json', {});
  const states = { apt: () => unknown, npm: (p) => (p === 'package-lock.json' ? npm : unknown), python: () => unknown };
  const source = { load: async () => states, cached: () => states };
  const analysis = await core.analyzeDockerfile({ text: readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), contextRoot: dir, packageIndexes: source, rules: [] });
  const steps = analysis.layers.stages[0].steps.filter((step) => step.createsLayer);
  const figure = (bytes) => (bytes.estimate === 'unknown' ? `unknown (${bytes.reason ?? 'no reason'})` : `${bytes.estimate === 'lower-bound' ? '≥ ' : bytes.estimate === 'estimated' ? '≈ ' : ''}${bytes.value}`);
  const rows = [
    ['npm ci layer', measured.layers[3].file_bytes, steps[2].addedBytes],
    ['npm prune layer', measured.layers[4].file_bytes, steps[3].addedBytes],
    ['waste (COPY + npm ci layers)', MEASURED_HIDDEN.copy + MEASURED_HIDDEN.ci, core.sumBytes([steps[1].wastedBytes, steps[2].wastedBytes])],
  ];
  console.log(`npm ground truth (${path.basename(dir)}), sizes: ${npm.status === 'known' ? npm.value.source : npm.reason}`);
  console.log('  case                              measured     predicted                error');
  for (const [name, real, predicted] of rows) {
    const error = predicted.estimate === 'unknown' ? '' : `${(((predicted.value - real) / real) * 100).toFixed(1)}%`;
    console.log(`  ${name.padEnd(32)} ${String(real).padStart(10)}   ${figure(predicted).padEnd(22)} ${error}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
