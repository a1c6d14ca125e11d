import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { assertForYargs, NODE_BUNDLE } from '../../../scripts/bundle';
import { tempDir } from './run-cli';

// scripts/bundle.ts: in a bundle, yargs' two assert functions check without loading node:assert,
// and fail as node:assert's own do; any other module's assert is node:assert itself.
test("yargs' strictEqual and notStrictEqual pass and fail as assert's, without loading it until one fails", async () => {
  const dir = tempDir();
  const yargsDir = path.join(dir, 'node_modules', 'yargs');
  mkdirSync(yargsDir, { recursive: true });
  writeFileSync(path.join(yargsDir, 'index.js'), "const t = require('assert');\nmodule.exports = { notStrictEqual: t.notStrictEqual, strictEqual: t.strictEqual };\n");
  const entry = path.join(dir, 'entry.js');
  writeFileSync(entry, "exports.yargs = require('./node_modules/yargs/index.js');\nexports.other = () => require('node:assert');\n");
  const bundle = path.join(dir, 'bundle.js');
  await build({ ...NODE_BUNDLE, entryPoints: [entry], outfile: bundle, plugins: [assertForYargs()] });

  const probe = `const loaded = () => process.moduleLoadList.includes('NativeModule assert');
const { yargs, other } = require(${JSON.stringify(bundle)});
const outcome = (check) => { try { check(); return 'passed'; } catch (error) { return error.code + ': ' + error.message.split('\\n')[0]; } };
const passing = [() => yargs.strictEqual(1, 1), () => yargs.strictEqual(NaN, NaN), () => yargs.notStrictEqual(0, -0), () => yargs.notStrictEqual('a', undefined)].map(outcome);
const beforeFailing = loaded();
console.log(JSON.stringify({
  passing, beforeFailing,
  strict: outcome(() => yargs.strictEqual('string', 'number')),
  notStrict: outcome(() => yargs.notStrictEqual(undefined, undefined, 'must be set')),
  otherIsAssert: other() === require('node:assert'),
}));`;
  const probeFile = path.join(dir, 'probe.js');
  writeFileSync(probeFile, probe);
  const run = spawnSync(process.execPath, [probeFile], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({
    passing: ['passed', 'passed', 'passed', 'passed'],
    beforeFailing: false,
    strict: 'ERR_ASSERTION: Expected values to be strictly equal:',
    notStrict: 'ERR_ASSERTION: must be set',
    otherIsAssert: true,
  });
});
