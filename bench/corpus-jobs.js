#!/usr/bin/env node
'use strict';
// The whole CLI over the corpus in one process, at --jobs 1, at every core and at the default:
// files/s and peak RSS, median of --runs N (default 3). Offline and without ShellCheck, so the
// figures are dflint's own work. Prints, never fails. `node bench/corpus-jobs.js [--runs N]` after a build.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { availableParallelism } = require('node:os');
const path = require('node:path');
const { SHARED } = require('./shared-dir.js');
const { filesUnder } = require('./fuzz/corpus');
const { medianOf: median } = require('./timing.js');

const BIN = path.resolve(__dirname, '../packages/cli/bin/dflint.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;


/** One CLI run: wall ms, and the child's peak RSS (KiB) and CPU time (on a loaded machine, the steadier figure) from its own resourceUsage. */
function cliRun(cwd, jobs) {
  const rss = path.join(__dirname, 'max-rss-on-exit.js');
  const args = ['--require', rss, BIN, 'dockerfiles/**/*', '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const env = { ...process.env, DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0' };
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, env, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`dflint exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  const usage = /dflint-bench-max-rss (\d+) cpu-ms (\d+)/.exec(run.stderr);
  return { ms, rssKiB: usage ? Number(usage[1]) : NaN, cpuMs: usage ? Number(usage[2]) : NaN, stdout: run.stdout };
}

const corpus = path.join(SHARED, 'corpus');
if (!existsSync(path.join(corpus, 'dockerfiles'))) {
  console.log(`corpus --jobs: skipped, ${corpus}/dockerfiles is absent`);
  process.exit(0);
}
const files = filesUnder(path.join(corpus, 'dockerfiles')).length;
const cores = availableParallelism();
const defaultThreads = Math.max(1, cores - 1); // packages/cli/src/lint-workers.ts defaultJobs()
console.log(`corpus, whole CLI, one process (${files} files, --format json, offline, no ShellCheck; median of ${RUNS}):`);
let first;
const settings = [['--jobs 1', 1], [`--jobs ${cores} (the cores)`, cores]];
if (defaultThreads !== 1 && defaultThreads !== cores) settings.push([`--jobs ${defaultThreads}`, defaultThreads]);
console.log(`  (the default on this machine: --jobs ${defaultThreads}, the cores less one)`);
for (const [label, jobs] of settings) {
  try {
    const runs = Array.from({ length: RUNS }, () => cliRun(corpus, jobs));
    const ms = median(runs.map((run) => run.ms));
    const rss = median(runs.map((run) => run.rssKiB));
    const cpu = median(runs.map((run) => run.cpuMs));
    first ??= runs[0].stdout;
    const same = runs[0].stdout === first ? '' : '   OUTPUT DIFFERS from --jobs 1';
    console.log(`  ${label.padEnd(20)} ${(files / (ms / 1000)).toFixed(0).padStart(5)} files/s  (${ms.toFixed(0)} ms)   peak RSS ${(rss / 1024).toFixed(0)} MiB   CPU ${(cpu / 1000).toFixed(1)} s${same}`);
  } catch (error) {
    console.log(`  ${label}: the run failed: ${error.message}`);
  }
}
