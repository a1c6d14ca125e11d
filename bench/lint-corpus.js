'use strict';
// Lints every file under a folder in this one process and prints figures as JSON.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const { analyzeDockerfile, initShellParser } = require('../packages/core/dist');
const { rules } = require('../rules/dist');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

(async () => {
  const texts = filesUnder(process.argv[2]).map((file) => readFileSync(file, 'utf8'));
  await initShellParser();
  let findings = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) findings += (await analyzeDockerfile({ text, rules })).findings.length;
  const lintMs = Number(process.hrtime.bigint() - start) / 1e6;
  // how honest the byte figures can be on real files (no build context: COPYs are unknown)
  const estimates = { exact: 0, estimated: 0, 'lower-bound': 0, unknown: 0 };
  const modelStart = process.hrtime.bigint();
  for (const text of texts) {
    for (const stage of (await analyzeDockerfile({ text, rules: [] })).layers.stages) {
      for (const step of stage.steps) if (step.createsLayer) estimates[step.addedBytes.estimate]++;
    }
  }
  const modelMs = Number(process.hrtime.bigint() - modelStart) / 1e6;
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  process.stdout.write(JSON.stringify({ files: texts.length, bytes, findings, lintMs, modelMs, estimates, maxRssKiB: process.resourceUsage().maxRSS }));
})();
