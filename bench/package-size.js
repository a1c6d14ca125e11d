#!/usr/bin/env node
'use strict';
// Prints the size of the packed CLI (`npm run package`): its tarball, what `npm install -g` of it
// puts on disk, and how long that install takes (offline: it has no dependency to fetch); the
// language server's tarball alongside. Needs the tsc build (npm run bench builds first); packs
// into a temporary folder, never build/. Never fails: a problem is printed instead.
// Usage: node bench/package-size.js [--keep DIR]   (--keep: build into DIR and leave it there, for
// bench/run.js to time the packed CLI's start-up)
const { spawnSync } = require('node:child_process');
const { lstatSync, mkdtempSync, readdirSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Bytes of the files and symlinks under `dir`. */
function bytesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? bytesUnder(full) : lstatSync(full).size);
  }, 0);
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

async function main() {
  require('esbuild-register/dist/node').register({});
  const { buildPackages } = require('../scripts/package.ts');
  const keepAt = process.argv.indexOf('--keep');
  const kept = keepAt > 0 ? path.resolve(process.argv[keepAt + 1]) : undefined;
  const work = kept ?? mkdtempSync(path.join(os.tmpdir(), 'dflint-bench-package-'));
  try {
    const built = await buildPackages(path.join(work, 'build'));
    const prefix = path.join(work, 'prefix');
    const start = process.hrtime.bigint();
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--cache', path.join(work, 'npm-cache'), '--no-audit', '--no-fund', built.cli.tarball], { encoding: 'utf8' });
    const installMs = Number(process.hrtime.bigint() - start) / 1e6;
    console.log('packed CLI (npm run package):');
    console.log(`  tarball             ${mb(built.cli.size)}  (${built.cli.files.length} files)`);
    if (install.status !== 0) console.log(`  installed           npm install -g failed: ${install.stderr.trim()}`);
    else {
      console.log(`  installed           ${mb(bytesUnder(path.join(prefix, 'lib/node_modules/dflint')))}  (goal ≤ 5 MB)`);
      console.log(`  npm install -g      ${(installMs / 1000).toFixed(1)} s  (offline; goal ≤ 10 s)`);
    }
    console.log(`  language server     ${mb(built.server.size)} tarball, ${mb(built.server.unpackedSize)} unpacked`);
  } finally {
    if (!kept) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => console.log(`packed CLI: the benchmark failed: ${error instanceof Error ? error.message : String(error)}`));
