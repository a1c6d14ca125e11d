#!/usr/bin/env node
'use strict';
// What an editor's analysis of one edit allocates, and where: the language server's analysis in
// process on the 1,000-line file, under V8's sampling heap profiler with collected objects kept, per
// kind of edit: bench/incremental-edits.js's edits (bench/edit-bench.js). GC is a quarter of an
// edit's time, and unlike the time this figure hardly moves with the machine's load: a change's
// effect shows in one run.
//   node bench/edit-allocation.js [--root <checkout>] [--edits 100] [--top 15]
// --root: another built checkout to measure (main, for a before/after). Prints figures, never fails.
const path = require('node:path');
const { benchArgs, editKinds, serverAnalysis, thousandLines } = require('./edit-bench.js');
const { allocationOf, topAllocators } = require('./allocation-sampling.js');

const { root: ROOT, option } = benchArgs();
const EDITS = Number(option('--edits', 100));
const TOP = Number(option('--top', 15));
const WARMUP = 60;
const run = serverAnalysis(ROOT);
const base = thousandLines(ROOT);

async function measure(kind, { line, version }) {
  const versionOf = (i) => version(i, line(i));
  await run(base);
  for (let i = 0; i < WARMUP; i++) await run(versionOf(i));
  const allocation = await allocationOf(async () => {
    for (let i = 0; i < EDITS; i++) await run(versionOf(i));
  });
  console.log(`${path.basename(ROOT)}, ${kind}: ${(allocation.total / EDITS / 1e6).toFixed(2)} MB allocated per edit (${EDITS} edits of a 1,000-line Dockerfile); most by:`);
  console.log(topAllocators(allocation, EDITS, TOP).join('\n'));
}

(async () => {
  for (const [kind, edits] of Object.entries(editKinds(base))) await measure(kind, edits);
})().catch((error) => console.log(`edit allocation: could not run: ${error.message}`));
