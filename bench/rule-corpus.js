'use strict';
// Runs the rules named on the command line over every corpus Dockerfile and build context, as the
// CLI does (context: the Dockerfile's folder), and prints one line per finding, then counts.
// Usage: node bench/rule-corpus.js delete-after-add [more rules | all] > findings.txt (after `npx tsc -b`);
// run it before and after a change to a rule's logic and diff the two files.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { analyzeDockerfile, ContextCaches } = require('../packages/core/dist');
const { rules } = require('../rules/dist');
const { DOCKERFILES, filesUnder } = require('./fuzz/corpus');

const corpus = path.dirname(DOCKERFILES);
const wanted = new Set(process.argv.slice(2));
const chosen = wanted.has('all') ? rules : rules.filter((rule) => wanted.has(rule.meta.name));
if (!wanted.has('all') && chosen.length !== wanted.size) throw new Error(`unknown rule among ${[...wanted].join(', ')}`);

(async () => {
  const contexts = path.join(corpus, 'contexts');
  const files = [
    ...filesUnder(DOCKERFILES),
    ...readdirSync(contexts).map((name) => path.join(contexts, name, 'Dockerfile')).filter((file) => existsSync(file)),
  ];
  const caches = new ContextCaches();
  const counts = {};
  let total = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const { findings } = await analyzeDockerfile({ text, rules: chosen, dockerfilePath: file, contextRoot: path.dirname(file), contexts: caches });
    for (const finding of findings) {
      counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
      total++;
      process.stdout.write(`${path.relative(corpus, file)}:${finding.range.start.line + 1}: ${finding.rule}: ${finding.message}${finding.fix ? ` [fix: ${finding.fix.description}]` : ''}\n`);
    }
  }
  process.stdout.write(`# ${files.length} files, ${total} findings ${JSON.stringify(counts)}\n`);
})();
