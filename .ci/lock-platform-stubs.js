#!/usr/bin/env node
'use strict';
// The npm registry this project is built against serves only some platforms' native binaries
// (e.g. @swc/core-linux-x64-gnu but not @swc/core-darwin-arm64). `npm install` then leaves
// those optional packages out of package-lock.json, and `npm ci` refuses the lock as out of sync.
// This adds a lock entry, with the os/cpu/libc read off the package name, for every optional
// dependency the lock lacks; npm skips them on other platforms without fetching anything.
// Run it after any `npm install` that changes the lock:  node .ci/lock-platform-stubs.js
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const LOCK = path.resolve(__dirname, '../package-lock.json');
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPUS = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OSES.includes(part));
  const cpu = parts.find((part) => CPUS.includes(part));
  if (!cpu) return undefined;
  const entry = { cpu: [cpu] };
  if (os) entry.os = [os];
  if (os === 'linux') entry.libc = [parts.some((part) => part.startsWith('musl')) ? 'musl' : 'glibc'];
  return entry;
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
const added = [];
for (const [location, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) throw new Error(`${name}: optional dependency missing from the lock, and no platform in its name`);
    packages[`node_modules/${name}`] = { version, ...platform, ...(meta.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${version}`);
  }
}
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform stubs: ${added.join(', ')}` : 'lock already complete');
