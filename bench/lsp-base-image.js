'use strict';
// How long the language server's main thread is blocked while it resolves a base image in the
// background (download, layer index, merge, cache write all run there; analyses never wait):
// the longest event-loop stall and the total, for a one-layer image of N files (default 50,000).
// `node bench/lsp-base-image.js [files]` after `npx tsc -b`. Prints, never fails.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { BaseImageResolver, parseDockerfile } = require('../packages/core/dist/index.js');
// the test registry and image helpers are not built: read from source
require('esbuild-register/dist/node').register();
const { startTestRegistry } = require('../packages/core/src/registry/test-registry-server.ts');
const { pushImage } = require('../packages/core/src/registry/test-images.ts');

async function main() {
  const count = Number(process.argv[2] ?? 50_000);
  const registry = await startTestRegistry();
  const files = {};
  for (let i = 0; i < count; i++) files[`usr/lib/pkg${i % 500}/file-${i}.so`] = 'x'.repeat(100 + (i % 900));
  pushImage(registry, 'library/debian', 'bookworm', [files]);
  const cacheDir = mkdtempSync(join(tmpdir(), 'dflint-bench-lsp-cache-'));
  const resolver = new BaseImageResolver({ mirrors: { 'docker.io': registry.url }, cacheDir, platform: { os: 'linux', architecture: 'amd64' } });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const start = process.hrtime.bigint();
  const states = await resolver.resolve(parseDockerfile('FROM debian:bookworm\n'));
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  delay.disable();
  const state = states.get(0);
  const outcome = state.status === 'resolved' ? `${state.index.files.size} entries` : `unresolved: ${state.reason}`;
  console.log(`lsp background resolution: ${count} files (${outcome}) in ${total.toFixed(0)} ms; main thread's longest stall ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`);
  await registry.close();
  rmSync(cacheDir, { recursive: true, force: true });
}

main();
