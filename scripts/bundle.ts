// The one esbuild set-up for everything dflint ships as a single file: the npm packages of the CLI
// and the language server (scripts/npm-package.ts) and the VS Code extension's server
// (packages/vscode/scripts/build.ts). Run through esbuild-register, as those scripts are.
import { copyFile, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';

/**
 * What every dflint bundle is: one CommonJS file per entry point for Node 20, dependencies inlined.
 * No "module" export condition (esbuild's default adds it): a package is bundled from the file Node
 * would load, not an ESM build that each `require` of it copies anew (vscode-languageserver-types,
 * required by dockerfile-ast from 13 modules: ~2 ms of CPU at every start of the CLI, bench/startup.js).
 */
export const NODE_BUNDLE: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', conditions: [], logLevel: 'warning' };

/** `require.resolve('<package>/<file>.wasm')`, as @dflint/core finds the tree-sitter grammars */
const WASM_RESOLVE = /require\.resolve\((['"])([^'"]+\.wasm)\1\)/g;
/** `path.join(__dirname, '<file>.wasm')`, as wasm-bindgen's Node output (lz4-wasm-nodejs) loads its module */
const WASM_BESIDE_MODULE = /__dirname\s*,\s*(['"])([^'"/\\]+\.wasm)\1/g;

/**
 * Bundles `options.entryPoints` into `outdir` (NODE_BUNDLE with `options` over it) and copies the
 * WebAssembly files the bundled code loads beside the bundles: there is no node_modules to load
 * them from where a bundle is installed. Returns the names of the copied files. Throws when it finds
 * none: every dflint bundle parses shell, so @dflint/core must have changed how it loads tree-sitter.
 */
export async function bundleWithWasm(options: BuildOptions & { outdir: string }): Promise<string[]> {
  const wasmFiles = new Map<string, string>();
  await build({ ...NODE_BUNDLE, ...options, plugins: [...(options.plugins ?? []), wasmBesideBundle(wasmFiles), lazyBuiltins(), assertForYargs()] });
  if (wasmFiles.size === 0) throw new Error('no wasm file found in the bundle: has @dflint/core changed how it loads tree-sitter?');
  await Promise.all([...wasmFiles].map(([name, source]) => copyFile(source, path.join(options.outdir, name))));
  return [...wasmFiles.keys()].sort();
}

/**
 * Collects, by file name, the .wasm files that bundled modules load, and rewrites
 * `require.resolve('<package>/<file>.wasm')` to `<bundle folder>/<file>.wasm`. A module that reads
 * `<its own folder>/<file>.wasm` needs no rewrite: in the bundle, `__dirname` is the bundle's folder.
 */
function wasmBesideBundle(found: Map<string, string>): Plugin {
  const add = (name: string, source: string) => {
    const known = found.get(name);
    if (known !== undefined && known !== source) throw new Error(`two wasm files named ${name}: ${known} and ${source}`);
    found.set(name, source);
  };
  return {
    name: 'wasm-beside-bundle',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('.wasm')) return undefined;
        const moduleDir = path.dirname(args.path);
        for (const [, , name] of source.matchAll(WASM_BESIDE_MODULE)) add(name, path.join(moduleDir, name));
        const contents = source.replace(WASM_RESOLVE, (_call, _quote, specifier: string) => {
          const name = path.basename(specifier);
          add(name, require.resolve(specifier, { paths: [moduleDir] }));
          return `require('node:path').join(__dirname, ${JSON.stringify(name)})`;
        });
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * Node built-ins that bundled modules require at their top level but a lint of a small file may
 * never use, each 1-9 ms of start-up CPU to load (the package-index fetchers' stream/web, ShellCheck's
 * child_process and crypto, --jobs' worker_threads): measured by bench/startup.js on the packed CLI.
 * A built-in some module reads at its top level gains nothing from being here (yargs' assert), nor
 * one imported with `import * as` (TypeScript's __importStar copies every export at once).
 */
const LAZY_BUILTINS = ['child_process', 'crypto', 'fs/promises', 'stream', 'stream/web', 'timers/promises', 'worker_threads', 'zlib'];
const LAZY_NAMESPACE = 'lazy-builtin';

/**
 * In the bundle, `require('node:<one of LAZY_BUILTINS>')` gives a stand-in that requires the
 * built-in on the first use of any of its properties: the tsc output reads a built-in's functions
 * from its module object at each call (`(0, node_crypto_1.createHash)(…)`), so the load moves to
 * the first call, or never happens. The stand-in's own require of the built-in stays a require.
 */
export function lazyBuiltins(): Plugin {
  const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.map((name) => name.replace('/', '\\/')).join('|')})$`);
  return {
    name: 'lazy-builtins',
    setup(builder) {
      builder.onResolve({ filter }, (args) =>
        args.namespace === LAZY_NAMESPACE ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: LAZY_NAMESPACE },
      );
      builder.onLoad({ filter: /.*/, namespace: LAZY_NAMESPACE }, (args) => ({ contents: lazyModule(`node:${args.path}`), loader: 'js' }));
    },
  };
}

/** A CommonJS module whose exports stand in for the built-in `specifier`, loading it on first use. */
function lazyModule(specifier: string): string {
  return `let loaded;
const builtin = () => (loaded ??= require(${JSON.stringify(specifier)}));
module.exports = new Proxy({}, {
  get: (_, key) => builtin()[key],
  set: (_, key, value) => Reflect.set(builtin(), key, value),
  has: (_, key) => key in builtin(),
  ownKeys: () => Reflect.ownKeys(builtin()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(builtin(), key);
    // a proxy may not report a property its (empty) target lacks as non-configurable
    return descriptor && { ...descriptor, configurable: true };
  },
});
`;
}

/**
 * yargs takes `notStrictEqual` and `strictEqual` from node:assert as its module is evaluated, which
 * loads assert (and its dependencies) at every start, ~1.5 ms of CPU, for checks that pass. In the
 * bundle, yargs gets these two functions from a module that compares with Object.is, as assert's
 * strict comparisons do, and calls node:assert's own only for a failing check, whose error it throws.
 */
export function assertForYargs(): Plugin {
  return {
    name: 'assert-for-yargs',
    setup(builder) {
      builder.onResolve({ filter: /^(node:)?assert$/ }, (args) =>
        /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer) ? { path: 'assert', namespace: YARGS_ASSERT_NAMESPACE } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: YARGS_ASSERT_NAMESPACE }, () => ({ contents: YARGS_ASSERT, loader: 'js' }));
    },
  };
}

const YARGS_ASSERT_NAMESPACE = 'yargs-assert';
const YARGS_ASSERT = `const assert = () => require('node:assert');
exports.notStrictEqual = (actual, expected, message) => { if (Object.is(actual, expected)) assert().notStrictEqual(actual, expected, message); };
exports.strictEqual = (actual, expected, message) => { if (!Object.is(actual, expected)) assert().strictEqual(actual, expected, message); };
`;
