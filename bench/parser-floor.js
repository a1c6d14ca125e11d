#!/usr/bin/env node
'use strict';
// What the two parsers dflint builds on (dockerfile-ast and tree-sitter-bash's wasm, both chosen by the
// project) cost alone, before any rule runs: the least a lint can take, against issue 18's goals.
// - One small file: a process that only loads tree-sitter and parses the RUN scripts of
//   examples/python-api/Dockerfile (handed to it as text), against bare node (interleaved, medians).
//   dflint's JavaScript loads from V8's code cache (bin/load-with-code-cache.js); Node 20 has no such
//   cache for WebAssembly, so tree-sitter's wasm is compiled again by every process.
// - The corpus: finding every file's instructions (dflint's own use of dockerfile-ast) and parsing
//   every RUN's text with tree-sitter, walking each tree once, in one thread: files/s (best of 3 rounds).
// Needs the build (npm run bench builds first). Prints figures, never fails.
// Usage: node bench/parser-floor.js [--runs N]
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { availableParallelism } = require('node:os');
const { medianOf, ms } = require('./timing.js');
const { corpusFiles } = require('./fuzz/corpus');

const ROOT = path.resolve(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples/python-api/Dockerfile');
// the flags the CLI runs under (its bin sets them before loading the bundle)
const { V8_FLAGS } = require(path.join(ROOT, 'packages/cli/dist/v8-flags.js'));

/** tree-sitter loaded as @dflint/core loads it, with nothing else of dflint's */
function loadBash() {
  return require(path.join(ROOT, 'packages/core/dist/parse/bash-parser.js'))
    .loadBashParser()
    .then(({ parser }) => parser);
}

/** The text of each RUN (its arguments, continuations and all), as found by dflint's use of dockerfile-ast. */
function runTexts(text) {
  const { findInstructions } = require(path.join(ROOT, 'packages/core/dist/parse/instruction-finder.js'));
  return findInstructions(text)
    .instructions.filter((span) => span.keyword === 'RUN')
    .map((span) => text.slice(span.keywordEnd, span.end));
}

/** Parses a script and visits every node once, as a reader of the tree must. */
function parseAndWalk(parser, script) {
  const tree = parser.parse(`${script}\n`);
  const cursor = tree.walk();
  let nodes = 0;
  for (;;) {
    nodes++;
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        tree.delete();
        return nodes;
      }
    }
  }
}

async function child() {
  const parser = await loadBash();
  for (const script of JSON.parse(process.env.DFLINT_FLOOR_SCRIPTS)) parseAndWalk(parser, script);
}

function startupFloor(runs) {
  const commands = [
    ['node -e 0', ['-e', '0']],
    ['tree-sitter: load, parse the RUNs', [...V8_FLAGS, __filename, '--child']],
  ];
  const env = { ...process.env, DFLINT_FLOOR_SCRIPTS: JSON.stringify(runTexts(readFileSync(EXAMPLE, 'utf8'))) };
  const wall = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach(([, args], i) => {
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, args, { stdio: 'ignore', env });
      wall[i].push(ms(start));
    });
  }
  const bare = medianOf(wall[0]);
  console.log(`the parsers alone, one small file (${path.relative(ROOT, EXAMPLE)}), whole process, median of ${runs} interleaved runs:`);
  commands.forEach(([label], i) => {
    const median = medianOf(wall[i]);
    console.log(`  ${label.padEnd(40)} wall ${median.toFixed(0).padStart(5)} ms ×${(median / bare).toFixed(2)}`);
  });
}

async function corpusFloor() {
  const files = corpusFiles();
  if (!files) {
    console.log('the parsers alone, the corpus: skipped (no corpus: ../shared/corpus/dockerfiles or $DFLINT_SHARED)');
    return;
  }
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const parser = await loadBash();
  let best;
  for (let round = 0; round < 3; round++) {
    let start = process.hrtime.bigint();
    const scripts = texts.flatMap(runTexts);
    const findMs = ms(start);
    start = process.hrtime.bigint();
    for (const script of scripts) parseAndWalk(parser, script);
    const shellMs = ms(start);
    if (!best || findMs + shellMs < best.findMs + best.shellMs) best = { findMs, shellMs, scripts: scripts.length };
  }
  const perFile = (best.findMs + best.shellMs) / texts.length;
  const cores = availableParallelism();
  console.log(`the parsers alone, the corpus (${texts.length} files, ${best.scripts} RUNs), one thread, best of 3 rounds:`);
  console.log(`  dockerfile-ast (instructions)   ${best.findMs.toFixed(0).padStart(6)} ms`);
  console.log(`  tree-sitter (parse, walk)       ${best.shellMs.toFixed(0).padStart(6)} ms`);
  console.log(`  both                            ${perFile.toFixed(3)} ms a file = ${(1000 / perFile).toFixed(0)} files/s a thread; ${((1000 / perFile) * cores).toFixed(0)} files/s on ${cores} cores if they scaled perfectly`);
}

if (process.argv[2] === '--child') {
  child().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
} else {
  const runsArg = process.argv.indexOf('--runs');
  startupFloor(runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15);
  corpusFloor().catch((error) => console.log(`the parsers alone, the corpus: could not run: ${error.message}`));
}
