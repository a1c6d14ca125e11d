import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const LOADER = path.resolve(__dirname, '../bin/load-with-code-cache.js');
let dir: string;
let bundle: string;
let cacheDir: string;

// a stand-in for a bundle: it needs a builtin, its own folder, and functions that run after load
const bundleSource = (answer: number) => `'use strict';
const path = require('node:path');
exports.run = () => [${answer}, path.basename(__dirname), typeof require.resolve, module.loaded].join(' ');
`;

/** Loads the bundle in a fresh node, as the bin would, and returns what its run() says. */
function run(cache = cacheDir, env: Record<string, string> = {}): string {
  const script = `const b = require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(bundle)}, { cacheDir: ${JSON.stringify(cache)}, v8Flags: ['--liftoff-only'] }); process.stdout.write(b.run());`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
}

const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-code-cache-'));
  fs.mkdirSync(path.join(dir, 'dist'));
  bundle = path.join(dir, 'dist', 'dflint.js');
  fs.writeFileSync(bundle, bundleSource(1));
  cacheDir = path.join(dir, 'cache');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the first run writes the cache; the next uses it and leaves it alone', () => {
  expect(run()).toBe('1 dist function true');
  const [file] = cacheFiles();
  expect(file).toMatch(/^dflint\.js\.[0-9a-f]{8}@\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/);
  const written = fs.statSync(path.join(cacheDir, file));
  expect(written.size).toBeGreaterThan(0);
  expect(run()).toBe('1 dist function true');
  expect(cacheFiles()).toEqual([file]);
  expect(fs.statSync(path.join(cacheDir, file)).mtimeMs).toBe(written.mtimeMs);
});

test('a corrupt or truncated cache is rejected and replaced; the bundle still runs', () => {
  run();
  const [file] = cacheFiles();
  const cache = path.join(cacheDir, file);
  const good = fs.readFileSync(cache);
  for (const bad of [Buffer.from('not a code cache'), good.subarray(0, good.length >> 1), Buffer.alloc(0)]) {
    fs.writeFileSync(cache, bad);
    expect(run()).toBe('1 dist function true');
    expect(fs.readFileSync(cache).length).toBe(good.length);
  }
});

test('a rebuilt bundle of the same length never meets the old cache', () => {
  run();
  const [old] = cacheFiles();
  fs.writeFileSync(bundle, bundleSource(2));
  // the same length, and a later mtime (as an install of a new version gives)
  fs.utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
  expect(run()).toBe('2 dist function true');
  expect(cacheFiles()).toHaveLength(1);
  expect(cacheFiles()).not.toContain(old);
});

test('two installs of the bundle keep a cache each', () => {
  const other = path.join(dir, 'other', 'dflint.js');
  fs.mkdirSync(path.dirname(other));
  fs.copyFileSync(bundle, other);
  run();
  const first = bundle;
  bundle = other;
  run();
  bundle = first;
  expect(cacheFiles()).toHaveLength(2);
  const before = cacheFiles().map((file) => fs.statSync(path.join(cacheDir, file)).mtimeMs);
  run();
  expect(cacheFiles().map((file) => fs.statSync(path.join(cacheDir, file)).mtimeMs)).toEqual(before);
});

test("one install run by several Node versions keeps each one's cache, and the newest few of them", () => {
  run();
  const [file] = cacheFiles();
  // as other Node versions would name theirs: the same bundle build, another version or architecture
  const otherNode = (version: string, arch = process.arch) => file.replace(/-v\d+\.\d+\.\d+-\w+\.bin$/, `-${version}-${arch}.bin`);
  const others = ['v98.0.0', 'v97.0.0', 'v96.0.0', 'v95.0.0'].map((version) => otherNode(version));
  others.forEach((other, age) => {
    fs.writeFileSync(path.join(cacheDir, other), 'parts lint\n');
    const mtime = new Date(Date.now() - (age + 1) * 60_000);
    fs.utimesSync(path.join(cacheDir, other), mtime, mtime);
  });
  const otherArch = otherNode(process.version, process.arch === 'x64' ? 'arm64' : 'x64');
  fs.writeFileSync(path.join(cacheDir, otherArch), 'parts lint\n');
  // this Node's cache is made again (a part was added): the others stay, but for the oldest beyond three
  fs.rmSync(path.join(cacheDir, file));
  run();
  expect(cacheFiles().sort()).toEqual([file, otherArch, ...others.slice(0, 2)].sort());
});

test('a bundle that sets V8 flags as it runs keeps its cache when the loader sets them first (v8Flags)', () => {
  fs.writeFileSync(bundle, "exports.run = () => { require('node:v8').setFlagsFromString('--liftoff-only'); return 'ran'; };\n");
  expect(run()).toBe('ran');
  const [file] = cacheFiles();
  const written = fs.statSync(path.join(cacheDir, file)).mtimeMs;
  expect(run()).toBe('ran');
  expect(fs.statSync(path.join(cacheDir, file)).mtimeMs).toBe(written);
});

test('a bundle with non-ASCII text loads as UTF-8', () => {
  fs.writeFileSync(bundle, "exports.run = () => 'Wärting ≥ 1 😀';\n");
  expect(run()).toBe('Wärting ≥ 1 😀');
  expect(run()).toBe('Wärting ≥ 1 😀');
});

test('a cache folder that cannot be made costs nothing but the cache', () => {
  const aFile = path.join(dir, 'a-file');
  fs.writeFileSync(aFile, '');
  expect(run(path.join(aFile, 'cache'))).toBe('1 dist function true');
  expect(fs.readdirSync(dir).sort()).toEqual(['a-file', 'dist']);
});

describe('a run that used a part of the bundle the cache lacks', () => {
  // a bundle with two parts, each a function only its runs compile; PART says which one a run uses
  const partsBundle = `'use strict';
let used;
const parts = { alpha: () => 'alpha ran', beta: () => 'beta ran' };
exports.run = () => parts[(used = process.env.PART)]();
exports.codeCacheParts = () => [used];
`;
  const cacheFile = () => path.join(cacheDir, cacheFiles()[0]);
  const header = () => fs.readFileSync(cacheFile()).toString('latin1').split('\n')[0];
  const written = () => fs.statSync(cacheFile()).mtimeMs;

  beforeEach(() => fs.writeFileSync(bundle, partsBundle));

  test('writes the cache again with both parts; runs of covered parts leave it alone', () => {
    expect(run(cacheDir, { PART: 'alpha' })).toBe('alpha ran');
    expect(header()).toBe('parts alpha');
    const first = written();
    expect(run(cacheDir, { PART: 'alpha' })).toBe('alpha ran');
    expect(written()).toBe(first);
    const alphaOnly = fs.statSync(cacheFile()).size;
    expect(run(cacheDir, { PART: 'beta' })).toBe('beta ran');
    expect(header()).toBe('parts alpha,beta');
    // the rewrite kept alpha's code and added beta's
    expect(fs.statSync(cacheFile()).size).toBeGreaterThan(alphaOnly);
    const both = written();
    expect(run(cacheDir, { PART: 'beta' })).toBe('beta ran');
    expect(run(cacheDir, { PART: 'alpha' })).toBe('alpha ran');
    expect(written()).toBe(both);
    expect(cacheFiles()).toHaveLength(1);
  });

  test('a cache without the parts line (an older loader wrote it) is replaced', () => {
    run(cacheDir, { PART: 'alpha' });
    const data = fs.readFileSync(cacheFile());
    fs.writeFileSync(cacheFile(), data.subarray(data.indexOf(0x0a) + 1));
    expect(run(cacheDir, { PART: 'alpha' })).toBe('alpha ran');
    expect(header()).toBe('parts alpha');
  });
});
