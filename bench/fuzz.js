#!/usr/bin/env node
'use strict';
// Seeded mutation fuzz of the real CLI (issue 13): mutants of ../shared/corpus Dockerfiles through
// lint and --fix in batches, then hostile files (item 7) with peak RSS and time. Prints what it
// found; exits 0 whatever it found, except with --check (exit 1 on any crash, hang, internal error,
// lost result, unstable fix or lost content). Needs a build (npm run build).
//
//   node bench/fuzz.js [--seed N] [--count N] [--from INDEX] [--batch N] [--jobs N] [--no-hostile] [--check] [--log FILE]
//   node bench/fuzz.js --seed N --only INDEX [--out FILE]   replay one mutant and write it out
//   node bench/fuzz.js --hostile-only [--hostile-timeout SECONDS] [--hostile-max-rss MB]
const { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { corpusFiles, DOCKERFILES } = require('./fuzz/corpus');
const { mutant } = require('./fuzz/mutate');
const { runBatch, nameOf } = require('./fuzz/batch');
const { runHostile } = require('./fuzz/hostile');

const FAILING = ['crash', 'hang', 'internal-error', 'lost-result', 'unstable', 'lost-content', 'check-failed'];

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);

if (flag('help')) {
  // the usage is the header comment above
  const lines = require('node:fs').readFileSync(__filename, 'utf8').split('\n').slice(2);
  const header = lines.slice(0, lines.findIndex((line) => !line.startsWith('//')));
  console.log(header.map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

const seed = Number(option('seed', Math.floor(Math.random() * 2 ** 31)));
const count = Number(option('count', 20000));
const from = Number(option('from', 0));
const batchSize = Number(option('batch', 100));
const jobs = Number(option('jobs', 1));
const only = option('only');
// every problem as a JSON line when it is found, so a long run can be read before it ends
const log = option('log');
// a run of the CLI over n files is killed (a hang) after --file-timeout + n × --per-file-timeout seconds
const timeouts = { file: Number(option('file-timeout', 30)) * 1000, perFile: Number(option('per-file-timeout', 1)) * 1000 };

async function fuzz(files, work) {
  const problems = [];
  let changed = 0;
  let replayDiffers = 0;
  let done = 0;
  const batches = [];
  for (let start = from; start < from + count; start += batchSize) batches.push(start);
  const started = Date.now();
  const worker = async () => {
    for (let start = batches.shift(); start !== undefined; start = batches.shift()) {
      const mutants = [];
      for (let index = start; index < Math.min(from + count, start + batchSize); index++) mutants.push({ index, ...mutant(seed, index, files) });
      const dir = path.join(work, `batch-${start}`);
      const result = await runBatch(mutants, dir, { timeouts });
      if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
      const found = result.problems.map((problem) => ({ ...problem, mutations: mutants.find((m) => m.index === problem.index)?.mutations }));
      problems.push(...found);
      if (log) for (const problem of found) appendFileSync(log, `${JSON.stringify({ seed, ...problem })}\n`);
      changed += result.changed;
      replayDiffers += result.replayDiffers ?? 0;
      done += mutants.length;
      const failing = problems.filter((problem) => FAILING.includes(problem.category)).length;
      process.stderr.write(`fuzz: ${done}/${count} files, ${changed} fixed, ${failing} problems, ${Math.round((Date.now() - started) / 1000)} s (last batch, ms: ${JSON.stringify(result.phases)})\n`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return { problems, changed, replayDiffers, seconds: (Date.now() - started) / 1000 };
}

function report({ problems, changed, replayDiffers, seconds }) {
  console.log(`\nmutation fuzz: seed ${seed}, ${count} files in batches of ${batchSize}, ${seconds.toFixed(0)} s; --fix changed ${changed} files`);
  for (const category of FAILING) {
    const found = problems.filter((problem) => problem.category === category);
    const files = new Set(found.map((problem) => problem.index)).size;
    console.log(`  ${category.padEnd(15)} ${String(files).padStart(6)} files`);
    for (const example of found.slice(0, 4)) {
      console.log(`      #${example.index} (${example.phase}; ${(example.mutations || []).join('+')}): ${example.detail}`);
      console.log(`        replay: node bench/fuzz.js --seed ${seed} --only ${example.index}`);
    }
  }
  console.log(`  (a replay in-process reached another fixed text than the CLI for ${replayDiffers} files)`);
  const counts = Object.fromEntries(FAILING.map((category) => [category, new Set(problems.filter((p) => p.category === category).map((p) => p.index)).size]));
  console.log(`fuzz counts: ${JSON.stringify({ seed, files: count, seconds: Math.round(seconds), ...counts })}`);
  return problems.some((problem) => FAILING.includes(problem.category));
}

async function replayOne(files, work) {
  const index = Number(only);
  const m = { index, ...mutant(seed, index, files) };
  const out = path.resolve(option('out', `fuzz-${seed}-${index}.Dockerfile`));
  writeFileSync(out, m.bytes);
  console.log(`mutant #${index} of seed ${seed}: ${path.relative(DOCKERFILES, m.source)} + ${m.mutations.join(' + ')}, ${m.bytes.length} bytes, written to ${out}`);
  const { problems } = await runBatch([m], path.join(work, 'only'), { timeouts });
  for (const problem of problems) console.log(`  ${problem.category} (${problem.phase}): ${problem.detail}`);
  if (problems.length === 0) console.log('  no problems');
  console.log(`  (${nameOf(index)} and its fixed copies are under ${path.join(work, 'only')})`);
}

(async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), `dflint-fuzz-${seed}-`));
  console.log(`dflint fuzz: seed ${seed} (work dir ${work})`);
  let failed = false;
  if (!flag('hostile-only')) {
    const files = corpusFiles();
    if (!files) console.log(`no corpus at ${DOCKERFILES}: the mutation fuzz is skipped (set DFLINT_SHARED)`);
    else if (only !== undefined) return replayOne(files, work);
    else failed = report(await fuzz(files, work));
  }
  if (!flag('no-hostile')) {
    mkdirSync(path.join(work, 'hostile'), { recursive: true });
    await runHostile(path.join(work, 'hostile'), { timeoutMs: Number(option('hostile-timeout', 60)) * 1000, maxRssKiB: Number(option('hostile-max-rss', 2048)) * 1024 });
  }
  if (!flag('keep')) rmSync(work, { recursive: true, force: true });
  if (flag('check') && failed) process.exitCode = 1;
})();
