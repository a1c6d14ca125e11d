#!/usr/bin/env node
'use strict';
// What linting a corpus file allocates, and where: every file under ../shared/corpus/dockerfiles
// analysed in this process (analyzeDockerfile with the default rules, no build context) under V8's
// sampling heap profiler (bench/allocation-sampling.js). GC is a tenth of a corpus run's main thread
// and more of a worker's; this figure shows a change's effect on it in one run, where the time does not.
//   node bench/corpus-allocation.js [--root <checkout>] [--top 25]
// --root: another built checkout to measure (main, for a before/after). Prints figures, never fails.
const path = require('node:path');
const { readFileSync } = require('node:fs');
const { benchArgs } = require('./edit-bench.js');
const { allocationOf, topAllocators } = require('./allocation-sampling.js');
const { corpusFiles } = require('./fuzz/corpus');

const { root: ROOT, option } = benchArgs();
const TOP = Number(option('--top', 25));

(async () => {
  const files = corpusFiles();
  if (!files) return console.log('corpus allocation: no corpus (../shared/corpus/dockerfiles or $DFLINT_SHARED); nothing measured');
  const { analyzeDockerfile, initShellParser } = require(path.join(ROOT, 'packages/core/dist'));
  const { rules } = require(path.join(ROOT, 'rules/dist'));
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  await initShellParser();
  // a first pass compiles the code and fills the per-process caches, as a long run has
  for (const text of texts.slice(0, 300)) await analyzeDockerfile({ text, rules });
  const allocation = await allocationOf(async () => {
    for (const text of texts) await analyzeDockerfile({ text, rules });
  });
  console.log(`${path.basename(ROOT)}: ${(allocation.total / texts.length / 1e3).toFixed(0)} KB allocated per corpus file (${texts.length} files, default rules, no build context); most by:`);
  console.log(topAllocators(allocation, texts.length, TOP).join('\n'));
})().catch((error) => console.log(`corpus allocation: could not run: ${error.message}`));
