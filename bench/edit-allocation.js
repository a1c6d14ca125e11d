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
const inspector = require('node:inspector');
const { benchArgs, editKinds, serverAnalysis, thousandLines } = require('./edit-bench.js');

const { root: ROOT, option } = benchArgs();
const EDITS = Number(option('--edits', 100));
const TOP = Number(option('--top', 15));
const WARMUP = 60;
const run = serverAnalysis(ROOT);
const base = thousandLines(ROOT);

const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

async function measure(kind, { line, version }) {
  const versionOf = (i) => version(i, line(i));
  await run(base);
  for (let i = 0; i < WARMUP; i++) await run(versionOf(i));
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < EDITS; i++) await run(versionOf(i));
  const { profile } = await post('HeapProfiler.stopSampling');
  const byFunction = new Map();
  let total = 0;
  const walk = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (node.selfSize) {
      const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    node.children.forEach(walk);
  };
  walk(profile.head);
  console.log(`${path.basename(ROOT)}, ${kind}: ${(total / EDITS / 1e6).toFixed(2)} MB allocated per edit (${EDITS} edits of a 1,000-line Dockerfile); most by:`);
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${(bytes / EDITS / 1e3).toFixed(0).padStart(5)} KB  ${name}`);
}

(async () => {
  await post('HeapProfiler.enable');
  for (const [kind, edits] of Object.entries(editKinds(base))) await measure(kind, edits);
})().catch((error) => console.log(`edit allocation: could not run: ${error.message}`));
