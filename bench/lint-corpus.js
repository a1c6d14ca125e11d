'use strict';
// Lints every file under a folder in this one process and prints figures as JSON.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const { initShellParser, lintDocument, parseDocumentSync } = require('../packages/core/dist');
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
  for (const text of texts) findings += lintDocument(parseDocumentSync(text), { rules }).length;
  const lintMs = Number(process.hrtime.bigint() - start) / 1e6;
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  process.stdout.write(JSON.stringify({ files: texts.length, bytes, findings, lintMs, maxRssKiB: process.resourceUsage().maxRSS }));
})();
