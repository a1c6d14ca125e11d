#!/usr/bin/env node
'use strict';
// `dflint layers --format json` over every corpus Dockerfile in one process: files/s and peak RSS,
// median of --runs N (default 3). Offline, so the figure is dflint's own work. Prints, never fails.
// Usage: node bench/layers-corpus.js [--runs N]   (after a build)
const { existsSync } = require('node:fs');
const path = require('node:path');
const { SHARED } = require('./shared-dir.js');
const { filesUnder } = require('./fuzz/corpus');
const { measuredRun, throughputFigures } = require('./measured-run.js');

const BIN = path.resolve(__dirname, '../packages/cli/bin/dflint.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const corpus = path.join(SHARED, 'corpus');

function layersRun(files) {
  const measured = measuredRun([BIN, 'layers', '--format', 'json', ...files], { cwd: corpus, env: { ...process.env, DFLINT_OFFLINE: '1' } });
  const { run } = measured;
  // exit 2 with a report: some corpus files have no FROM (each says so on stderr), the others are modelled
  const modelled = run.stdout ? JSON.parse(run.stdout).length : 0;
  if (modelled === 0) throw new Error(`dflint layers exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  return { ...measured, modelled };
}

if (!existsSync(path.join(corpus, 'dockerfiles'))) {
  console.log(`corpus layers: skipped, ${corpus}/dockerfiles is absent`);
} else {
  // relative to the corpus: `dflint layers` takes files, not globs
  const files = filesUnder(path.join(corpus, 'dockerfiles')).map((file) => path.relative(corpus, file));
  try {
    const runs = Array.from({ length: RUNS }, () => layersRun(files));
    console.log(`dflint layers over the corpus, one process (${files.length} files, ${runs[0].modelled} modelled, --format json, offline; median of ${RUNS}):`);
    console.log(`  ${throughputFigures(files.length, runs)}`);
  } catch (error) {
    console.log(`dflint layers over the corpus: the run failed: ${error.message}`);
  }
}
