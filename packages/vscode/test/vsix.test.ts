import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_SIZE, iconPixels } from '../scripts/icon';
import { lintOverLsp } from './server-process';
import { zipEntries } from './zip-entries';

const PACKAGE_ROOT = path.resolve(__dirname, '..');
const ROOT_LICENSE = path.resolve(PACKAGE_ROOT, '../../LICENSE');
const DOCKERFILE = 'FROM busybox\nRUN echo hi > /data\nRUN rm /data\n';
const EXPECTED_ENTRIES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/dist/analysis-worker.js',
  'extension/dist/dflint.schema.json',
  'extension/dist/extension.js',
  'extension/dist/icon.png',
  // lz4-wasm-nodejs loads it from beside the bundle (measuring a downloaded apt index)
  'extension/dist/lz4_wasm_nodejs_bg.wasm',
  'extension/dist/server.js',
  'extension/dist/tree-sitter-bash.wasm',
  'extension/dist/web-tree-sitter.wasm',
  'extension/package.json',
  'extension/readme.md',
];

function resolves(specifier: string): boolean {
  try {
    require.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

const HAS_VSCE = resolves('@vscode/vsce/vsce');
if (!HAS_VSCE) console.warn('SKIPPED packages/vscode/test/vsix.test.ts: @vscode/vsce is not installed (npm ci installs it: a devDependency of dflint-vscode)');
// a network namespace of its own (Linux, as root or with user namespaces) proves nothing is downloaded
const CAN_CUT_NETWORK = spawnSync('unshare', ['-n', 'true']).status === 0;

/** `npm run package -- <vsix>` as a developer runs it, with npm offline and, where possible, no network at all. */
function packageOffline(vsix: string): void {
  const command = ['npm', 'run', 'package', '--', vsix];
  const [file, ...args] = CAN_CUT_NETWORK ? ['unshare', '-n', ...command] : command;
  if (!CAN_CUT_NETWORK) console.warn('packages/vscode/test/vsix.test.ts: `unshare -n` is not allowed here: packaging runs with npm_config_offline=true but with the network up');
  const result = spawnSync(file, args, { cwd: PACKAGE_ROOT, env: { ...process.env, npm_config_offline: 'true' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
}

/** The pixels of an unfiltered 8-bit RGBA PNG, as scripts/png.ts writes them. */
function pngPixels(png: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  const width = header.readUInt32BE(0);
  const rows = inflateSync(Buffer.concat(idat));
  const rowBytes = width * 4 + 1;
  const filters = new Set(Array.from({ length: rows.length / rowBytes }, (_, row) => rows[row * rowBytes]));
  if (filters.size !== 1 || !filters.has(0)) throw new Error(`filtered rows (${[...filters]}): not what scripts/png.ts writes`);
  const pixels = Buffer.concat(Array.from({ length: rows.length / rowBytes }, (_, row) => rows.subarray(row * rowBytes + 1, (row + 1) * rowBytes)));
  return { width, height: header.readUInt32BE(4), colourType: header[9], pixels };
}

(HAS_VSCE ? describe : describe.skip)('npm run package -w dflint-vscode (rebuilds packages/vscode/dist)', () => {
  let workDir: string;
  let entries: Map<string, () => Buffer>;
  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'dflint-vsix-'));
    const vsix = path.join(workDir, 'dflint.vsix');
    packageOffline(vsix);
    entries = zipEntries(readFileSync(vsix));
  }, 120000);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  test('packs the bundles, the wasm files, README, LICENSE and icon, and nothing else', () => {
    const names = [...entries.keys()];
    expect(names.sort()).toEqual(EXPECTED_ENTRIES);
    expect(names.filter((name) => /(^|\/)(src|test|scripts|node_modules)\/|\.(ts|map)$/.test(name))).toEqual([]);
  });

  test('its manifest names the license and the icon, a 128×128 RGBA PNG of what scripts/icon.ts draws', () => {
    const manifest = entries.get('extension.vsixmanifest')!().toString('utf8');
    expect(manifest).toContain('<License>extension/LICENSE.txt</License>');
    expect(manifest).toContain('<Icon>extension/dist/icon.png</Icon>');
    expect(manifest).toContain('Value="https://github.com/dflint/dflint.git"');
    const icon = pngPixels(entries.get('extension/dist/icon.png')!());
    expect({ width: icon.width, height: icon.height, colourType: icon.colourType }).toEqual({ width: ICON_SIZE, height: ICON_SIZE, colourType: 6 });
    expect(icon.pixels.equals(Buffer.from(iconPixels()))).toBe(true);
  });

  test("carries the extension's README and LICENSE", () => {
    expect(entries.get('extension/readme.md')!().toString('utf8')).toBe(readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8'));
    expect(entries.get('extension/LICENSE.txt')!().toString('utf8')).toBe(readFileSync(path.join(PACKAGE_ROOT, 'LICENSE'), 'utf8'));
  });

  test('the server of the unpacked .vsix lints a Dockerfile from a folder with no node_modules', async () => {
    const extensionDir = path.join(workDir, 'unpacked');
    for (const [name, read] of entries) {
      mkdirSync(path.dirname(path.join(extensionDir, name)), { recursive: true });
      writeFileSync(path.join(extensionDir, name), read());
    }
    const { diagnostics, exitCode, stderr } = await lintOverLsp(path.join(extensionDir, 'extension/dist/server.js'), '--node-ipc', DOCKERFILE);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'consecutive-run', source: 'dflint' }));
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
  });
});

const hasRootLicense = existsSync(ROOT_LICENSE);
if (!hasRootLicense) console.warn(`SKIPPED the extension LICENSE check: no ${ROOT_LICENSE} to compare with`);
(hasRootLicense ? test : test.skip)("the extension's LICENSE is the repository's", () => {
  expect(readFileSync(path.join(PACKAGE_ROOT, 'LICENSE'), 'utf8')).toBe(readFileSync(ROOT_LICENSE, 'utf8'));
});
