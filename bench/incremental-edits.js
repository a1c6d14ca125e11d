#!/usr/bin/env node
// Issue 18 item 3: the language server's analysis of one edit of a 1,000-line Dockerfile, in
// process (no worker, no LSP), as bench/lsp.js builds its file: p50/p95 per edit and the slowest
// edits, per kind of edit. In place: each edit changes one line of the original (and so undoes the
// one before). Moving: each edit inserts an empty line into the original, or takes it out again,
// so every line below moves (as half of bench/lsp.js's edits do). Also the process's CPU time per
// analysis, which other processes on a busy machine disturb less.
//   node bench/incremental-edits.js [--root <checkout>] [--edits 200]
// --root: another built checkout to measure (main, for a before/after). Prints figures, never fails.
'use strict';
const path = require('node:path');
const { benchArgs, editKinds, serverAnalysis, thousandLines } = require('./edit-bench.js');
const { quantileOf } = require('./timing.js');

const { root: ROOT, option } = benchArgs();
const EDITS = Number(option('--edits', 200));
const WARMUP = 20;
const analyze = serverAnalysis(ROOT);
const KINDS = editKinds(thousandLines(ROOT));

const quantile = (values, q) => quantileOf(values, q).toFixed(1);
const figures = (values) => `p50 ${quantile(values, 0.5)} p95 ${quantile(values, 0.95)}`;

async function measure(kind, { line, version }) {
  const times = [];
  const cpuTimes = [];
  const slowest = [];
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const k = line(i);
    const edited = version(i, k);
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await analyze(edited);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    if (i < WARMUP) continue;
    times.push(ms);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    slowest.push([ms, k]);
  }
  console.log(`${path.basename(ROOT)}, ${kind}: ${EDITS} edits of a 1,000-line Dockerfile, ms per analysis: ${figures(times)}; CPU ms: ${figures(cpuTimes)}`);
  slowest.sort((a, b) => b[0] - a[0]);
  console.log(`  slowest: ${slowest.slice(0, 5).map(([ms, line]) => `${ms.toFixed(1)} ms (line ${line})`).join(', ')}`);
  return times;
}

(async () => {
  const all = [];
  for (const [kind, edits] of Object.entries(KINDS)) all.push(...(await measure(kind, edits)));
  console.log(`${path.basename(ROOT)}, all kinds: ms per analysis: ${figures(all)}`);
})();
