import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** The repository's bundler (scripts/bundle.ts), required: it is outside this package's TypeScript project */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NODE_BUNDLE, bundleWithWasm } = require('../../../scripts/bundle') as {
  NODE_BUNDLE: BuildOptions;
  bundleWithWasm(options: BuildOptions & { outdir: string }): Promise<string[]>;
};

const PACKAGE_ROOT = path.resolve(__dirname, '..');
const SERVER_ROOT = path.dirname(require.resolve('@dflint/language-server/package.json'));
const CLI_ROOT = path.dirname(require.resolve('dflint/package.json'));

/**
 * Writes the extension into `outDir` (default: the package's dist/): extension.js; the language
 * server as server.js and its analysis worker as analysis-worker.js (the server starts the worker
 * from its own folder), with their dependencies inlined and the wasm files they load beside them;
 * and the CLI's config schema for .dflintrc validation. The server is bundled from its tsc output.
 */
export async function buildExtension(outDir = path.join(PACKAGE_ROOT, 'dist')): Promise<void> {
  const serverDist = path.join(SERVER_ROOT, 'dist');
  try {
    await readFile(path.join(serverDist, 'main.js'));
  } catch {
    throw new Error(`the language server is not built (${serverDist}): run \`npx tsc -b\` at the repository root first`);
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await Promise.all([
    build({ ...NODE_BUNDLE, entryPoints: { extension: path.join(PACKAGE_ROOT, 'src/extension.ts') }, outdir: outDir, external: ['vscode'] }),
    bundleWithWasm({
      entryPoints: {
        server: path.join(SERVER_ROOT, 'bin/dflint-language-server.js'),
        'analysis-worker': path.join(serverDist, 'analysis-worker.js'),
      },
      outdir: outDir,
    }),
    copyFile(path.join(CLI_ROOT, 'schema/dflint.schema.json'), path.join(outDir, 'dflint.schema.json')),
  ]);
}

if (require.main === module) {
  buildExtension().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
