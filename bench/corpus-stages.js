#!/usr/bin/env node
'use strict';
// CPU of each stage of analysing the corpus once in a fresh process, JIT warm-up included as in a CLI run:
// parse (parseDocumentSync), scripts (the shell parse of every RUN) and layers (buildLayerModel, with no
// build context, base images or package indexes). Each stage is a few hundred ms to a second and runs
// in-process, so it is steadier than a whole CLI run for telling a cut in one stage from noise.
// Usage: node bench/corpus-stages.js [--runs N] [OTHER_CHECKOUT]   (after a build; N fresh processes, default 5)
// With another built checkout (/work/main), the two alternate process by process and the ratios of
// each pair are printed too. Prints, never fails.
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { corpusFiles } = require('./fuzz/corpus');

const STAGES = ['parse', 'scripts', 'layers'];

function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** In the child: one pass over the corpus with `root`'s build, CPU per stage as JSON on stdout. */
async function measure(root) {
  const core = require(path.join(root, 'packages/core/dist'));
  await core.initShellParser();
  const texts = corpusFiles().map((file) => readFileSync(file, 'utf8'));
  const spent = { parse: 0, scripts: 0, layers: 0 };
  for (const text of texts) {
    const start = cpuMs();
    const document = core.parseDocumentSync(text);
    const parsed = cpuMs();
    for (const instruction of document.instructions) {
      document.shellScripts(instruction);
      if (instruction.trigger) document.shellScripts(instruction.trigger);
    }
    const scripted = cpuMs();
    core.buildLayerModel(document, {});
    spent.parse += parsed - start;
    spent.scripts += scripted - parsed;
    spent.layers += cpuMs() - scripted;
  }
  process.stdout.write(JSON.stringify(spent));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function runOnce(root) {
  // the CLI's V8 flags: they decide how soon code is optimised, most of a first pass's cost
  const { V8_FLAGS } = require(path.join(root, 'packages/cli/dist/v8-flags.js'));
  return JSON.parse(execFileSync(process.execPath, [...V8_FLAGS, __filename, '--child', root], { encoding: 'utf8' }));
}

function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return measure(args[1]);
  if (!corpusFiles()) return console.log('corpus stages: skipped, no corpus (../shared/corpus/dockerfiles or $DFLINT_SHARED)');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  const other = args.find((arg, at) => !arg.startsWith('--') && args[at - 1] !== '--runs');
  const roots = [path.resolve(__dirname, '..'), ...(other ? [path.resolve(other)] : [])];
  const results = roots.map(() => []);
  for (let run = 0; run < runs; run++) {
    // who goes first alternates: the first process of a pair tends to run a little slower or faster
    const order = run % 2 === 0 ? roots.map((_, at) => at) : roots.map((_, at) => roots.length - 1 - at);
    for (const at of order) results[at].push(runOnce(roots[at]));
  }
  roots.forEach((root, at) => {
    const figures = STAGES.map((stage) => `${stage} ${median(results[at].map((result) => result[stage])).toFixed(0)} ms`);
    console.log(`${root}: ${figures.join(', ')} (CPU medians of ${runs} fresh processes)`);
  });
  if (!other) return;
  const ratios = STAGES.map((stage) => {
    const pairs = results[0].map((result, run) => result[stage] / results[1][run][stage]);
    return `${stage} ${median(pairs).toFixed(3)} [${pairs.map((ratio) => ratio.toFixed(2)).join(' ')}]`;
  });
  console.log(`this checkout / ${roots[1]}, per pair: ${ratios.join(', ')}`);
}

main();
