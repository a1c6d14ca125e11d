'use strict';
// Peak memory while indexing a layer holding a 1 GiB file of zeros and 50 MB of random bytes, gzipped
// and zstd-compressed (the zstd binary; on Node 20 read by fzstd): memory must follow the entries, not
// the layer's size. `node bench/layer-memory.js` after `npx tsc -b`. Prints, never fails.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const [, , only] = process.argv;
if (only) {
  // one measurement per process, so one compression's memory does not count against the other
  const { indexLayer } = require('../packages/core/dist/registry/layer-index.js');
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = process.hrtime.bigint();
  indexLayer(fs.createReadStream(only)).then(
    (index) => {
      clearInterval(timer);
      const bytes = index.entries.reduce((sum, entry) => sum + entry.size, 0);
      console.log(`layer memory: ${only.split('.').pop()}: ${(bytes / 2 ** 20).toFixed(0)} MiB of files indexed in ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms, peak rss ${(peak / 1e6).toFixed(0)} MB`);
    },
    (error) => console.log(`layer memory: ${only}: ${error.message}`),
  );
} else {
  const work = fs.mkdtempSync(join(tmpdir(), 'dflint-bench-layer-'));
  const root = join(work, 'root');
  fs.mkdirSync(root);
  fs.closeSync(fs.openSync(join(root, 'zeros'), 'w'));
  fs.truncateSync(join(root, 'zeros'), 2 ** 30);
  fs.writeFileSync(join(root, 'random'), require('node:crypto').randomBytes(50_000_000));
  const compress = (tool, file) => spawnSync('sh', ['-c', `tar -cf - -C '${root}' . | ${tool} > '${join(work, file)}'`]).status === 0;
  const layers = [compress('gzip -1 -c', 'layer.tar.gz') && 'layer.tar.gz', spawnSync('zstd', ['--version']).status === 0 && compress('zstd -q -c', 'layer.tar.zst') && 'layer.tar.zst'];
  if (!layers[1]) console.log('layer memory: zstd is not installed, the zstd layer is skipped');
  for (const layer of layers.filter(Boolean)) spawnSync(process.execPath, [__filename, join(work, layer)], { stdio: 'inherit' });
  fs.rmSync(work, { recursive: true, force: true });
}
