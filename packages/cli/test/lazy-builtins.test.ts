import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { lazyBuiltins, NODE_BUNDLE } from '../../../scripts/bundle';
import { tempDir } from './run-cli';

// scripts/bundle.ts: in a bundle, a built-in on its lazy list loads on first use, not when a module
// that requires it at its top level is evaluated; and then it works as the built-in does.
test('a lazily bundled built-in loads on first use and behaves as itself', async () => {
  const dir = tempDir();
  const entry = path.join(dir, 'entry.js');
  writeFileSync(
    entry,
    "const cp = require('node:child_process');\nexports.run = () => cp.execFileSync(process.execPath, ['-e', 'process.stdout.write(\"ran\")'], { encoding: 'utf8' });\n",
  );
  const bundle = path.join(dir, 'bundle.js');
  await build({ ...NODE_BUNDLE, entryPoints: [entry], outfile: bundle, plugins: [lazyBuiltins()] });
  const loaded = "process.moduleLoadList.includes('NativeModule child_process')";
  const probe = `const b = require(${JSON.stringify(bundle)}); const before = ${loaded}; const out = b.run(); console.log(JSON.stringify({ before, out, after: ${loaded} }));`;
  const probeFile = path.join(dir, 'probe.js');
  writeFileSync(probeFile, probe);
  const run = spawnSync(process.execPath, [probeFile], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ before: false, out: 'ran', after: true });
});
