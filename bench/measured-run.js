'use strict';
// A node process timed from outside, with its peak RSS and CPU time read from inside (the probe
// max-rss-on-exit.js preloaded): for the benches that run the whole CLI over the corpus.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { medianOf } = require('./timing.js');

const PROBE = path.join(__dirname, 'max-rss-on-exit.js');

/** Runs `node args…`: wall ms, the child's peak RSS (KiB) and CPU time (ms; on a loaded machine, the steadier figure), and the run itself. */
function measuredRun(args, { cwd, env }) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', PROBE, ...args], { cwd, env, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = /dflint-bench-max-rss (\d+) cpu-ms (\d+)/.exec(run.stderr);
  return { ms, rssKiB: usage ? Number(usage[1]) : NaN, cpuMs: usage ? Number(usage[2]) : NaN, run };
}

/** `  NNN files/s  (ms)   peak RSS … MiB   CPU … s`: the medians of `runs` over `files` files. */
function throughputFigures(files, runs) {
  const ms = medianOf(runs.map((run) => run.ms));
  const rss = medianOf(runs.map((run) => run.rssKiB));
  const cpu = medianOf(runs.map((run) => run.cpuMs));
  return `${(files / (ms / 1000)).toFixed(0).padStart(5)} files/s  (${ms.toFixed(0)} ms)   peak RSS ${(rss / 1024).toFixed(0)} MiB   CPU ${(cpu / 1000).toFixed(1)} s`;
}

module.exports = { measuredRun, throughputFigures };
