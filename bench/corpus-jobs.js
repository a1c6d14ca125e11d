#!/usr/bin/env node
'use strict';
// The whole CLI over the corpus in one process, at --jobs 1, at every core and at the default:
// files/s and peak RSS, median of --runs N (default 3). Offline and without ShellCheck, so the
// figures are dflint's own work. Prints, never fails. `node bench/corpus-jobs.js [--runs N] [--packed-bin BIN]`
// after a build; --packed-bin adds rows for the packed CLI users install (`npm run package`).
const { existsSync } = require('node:fs');
const { availableParallelism } = require('node:os');
const path = require('node:path');
const { SHARED } = require('./shared-dir.js');
const { filesUnder } = require('./fuzz/corpus');
const { measuredRun, throughputFigures } = require('./measured-run.js');

const BIN = path.resolve(__dirname, '../packages/cli/bin/dflint.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const binArg = process.argv.indexOf('--packed-bin');
const PACKED_BIN = binArg > 0 ? path.resolve(process.argv[binArg + 1]) : undefined;

/** One CLI run over the corpus (see measuredRun), and what it printed. */
function cliRun(cwd, jobs, bin = BIN) {
  const args = [bin, 'dockerfiles/**/*', '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const measured = measuredRun(args, { cwd, env: { ...process.env, DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: '0' } });
  const { run } = measured;
  if (run.status !== 0 && run.status !== 1) throw new Error(`dflint exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  return { ...measured, stdout: run.stdout };
}

const corpus = path.join(SHARED, 'corpus');
if (!existsSync(path.join(corpus, 'dockerfiles'))) {
  console.log(`corpus --jobs: skipped, ${corpus}/dockerfiles is absent`);
  process.exit(0);
}
const files = filesUnder(path.join(corpus, 'dockerfiles')).length;
const cores = availableParallelism();
// the CLI's own answer (the build's), so this line cannot drift from it
const defaultThreads = require('../packages/cli/dist/lint-workers.js').defaultJobs();
console.log(`corpus, whole CLI, one process (${files} files, --format json, offline, no ShellCheck; median of ${RUNS}):`);
let first;
const settings = [['--jobs 1', 1], [`--jobs ${cores} (the cores)`, cores]];
if (defaultThreads !== 1 && defaultThreads !== cores) settings.push([`--jobs ${defaultThreads}`, defaultThreads]);
const rows = settings.map(([label, jobs]) => [label, jobs, BIN]);
if (PACKED_BIN) rows.push(...settings.map(([label, jobs]) => [`${label}, packed`, jobs, PACKED_BIN]));
console.log(`  (the default on this machine: --jobs ${defaultThreads}${defaultThreads === cores ? ', the cores' : ''})`);
for (const [label, jobs, bin] of rows) {
  try {
    const runs = Array.from({ length: RUNS }, () => cliRun(corpus, jobs, bin));
    first ??= runs[0].stdout;
    const same = runs[0].stdout === first ? '' : '   OUTPUT DIFFERS from --jobs 1';
    console.log(`  ${label.padEnd(28)} ${throughputFigures(files, runs)}${same}`);
  } catch (error) {
    console.log(`  ${label}: the run failed: ${error.message}`);
  }
}
