#!/usr/bin/env node
'use strict';
// Prints speed and memory figures. Never fails a run: a missing input is reported and skipped.
// Usage: npm run bench  (builds first)   |   node bench/run.js [--runs N] [--only headline]
const { spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'packages/cli/bin/dflint.js');
const { SHARED } = require('./shared-dir.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

function benchCorpus() {
  const corpus = path.join(SHARED, 'corpus/dockerfiles');
  if (!existsSync(corpus)) {
    console.log(`corpus: skipped, ${corpus} is absent`);
    return;
  }
  const result = spawnSync(process.execPath, [path.join(__dirname, 'lint-corpus.js'), corpus], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(`corpus: the benchmark failed: ${result.stderr.trim()}`);
    return;
  }
  const figures = JSON.parse(result.stdout);
  console.log(`corpus, one process (${figures.files} files, ${(figures.bytes / 1048576).toFixed(1)} MiB, ${figures.findings} findings):`);
  console.log(`  parse + lint        ${figures.lintMs.toFixed(0)} ms  → ${(figures.files / (figures.lintMs / 1000)).toFixed(0)} files/s`);
  console.log(`  peak RSS            ${(figures.maxRssKiB / 1024).toFixed(0)} MiB`);
  const { exact, estimated, unknown } = figures.estimates;
  const lower = figures.estimates['lower-bound'];
  const steps = exact + estimated + lower + unknown;
  const share = (n) => `${n} (${((100 * n) / steps).toFixed(0)}%)`;
  console.log(`  layer models        ${figures.modelMs.toFixed(0)} ms (parse + model, no build context)`);
  console.log(`  layer steps         ${steps}: exact ${share(exact)}, estimated ${share(estimated)}, lower-bound ${share(lower)}, unknown ${share(unknown)}`);
  // offline: the figure is dflint's own time, not the registries' (base images are resolved by default)
  // a cache folder of its own: the first run with ShellCheck checks every script, the second reads what it kept
  const cache = require('node:fs').mkdtempSync(path.join(require('node:os').tmpdir(), 'dflint-bench-cache-'));
  const cliRun = (shellcheck) => {
    const start = process.hrtime.bigint();
    const env = { ...process.env, DFLINT_OFFLINE: '1', DFLINT_SHELLCHECK: shellcheck, XDG_CACHE_HOME: cache };
    const run = spawnSync(process.execPath, [BIN, 'dockerfiles/**/*', '--format', 'json'], { cwd: path.dirname(corpus), maxBuffer: 1 << 30, env });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { ms, stderr: run.stderr ?? '' };
  };
  const without = cliRun('0');
  console.log(`  whole CLI run       ${without.ms.toFixed(0)} ms  → ${(figures.files / (without.ms / 1000)).toFixed(0)} files/s (glob, read, lint, JSON; without ShellCheck)`);
  const withShellcheck = cliRun('on');
  if (/ShellCheck did not run/.test(withShellcheck.stderr)) console.log('  with ShellCheck     skipped: no shellcheck on PATH');
  else {
    const again = cliRun('on');
    const cores = require('node:os').availableParallelism();
    console.log(`  with ShellCheck     ${withShellcheck.ms.toFixed(0)} ms  = ${(withShellcheck.ms / without.ms).toFixed(2)}× (every RUN script checked: batches across ${cores} cores)`);
    console.log(`  again               ${again.ms.toFixed(0)} ms  = ${(again.ms / without.ms).toFixed(2)}× (the scripts' results kept from the run before)`);
  }
  require('node:fs').rmSync(cache, { recursive: true, force: true });
}

/** A bench that runs in its own process: its figures printed as they are, a failure as one line. */
function benchScript(script, label) {
  const run = () => {
    const result = spawnSync(process.execPath, [path.join(__dirname, script)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    process.stdout.write(result.stdout);
    if (result.status !== 0) console.log(`${label}: the benchmark failed: ${result.stderr.trim()}`);
  };
  Object.defineProperty(run, 'name', { value: label });
  return run;
}

const ownProcessBenches = [
  // 1,000 to 50,000 lines, one process per case
  benchScript('long-files.js', 'long files'),
  benchScript('apt-index.js', 'apt index'),
  // may download bookworm's index once
  benchScript('apt-closure.js', 'apt closure'),
  benchScript('npm-lockfile.js', 'npm lockfile'),
  benchScript('python-lock.js', 'python lock'),
  // a synthetic Fedora-shaped repository: rpm mirrors are not reachable where it was written
  benchScript('rpm-closure.js', 'rpm closure'),
  // Alpine's mirrors may be unreachable: DFLINT_APKINDEX, else a synthetic index (says so)
  benchScript('apk-index.js', 'apk index'),
];

/**
 * Issue 18's figures side by side, first: the packed CLI's size and install time, one small file
 * against bare node (from source and the packed bundle), what the two parsers alone take (the
 * least a lint can: bench/parser-floor.js), the corpus at --jobs 1 and the default
 * (from source and packed),
 * `dflint layers` over the corpus, and the language server's latency (analysis alone, with the
 * debounce, with the document read for 3 s before the first edit, and typed in right after opening
 * it at an edit every 120 ms). The packed CLI is built once into a temporary folder, with a cache folder of its own.
 */
function benchHeadline() {
  const work = mkdtempSync(path.join(tmpdir(), 'dflint-bench-headline-'));
  try {
    const script = (name, args = [], env = process.env) => {
      const result = spawnSync(process.execPath, [path.join(__dirname, name), ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
      process.stdout.write(result.stdout);
      if (result.status !== 0) console.log(`${name}: the benchmark failed: ${result.stderr.trim()}`);
    };
    script('package-size.js', ['--keep', work]);
    const packedBin = path.join(work, 'build/npm/dflint/bin/dflint.js');
    const binArgs = existsSync(packedBin) ? ['--bin', packedBin] : [];
    script('startup.js', ['--runs', String(RUNS), ...binArgs], { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache') });
    // the least a lint can take: the parsers alone, for the start-up and corpus figures around them
    script('parser-floor.js', ['--runs', String(RUNS)]);
    script('corpus-jobs.js', existsSync(packedBin) ? ['--packed-bin', packedBin] : [], { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache') });
    script('layers-corpus.js');
    script('lsp.js');
    // as a user gets it: the document read for a few seconds before the first edit (the server warms up then)
    script('lsp.js', ['--only', 'analysis', '--edits', '0', '--idle-after-open', '3000']);
    // typing right after opening: the server warms up in the pauses between keystrokes
    script('lsp.js', ['--only', 'analysis', '--edits', '0', '--typing-gap', '120']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const onlyHeadline = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'headline';
for (const bench of onlyHeadline ? [benchHeadline] : [benchHeadline, benchCorpus, ...ownProcessBenches]) {
  try {
    bench();
  } catch (error) {
    console.log(`${bench.name}: could not run: ${error.message}`);
  }
}
