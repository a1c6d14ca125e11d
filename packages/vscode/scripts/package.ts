import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildExtension } from './build';
import { drawIcon } from './icon';
import { README_PATH, expectedReadme, readManifest } from './readme-settings';

const PACKAGE_ROOT = path.resolve(__dirname, '..');

/**
 * Builds the extension into dist/, draws its icon there, and packs what .vscodeignore lets through
 * into `outFile` (default: dflint-<version>.vsix beside package.json) with the locked @vscode/vsce.
 * Nothing is downloaded: the server and the language client are bundled (`--no-dependencies`).
 */
export async function packageExtension(outFile?: string): Promise<string> {
  const manifest = readManifest();
  if (readFileSync(README_PATH, 'utf8') !== expectedReadme()) {
    throw new Error(`${README_PATH}: its settings table is not the one package.json contributes: run \`npm run docs\` at the repository root`);
  }
  const vsix = path.resolve(outFile ?? path.join(PACKAGE_ROOT, `dflint-${manifest.version}.vsix`));
  await buildExtension();
  drawIcon(path.join(PACKAGE_ROOT, manifest.icon));
  const vsce = require.resolve('@vscode/vsce/vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vsce package failed (${result.error?.message ?? `exit ${result.status}`})`);
  return vsix;
}

if (require.main === module) {
  packageExtension(process.argv[2]).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
