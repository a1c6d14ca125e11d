import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const PACKAGE_ROOT = path.resolve(__dirname, '..');
const SERVER_ROOT = path.dirname(require.resolve('@dflint/language-server/package.json'));
const CLI_ROOT = path.dirname(require.resolve('dflint/package.json'));

/** `require.resolve('<package>/<file>.wasm')`, as @dflint/core finds the tree-sitter grammars */
const WASM_RESOLVE = /require\.resolve\((['"])([^'"]+\.wasm)\1\)/g;

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
  const common: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', outdir: outDir, logLevel: 'warning' };
  const wasmFiles = new Map<string, string>();
  await Promise.all([
    build({ ...common, entryPoints: { extension: path.join(PACKAGE_ROOT, 'src/extension.ts') }, external: ['vscode'] }),
    build({
      ...common,
      entryPoints: {
        server: path.join(SERVER_ROOT, 'bin/dflint-language-server.js'),
        'analysis-worker': path.join(serverDist, 'analysis-worker.js'),
      },
      plugins: [wasmBesideBundle(wasmFiles)],
    }),
  ]);
  if (wasmFiles.size === 0) throw new Error('no wasm file found in the server bundle: has @dflint/core changed how it loads tree-sitter?');
  await Promise.all([
    ...[...wasmFiles].map(([name, source]) => copyFile(source, path.join(outDir, name))),
    copyFile(path.join(CLI_ROOT, 'schema/dflint.schema.json'), path.join(outDir, 'dflint.schema.json')),
  ]);
}

/**
 * Rewrites `require.resolve('<package>/<file>.wasm')` to `<bundle folder>/<file>.wasm` and collects
 * the files to copy there: the installed extension has no node_modules to resolve them from.
 */
function wasmBesideBundle(found: Map<string, string>): Plugin {
  return {
    name: 'wasm-beside-bundle',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('.wasm')) return undefined;
        const contents = source.replace(WASM_RESOLVE, (_call, _quote, specifier: string) => {
          const name = path.basename(specifier);
          found.set(name, require.resolve(specifier, { paths: [path.dirname(args.path)] }));
          return `require('node:path').join(__dirname, ${JSON.stringify(name)})`;
        });
        return { contents, loader: 'js' };
      });
    },
  };
}

if (require.main === module) {
  buildExtension().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
