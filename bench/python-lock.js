'use strict';
// How long a Python lock file's figures take from a warm cache (what the language server's cached()
// view does on every change): a generated 1,000-package uv.lock, its releases cached as load() leaves
// them, then cachedPythonKnowledge: read the lock (TOML), read 1,000 cache files, pick each wheel,
// sum. The package names and sizes are generated (timing only, no figure here is real).
// `node bench/python-lock.js` after `npx tsc -b`. Prints, never fails.
const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ms } = require('./timing');

function main() {
  const { cachedPythonKnowledge } = require('../packages/core/dist/package-index/python-source.js');
  const root = mkdtempSync(join(tmpdir(), 'dflint-bench-pylock-'));
  const cacheDir = join(root, 'cache');
  const count = 1000;
  const lines = ['version = 1', 'requires-python = ">=3.11"', ''];
  for (let i = 0; i < count; i++) {
    const name = `pkg-${String(i).padStart(4, '0')}`;
    const file = `${name.replace('-', '_')}-1.0-py3-none-any.whl`;
    const url = `https://files.example/${file}`;
    lines.push('[[package]]', `name = "${name}"`, 'version = "1.0"', 'source = { registry = "https://pypi.org/simple" }');
    lines.push(`wheels = [`, `    { url = "${url}", hash = "sha256:00", size = ${10000 + i} },`, ']', '');
    mkdirSync(join(cacheDir, 'pypi', name), { recursive: true });
    const release = { files: [{ filename: file, size: 10000 + i, url }], requiresDist: [], version: '1.0', installed: { [file]: { total: 40000 + i, compiled: 9000 } }, fetchedAt: Date.now() };
    writeFileSync(join(cacheDir, 'pypi', name, '1.0.json'), JSON.stringify(release));
  }
  writeFileSync(join(root, 'uv.lock'), lines.join('\n'));
  try {
    const times = [];
    let knowledge;
    for (let run = 0; run < 11; run++) {
      const start = process.hrtime.bigint();
      knowledge = cachedPythonKnowledge(root, 'uv.lock', { cacheDir, offline: true });
      times.push(ms(start));
    }
    times.sort((a, b) => a - b);
    const sized = knowledge.status === 'known' ? knowledge.value.distributions.filter((dist) => dist.installedBytes.estimate === 'estimated').length : 0;
    console.log(`python lock: a ${count}-package uv.lock from a warm cache: ${sized} distributions sized, median ${times[5].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[10].toFixed(1)})`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();
